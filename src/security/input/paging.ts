import { describe, MAX_INTEGER_ID } from '../../../collections/security/input/ids'

/**
 * Null when `page` and `limit` can become an OFFSET and a LIMIT; otherwise the message of a 400.
 * A negative page made a negative OFFSET (a 500). How large a `limit` may be is the read cap's business.
 */
export function pagingProblem(name: 'limit' | 'page', value: unknown): null | string {
  if (value === undefined || value === null) return null
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN
  const min = name === 'page' ? 1 : 0
  if (!Number.isInteger(number) || number < min || number > MAX_INTEGER_ID) {
    return `${name} must be a whole number from ${min} to ${MAX_INTEGER_ID} (got ${describe(value)})`
  }
  return null
}
