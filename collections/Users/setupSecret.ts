import crypto from 'node:crypto'

export const SETUP_SECRET_HEADER = 'x-newsroom-setup-secret'
export const SETUP_SECRET_FIELD = 'setupSecret'

/** Compares in constant time whatever the lengths: both sides are hashed to 32 bytes first. */
export function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given === '') return false
  const digest = (value: string) => crypto.createHash('sha256').update(value, 'utf8').digest()
  return crypto.timingSafeEqual(digest(given), digest(expected))
}

export type FirstRegistrationVerdict = { allowed: true } | { allowed: false; message: string }

/**
 * Whether someone on the network may create the first (admin) account. Development keeps the admin's
 * "create first user" screen as it is; production needs NEWSROOM_SETUP_SECRET, and without it refuses.
 */
export function firstRegistrationVerdict(env: Record<string, string | undefined>, given: unknown): FirstRegistrationVerdict {
  if (env.NODE_ENV !== 'production') return { allowed: true }
  const secret = env.NEWSROOM_SETUP_SECRET
  if (!secret) {
    return {
      allowed: false,
      message:
        'Creating the first user over the network is switched off in production. Create the first admin on the server with `NEWSROOM_ADMIN_EMAIL=... NEWSROOM_ADMIN_PASSWORD=... npm run seed -- --admin-only` (or a Local API script through `npm run payload -- run`), or set NEWSROOM_SETUP_SECRET and send it in the X-Newsroom-Setup-Secret header.',
    }
  }
  if (!sameSecret(given, secret)) {
    return { allowed: false, message: 'The first user needs the setup secret: send NEWSROOM_SETUP_SECRET in the X-Newsroom-Setup-Secret header (or a "setupSecret" field).' }
  }
  return { allowed: true }
}
