import type { AfterErrorHook } from 'payload'

/**
 * The last line of defence behind the input checks: an error that only the client's input can have
 * caused, said as a 400 instead of "Something went wrong." with a 500. Pure, for the hook below.
 *
 * - PostgreSQL data exceptions (SQLSTATE class 22: a value of the wrong type, out of range, a NUL
 *   character, a bad date), "operator does not exist" (42883) and datatype mismatches (42804);
 * - a malformed JSON `where`/`data` query parameter (Payload calls JSON.parse on it unguarded);
 * - a request nested so deeply that walking it overflowed the stack;
 * - a multipart or urlencoded body that busboy could not parse (its errors carry no status);
 * - a query on a column the table does not have, as Payload's own routes make for a feature the
 *   collection lacks (POST /api/users/verify/<token> without email verification).
 */
export function clientErrorMessage(error: unknown): null | string {
  const seen = new Set<unknown>()
  let current: unknown = error
  // The pg error hides under DrizzleQueryError.cause, GraphQLError.originalError, or both.
  for (let hops = 0; current && typeof current === 'object' && !seen.has(current) && hops < 6; hops++) {
    seen.add(current)
    const { code, name, message } = current as { code?: unknown; name?: unknown; message?: unknown }
    if (typeof code === 'string') {
      const meaning = sqlStateMeaning(code)
      if (meaning) return meaning
    }
    if (name === 'SyntaxError' && typeof message === 'string' && /JSON/i.test(message)) return 'A query parameter holds malformed JSON'
    if (name === 'RangeError' && message === 'Maximum call stack size exceeded') return 'The request is nested too deeply'
    if (typeof message === 'string' && BODY_PARSER_ERRORS.test(message)) return `The request body could not be read: ${message}`
    if (typeof message === 'string' && message.startsWith('Cannot find field for path at ')) return 'The request refers to a field or feature this collection does not have'
    current = (current as { cause?: unknown }).cause ?? (current as { originalError?: unknown }).originalError
  }
  return null
}

// busboy's own messages (node_modules/busboy/lib), thrown while Payload reads a form body.
const BODY_PARSER_ERRORS = /^(Unexpected end of (form|file)|Malformed part header|Malformed urlencoded form|Multipart: Boundary not found|Unsupported content type: |Missing Content-Type|Malformed content type)/

function sqlStateMeaning(code: string): null | string {
  switch (code) {
    case '22P02':
      return 'A value in the request has the wrong type for its field (e.g. text where a number or id belongs)'
    case '22003':
      return 'A number in the request is out of range for its field'
    case '22021':
    case '22P05':
      return 'Text in the request contains a character that cannot be stored (e.g. NUL, \\u0000)'
    case '22007':
    case '22008':
      return 'A date in the request is malformed or out of range'
    case '42883':
      return 'A filter uses an operator that this field does not support'
    case '42804':
      return 'A value in the request has the wrong type for its field'
    default:
      return code.startsWith('22') ? 'A value in the request is invalid for its field' : null
  }
}

/** Config-level `hooks.afterError`: rewrites such errors into a 400 for REST and for GraphQL. */
export const answerClientErrorsAs400: AfterErrorHook = ({ error, graphqlResult }) => {
  const message = clientErrorMessage(error)
  if (!message) return
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, name: 'ValidationError', statusCode: 400 } } }
  }
  return { response: { errors: [{ message }] }, status: 400 }
}
