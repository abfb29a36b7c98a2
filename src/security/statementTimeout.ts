import type { AfterErrorHook } from 'payload'

import { securityLimits } from '../../collections/security/limits'

/** PostgreSQL's SQLSTATE for a statement cancelled by `statement_timeout` (or by a cancel request). */
export const QUERY_CANCELED = '57014'

/** Whether an error, or an error it wraps (drizzle's `cause`, GraphQL's `originalError`), is a cancelled statement. */
export function isStatementTimeout(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    if ((current as { code?: unknown }).code === QUERY_CANCELED) return true
    current = (current as { originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause
  }
  return false
}

export const statementTimeoutMessage = (timeoutMs: number) =>
  `The database took longer than ${timeoutMs} ms to answer and the request was cancelled (NEWSROOM_STATEMENT_TIMEOUT_MS): ask for less, or try again later`

/**
 * A statement PostgreSQL cancelled for running too long is the server protecting itself, not a bug:
 * 503 with a message that says so, instead of 500 "Something went wrong".
 */
export const answerStatementTimeout: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isStatementTimeout(error)) return undefined
  const message = statementTimeoutMessage(securityLimits().reads.statementTimeoutMs)
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 503 } } }
  return { response: { errors: [{ message }] }, status: 503 }
}
