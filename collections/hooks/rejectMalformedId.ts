import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { integerIdProblem } from '../security/input/ids'

/**
 * Ids are PostgreSQL serials (integer). Anything else, or a number past 2,147,483,647, would reach
 * the database as NaN or out of range and come back as a 500, so it is turned away here with a 400
 * that says what an id looks like.
 */
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, operation }) => {
  const { id, req } = args as { id?: unknown; req?: { routeParams?: { id?: unknown } } }
  if (id === undefined || id === null || operation === 'create') return args
  const problem = integerIdProblem(id)
  // REST has already turned the path segment into a number (NaN); name what the client sent.
  const sent = req?.routeParams?.id
  if (problem) throw new APIError((sent !== undefined && integerIdProblem(sent)) || problem, 400, null, true)
  return args
}
