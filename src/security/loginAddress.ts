import { clientAddress, compileTrust, type TrustFunction } from '../../plugins/newsroom/views/visitor'

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
 * The address a login-related request comes from, as the rate limits count it. One call site on
 * purpose: the view counter's `clientAddress` is being unified into one function, and this is where
 * login switches to it. `X-Forwarded-For` is believed only from `NEWSROOM_TRUSTED_PROXIES`.
 */
export function requestAddress(headers: Headers): string {
  return clientAddress(undefined, headers.get('x-forwarded-for'), trustedProxies()) || 'unknown'
}
