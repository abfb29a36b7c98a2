import crypto from 'node:crypto'

import { compileTrust, type TrustFunction, UNKNOWN_ADDRESS } from '../../plugins/newsroom/views/clientAddress'
import { SecurityConfigError, securityLimits } from '../../collections/security/limits'

/** The header the public site's server-side renderer sends with `NEWSROOM_FRONTEND_SECRET`. */
export const FRONTEND_HEADER = 'x-newsroom-frontend'

const IN_PROCESS = Symbol.for('newsroom.frontend.inProcessToken')

/**
 * A random token, one per process, that the public site's pages send when they call the GraphQL route
 * in process: they render every reader's page from no address of their own, so without it all readers
 * would share one client's budget. It never leaves the process, so no outside client can send it. Kept
 * on `globalThis` because Next bundles this module separately for pages and route handlers.
 */
export function inProcessFrontendToken(): string {
  const store = globalThis as { [IN_PROCESS]?: string }
  return (store[IN_PROCESS] ??= crypto.randomBytes(32).toString('base64url'))
}

const digest = (value: string) => crypto.createHash('sha256').update(value).digest()

export interface FrontendTrust {
  secret?: string
  addresses: string[]
}

/**
 * Whether a request comes from the trusted server-side frontend: it renders every reader's page through
 * GraphQL from one address, so the per-client limits would throttle all readers at once. Either the
 * secret header matches (compared in constant time) or the client address, as the rate limits resolve
 * it, is in the configured list. Nothing is trusted when neither is configured.
 */
export function frontendCheck(trust: FrontendTrust = securityLimits().frontend): (headers: Pick<Headers, 'get'>, address: string) => boolean {
  const expected = trust.secret ? digest(trust.secret) : undefined
  let byAddress: TrustFunction | undefined
  try {
    byAddress = trust.addresses.length > 0 ? compileTrust(trust.addresses) : undefined
  } catch (error) {
    throw new SecurityConfigError(`NEWSROOM_FRONTEND_ADDRESSES must list addresses or subnets such as loopback or 10.0.0.0/8: ${(error as Error).message}`)
  }
  const inProcess = digest(inProcessFrontendToken())
  return (headers, address) => {
    const sent = headers.get(FRONTEND_HEADER)
    if (sent) {
      // Hashing both sides gives equal lengths, which timingSafeEqual needs, without revealing the secret's.
      const hashed = digest(sent)
      if (crypto.timingSafeEqual(hashed, inProcess)) return true
      if (expected && crypto.timingSafeEqual(hashed, expected)) return true
    }
    return byAddress !== undefined && address !== UNKNOWN_ADDRESS && byAddress(address, 0)
  }
}
