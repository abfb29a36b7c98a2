import type { AfterErrorHook } from 'payload'

/** What a client is told while PostgreSQL cannot be reached. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable; try again shortly'

/** Seconds a client is asked to wait (`Retry-After`): a restart or a failover takes a few. */
export const DATABASE_RETRY_AFTER_SECONDS = 5

// Node's socket errors when the server is not there (or went away mid-query).
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])
// SQLSTATEs of a server that is shutting down, starting up, or full: 57P01 admin_shutdown,
// 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300 too_many_connections; class 08 is
// "connection exception".
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300'])
// node-postgres says these without a code.
const POOL_MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable|terminating connection due to/i

/**
 * True when `error`, or an error it wraps (`cause`, an AggregateError's `errors`, GraphQL's
 * `originalError`, and its `thrownValue` when what was thrown was not an `Error` of this realm), says PostgreSQL cannot be reached, rather than that a query was wrong.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false
  const { code, message, cause, errors, originalError, thrownValue } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown; originalError?: unknown; thrownValue?: unknown }
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true
  if (typeof message === 'string' && POOL_MESSAGES.test(message)) return true
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true
  return [cause, originalError, thrownValue].some((inner) => isDatabaseUnavailable(inner, depth + 1))
}

/**
 * Payload's `hooks.afterError`: an error because the database is away answers 503 with a message
 * that says so and `Retry-After`, instead of a 500 "Something went wrong" (REST), and the GraphQL
 * error says the same with `extensions.statusCode: 503`. Other errors are left to other hooks.
 */
export const databaseUnavailableAfterError: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isDatabaseUnavailable(error)) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
  headers.set('Cache-Control', 'no-store')
  req.responseHeaders = headers
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { ...graphqlResult.extensions, statusCode: 503 } } }
  }
  return { status: 503, response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } }
}
