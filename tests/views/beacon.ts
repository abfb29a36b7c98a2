import type { SanitizedConfig } from 'payload'

import { REST_POST } from '@payloadcms/next/routes'

import { PEER_HEADER, sealedPeer } from '../../plugins/newsroom/views/clientAddress'

/** A desktop Chrome user agent; `visitor(n)` makes the n-th distinct reader. */
export const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
export const visitor = (n: number) => CHROME.replace('Safari/537.36', `Safari/537.36 reader/${n}`)

export interface BeaconOptions {
  headers?: Record<string, string>
  body?: string
}

/**
 * POSTs a beacon through the same Next route handler that serves /api in the app, as if from a socket
 * at 198.51.100.7 (the peer header the app's HTTP server would stamp); `peer(address)` for another.
 */
export function beaconClient(config: SanitizedConfig) {
  const post = REST_POST(config) as (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
  return async (path: string, { headers = {}, body }: BeaconOptions = {}) => {
    const request = new Request(`http://localhost:3000/api${path}`, {
      method: 'POST',
      headers: { 'user-agent': CHROME, [PEER_HEADER]: sealedPeer('198.51.100.7'), ...headers },
      body,
    })
    const response = await post(request, { params: Promise.resolve({ slug: path.replace(/^\//, '').split('/') }) })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
  }
}

/** The header that says a request came from a socket at `address`, as the app's HTTP server stamps it. */
export const peer = (address: string) => ({ [PEER_HEADER]: sealedPeer(address) })
