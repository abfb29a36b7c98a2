import type { IncomingAuthType } from 'payload'

type Env = Record<string, string | undefined>

/**
 * The session cookie's attributes. In production it is `Secure` (sent over HTTPS only; browsers also
 * accept it on http://localhost) and always `SameSite=Lax`: sent when a reader follows a link to the
 * admin, never with a cross-site form post or fetch.
 */
export function authCookies(env: Env = process.env): NonNullable<IncomingAuthType['cookies']> {
  return { secure: env.NODE_ENV === 'production', sameSite: 'Lax' }
}

/**
 * Payload locks an account for everybody after `maxLoginAttempts` failures, which let any stranger lock
 * the admin out. The rate limits of loginLimits.ts replace it; the lockout stays configured
 * (its columns are part of the schema) but out of reach.
 */
export const UNREACHABLE_LOGIN_ATTEMPTS = Number.MAX_SAFE_INTEGER
