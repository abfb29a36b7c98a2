import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { BEACON_HEADERS, handleBeacon, targetFromPath, targetFromQuery } from '../beacon'
import { andThen, type MaybePromise } from '../maybeAsync'
import { counterFor, sessionCheckFor } from '../runtime'

// A preflight learns what may be sent; an answer needs only to say who may read it.
const PREFLIGHT = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'POST, OPTIONS', 'access-control-allow-headers': 'content-type' }
const ANSWER_HEADERS = { ...BEACON_HEADERS, 'access-control-allow-origin': '*' }

/** Reads a Node request's body up to `limit` bytes; a longer one is left unread. */
function readBody(request: http.IncomingMessage, limit: number): MaybePromise<string | 'too-large'> {
  const length = request.headers['content-length']
  if (Number(length ?? '0') > limit) return 'too-large'
  // HTTP/1.1 without a length or chunked encoding has no body (sendBeacon without data): nothing to wait for.
  if (length === '0' || (length === undefined && request.headers['transfer-encoding'] === undefined)) {
    request.resume()
    return ''
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        request.removeAllListeners('data')
        request.resume()
        resolve('too-large')
      } else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

const send = (response: http.ServerResponse, status: number, body: unknown, headers?: Record<string, string>) => {
  const text = JSON.stringify(body)
  response.writeHead(status, headers ? { ...ANSWER_HEADERS, ...headers, 'content-length': Buffer.byteLength(text) } : { ...ANSWER_HEADERS, 'content-length': Buffer.byteLength(text) })
  response.end(text)
}

/**
 * The beacon on a bare Node HTTP server, for heavy traffic: the same counting core as the Payload
 * endpoint, with the socket's own address (so `trustedProxies` applies exactly) and no framework.
 * URLs as the Next.js route's: POST /views?collection=<collection>&id=<id> (or &slug=<slug>),
 * /views/<collection>/<id> and /views/<collection>/slug/<slug>;
 * GET /health tells what is waiting to be written.
 */
export async function createCollector(payload: Payload): Promise<{ server: http.Server; listen: (port: number, host?: string) => Promise<AddressInfo>; close: () => Promise<void> }> {
  const counter = await counterFor(payload)
  const isSignedIn = sessionCheckFor(payload)
  const server = http.createServer((request, response) => {
    // Split by hand: a URL object per view costs more than the view.
    const url = request.url ?? '/'
    const mark = url.indexOf('?')
    const pathname = mark === -1 ? url : url.slice(0, mark)
    let parts: string[]
    try {
      parts = pathname.split('/').filter(Boolean).map(decodeURIComponent)
    } catch {
      return send(response, 400, { errors: [{ message: 'Malformed path' }] })
    }
    if (request.method === 'GET' && pathname === '/health') return send(response, 200, { ok: true, ...counter.counterStats() })
    if (request.method === 'OPTIONS') {
      response.writeHead(204, PREFLIGHT)
      return response.end()
    }
    if (parts[0] !== 'views') return send(response, 404, { errors: [{ message: 'Expected POST /views?collection=<collection>&id=<id> or /views/<collection>/<id>' }] })
    const target = parts.length === 1 ? targetFromQuery(new URLSearchParams(mark === -1 ? '' : url.slice(mark + 1))) : targetFromPath(parts[1], parts.slice(2))
    if (typeof target === 'string') return send(response, 404, { errors: [{ message: target }] })
    if (request.method !== 'POST') return send(response, 405, { errors: [{ message: 'Use POST' }] })
    const failed = (error: unknown) => {
      payload.logger.error(`newsroom collector: ${error instanceof Error ? error.message : String(error)}`)
      send(response, 503, { errors: [{ message: 'The view could not be handled now; try again shortly' }] }, { 'retry-after': '5' })
    }
    // A reader's empty beacon for a known story is answered in the same tick, as a raw no-op would be.
    try {
      const answer = andThen(readBody(request, counter.options.maxBodyBytes), (body) =>
        handleBeacon(counter, { ...target, body, socketAddress: request.socket.remoteAddress, header: (name) => headerOf(request, name) }, isSignedIn),
      )
      if (answer instanceof Promise) answer.then((result) => send(response, result.status, result.body, result.headers), failed)
      else send(response, answer.status, answer.body, answer.headers)
    } catch (error) {
      failed(error)
    }
  })
  return {
    server,
    listen: (port, host = '0.0.0.0') => new Promise((resolve) => server.listen(port, host, () => resolve(server.address() as AddressInfo))),
    // Stops taking requests and waits for those under way; the caller then stops the counter.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      }),
  }
}

const headerOf = (request: http.IncomingMessage, name: string): null | string => {
  const value = request.headers[name]
  return Array.isArray(value) ? value.join(', ') : (value ?? null)
}
