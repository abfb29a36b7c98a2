import { APIError, type AfterErrorHook, type CollectionSlug, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { requestAddress } from './clientAddress'
import { accountName, ACCOUNT_SLOWDOWN_MS, admitLogin, admitRecovery, forgetLoginFailures } from './loginLimits'
import type { RateDecision } from './rateLimit'
import { spendPasswordCheck } from './loginTiming'

/** Login failures that would tell a stranger the account exists: they answer like a wrong password. */
const REVEALING_FAILURES = new Set(['LockedAuth', 'UnverifiedEmail'])

function refuse(req: PayloadRequest, what: string, decision: RateDecision): never {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('retry-after', String(decision.retryAfterSeconds))
  headers.set('cache-control', 'no-store')
  req.responseHeaders = headers
  throw new APIError(`Too many ${what}: try again in ${decision.retryAfterSeconds} s.`, 429, null, true)
}

/** Whether the account exists and could log in; a cheap read of two columns. */
async function accountCanLogIn(req: PayloadRequest, collection: CollectionSlug, account: string): Promise<boolean> {
  const user = await req.payload.db.findOne<{ id: number | string; lockUntil?: null | string }>({
    collection,
    req,
    select: { lockUntil: true },
    where: { email: { equals: account } },
  })
  return Boolean(user) && !(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
}

/**
 * Rate limits login, forgot-password and unlock requests that come over HTTP (REST, GraphQL and the
 * admin, which logs in through REST), and makes a login for an unknown or locked account spend the
 * same password-hashing time as a wrong password. The local API (seed, scripts) is trusted.
 */
export const guardAuthOperations: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const account = accountName(data?.email)
  if (operation === 'login') {
    const address = requestAddress(req.headers)
    const admission = await admitLogin(address, account)
    if (admission.refused) refuse(req, 'login attempts', admission.refused)
    if (admission.slowDown) await new Promise((resolve) => setTimeout(resolve, ACCOUNT_SLOWDOWN_MS))
    const password = data?.password
    if (account && typeof password === 'string' && password.trim() !== '' && !(await accountCanLogIn(req, collection.slug, account))) {
      await spendPasswordCheck(password)
    }
  } else if (operation === 'forgotPassword' || operation === 'unlock') {
    const decision = await admitRecovery(requestAddress(req.headers), account)
    if (!decision.allowed) refuse(req, operation === 'unlock' ? 'unlock requests' : 'password reset requests', decision)
  }
  return args
}

/** A successful login: its attempt is given back and the account's failures are forgotten. */
export const forgetFailedLogins: CollectionAfterLoginHook = async ({ req, user }) => {
  const account = accountName((user as { email?: unknown }).email)
  if (req.payloadAPI !== 'local' && account) await forgetLoginFailures(requestAddress(req.headers), account)
  return user
}

/**
 * Answers every failed login with the wrong-password answer: "locked" or "unverified" would confirm
 * that the email belongs to someone. REST and GraphQL both pass through here.
 */
export const genericLoginFailure: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const original = (error as { originalError?: Error }).originalError ?? error
  if (!REVEALING_FAILURES.has(original.name)) return
  const message = req.t ? req.t('error:emailOrPasswordIncorrect') : 'The email or password provided is incorrect.'
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, name: 'AuthenticationError', statusCode: 401 } } }
  }
  return { response: { errors: [{ message }] }, status: 401 }
}
