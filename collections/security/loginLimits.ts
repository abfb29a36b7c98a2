import crypto from 'node:crypto'

import { securityLimits } from './limits'
import { type RateDecision, type RateLimit, rateLimit } from './rateLimit'

/**
 * The login rule. An attempt is counted before the password is checked (parallel guesses cannot slip
 * past the count) and given back when it succeeds, so only failures use up the limits:
 *
 * - per client address, any account: `loginPerAddress` per 15 minutes, then 429. Stops one machine
 *   from spraying passwords over many accounts.
 * - per (account, address): `loginPerAccount` per 15 minutes, then 429. Stops one machine from guessing
 *   one password; the account's owner, coming from another address, is not affected.
 * - per account, all addresses together: over 5 × `loginPerAccount` per 15 minutes every further attempt
 *   for that account waits `ACCOUNT_SLOWDOWN_MS` but is never refused. Nobody can lock a real user out
 *   by guessing their password from elsewhere; a distributed attack is only slowed and shows in the logs.
 *
 * Payload's own lockout (5 failures lock the account for everybody) is made unreachable in the Users
 * collection: it was exactly the lock-out an anonymous client could trigger.
 */
export const LOGIN_WINDOW_SECONDS = 15 * 60
export const ACCOUNT_SLOWDOWN_FACTOR = 5
export const ACCOUNT_SLOWDOWN_MS = 1000

export interface LoginAdmission {
  /** Set when the attempt is refused with 429. */
  refused?: RateDecision
  /** The account is under a distributed attack: answer slowly. */
  slowDown: boolean
}

interface Limiters {
  address: RateLimit
  pair: RateLimit
  account: RateLimit
  recoveryAddress: RateLimit
  recoveryAccount: RateLimit
}

let limiters: Limiters | undefined

function loginLimiters(): Limiters {
  const { loginPerAddress, loginPerAccount } = securityLimits().rate
  const window = LOGIN_WINDOW_SECONDS
  limiters ??= {
    address: rateLimit({ name: 'login_address', points: loginPerAddress, durationSeconds: window }),
    pair: rateLimit({ name: 'login_account_address', points: loginPerAccount, durationSeconds: window }),
    account: rateLimit({ name: 'login_account', points: loginPerAccount * ACCOUNT_SLOWDOWN_FACTOR, durationSeconds: window }),
    recoveryAddress: rateLimit({ name: 'recovery_address', points: loginPerAddress, durationSeconds: window }),
    recoveryAccount: rateLimit({ name: 'recovery_account', points: loginPerAccount, durationSeconds: window }),
  }
  return limiters
}

/** The normalised login name Payload looks users up by. */
export function accountName(email: unknown): null | string {
  return typeof email === 'string' && email.trim() !== '' ? email.toLowerCase().trim() : null
}

// Counters are keyed by a hash: a shared (PostgreSQL) store then holds no email addresses.
const accountKey = (account: string): string => crypto.createHash('sha256').update(account).digest('base64url').slice(0, 22)
const pairKey = (account: string, address: string): string => `${accountKey(account)}|${address}`

/** Counts a login attempt and says whether it may go ahead. */
export async function admitLogin(address: string, account: null | string): Promise<LoginAdmission> {
  const limits = loginLimiters()
  const byAddress = await limits.address.consume(address)
  if (!byAddress.allowed) return { refused: byAddress, slowDown: false }
  if (!account) return { slowDown: false }
  const byPair = await limits.pair.consume(pairKey(account, address))
  if (!byPair.allowed) return { refused: byPair, slowDown: false }
  const byAccount = await limits.account.consume(accountKey(account))
  return { slowDown: !byAccount.allowed }
}

/** A successful login: its attempt does not count, and the account's failures are forgiven. */
export async function forgetLoginFailures(address: string, account: string): Promise<void> {
  const limits = loginLimiters()
  // The address gets back only this attempt: a full reset would let someone who owns one account
  // clear their counter between guesses at others.
  await Promise.all([limits.address.reward(address), limits.pair.reset(pairKey(account, address)), limits.account.reset(accountKey(account))])
}

/** Counts a forgot-password or unlock request: per address, and per account so an inbox cannot be flooded. */
export async function admitRecovery(address: string, account: null | string): Promise<RateDecision> {
  const limits = loginLimiters()
  const byAddress = await limits.recoveryAddress.consume(address)
  if (!byAddress.allowed || !account) return byAddress
  return limits.recoveryAccount.consume(accountKey(account))
}
