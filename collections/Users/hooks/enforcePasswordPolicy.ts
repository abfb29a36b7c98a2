import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { securityLimits } from '../../../src/security/limits'
import { passwordProblem } from '../passwordPolicy'

/** Set by the seed on its own request: the development login (`newsroom`) predates the policy. */
export const SEED_CONTEXT_KEY = 'newsroomSeed'

/**
 * Every password a user gets, on create, update, reset and first registration, has at least
 * NEWSROOM_MIN_PASSWORD_LENGTH characters. Outside production the seed may keep its short development
 * login; in production the seed is held to the policy like everyone else.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, context, operation }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  if (context?.[SEED_CONTEXT_KEY] === true && process.env.NODE_ENV !== 'production') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  const problem = passwordProblem(password, securityLimits().accounts.minPasswordLength)
  if (problem) throw new APIError(problem, 400, { errors: [{ path: 'password', message: problem }] }, true)
  return args
}
