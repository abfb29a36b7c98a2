import crypto from 'node:crypto'

/**
 * Payload 3.90's current password hash (auth/strategies/local/generatePasswordSaltHash.js): PBKDF2-SHA256,
 * 600,000 iterations, 32-byte key, stored as `pbkdf2-sha256-v1:<hex>`. tests/security/login.test.ts
 * checks a stored hash still has this form, so an upgrade that changes it is noticed.
 */
export const PASSWORD_HASH = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 } as const

/**
 * Spends the time of one password check against nothing. A login for an unknown email or a locked
 * account would otherwise answer before hashing (108 vs 375 ms measured), telling which emails exist.
 */
export function spendPasswordCheck(password: string): Promise<void> {
  return new Promise((resolve) => {
    crypto.pbkdf2(password, crypto.randomBytes(32).toString('hex'), PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, 'sha256', () => resolve())
  })
}
