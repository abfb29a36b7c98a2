import { APIError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, type RequestContext } from 'payload'

import { securityLimits } from '../../security/limits'
import { passwordProblem } from '../passwordPolicy'

/** Set by the seed on its own request: the development login (`newsroom`) predates the policy. */
export const SEED_CONTEXT_KEY = 'newsroomSeed'

function check(password: unknown, context: RequestContext | undefined): void {
  if (context?.[SEED_CONTEXT_KEY] === true && process.env.NODE_ENV !== 'production') return
  const problem = passwordProblem(password, securityLimits().accounts.minPasswordLength)
  if (problem) throw new APIError(problem, 400, { errors: [{ path: 'password', message: problem }] }, true)
}

/**
 * Every password a user gets, on create, update and first registration, has at least
 * NEWSROOM_MIN_PASSWORD_LENGTH characters. Checked once access has been granted, so a stranger is told
 * 403, not how long a password must be. Outside production the seed may keep its short development
 * login; in production the seed is held to the policy like everyone else.
 */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ context, data }) => {
  check(data?.password, context)
  return data
}

/** The same for a reset through a forgot-password token, which runs no validate hooks. */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = ({ args, context, operation }) => {
  if (operation === 'resetPassword') check((args as { data?: { password?: unknown } }).data?.password, context)
  return args
}
