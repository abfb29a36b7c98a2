import { clientAddress, compileTrust, type TrustFunction } from '../../../plugins/newsroom/views/visitor'

let trust: TrustFunction | undefined

/**
 * The address a GraphQL request is rate-limited by. The one place this guard decides who a client is,
 * so that it can follow the views' shared `clientAddress` when that changes: `X-Forwarded-For` is
 * believed only from the proxies in `NEWSROOM_TRUSTED_PROXIES` (default loopback).
 */
export function graphqlClientKey(request: Request): string {
  trust ??= compileTrust(
    (process.env.NEWSROOM_TRUSTED_PROXIES ?? 'loopback')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  return clientAddress(undefined, request.headers.get('x-forwarded-for'), trust) || 'unknown'
}
