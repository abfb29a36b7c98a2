import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Ids are PostgreSQL serials. Anything else would reach the database as NaN and come back as a 500,
 * so it is turned away here with a 400 that says what an id looks like.
 */
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args }) => {
  const { id, req } = args as { id?: unknown; req?: { routeParams?: { id?: unknown } } }
  if (id !== undefined && id !== null && !/^\d+$/.test(String(id))) {
    // REST has already turned the path segment into a number (NaN); name what the client sent.
    const sent = req?.routeParams?.id ?? id
    throw new APIError(`Malformed id "${String(sent)}": ids are whole numbers`, 400, null, true)
  }
  return args
}
