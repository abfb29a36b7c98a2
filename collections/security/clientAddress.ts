import { clientAddressOf, compileTrust, type TrustFunction } from '@newsroom/plugin'

let trust: TrustFunction | undefined

function trustedProxies(): TrustFunction {
  // Same variable and default as the view counter: loopback is the reverse proxy of a single-machine setup.
  trust ??= compileTrust(
    (process.env.NEWSROOM_TRUSTED_PROXIES ?? 'loopback')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  return trust
}

/**
 * The address the app's rate limits (login, GraphQL) count a request against: the view counter's rule
 * (the sealed socket address, `X-Forwarded-For` believed only from `NEWSROOM_TRUSTED_PROXIES`).
 */
export function requestAddress(headers: Pick<Headers, 'get'>): string {
  return clientAddressOf({ headers }, trustedProxies())
}
