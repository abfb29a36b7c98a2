import type { AfterErrorHook } from 'payload'

/** What Payload's formatErrors answers for an error it recognises neither by class nor by name. */
export const UNKNOWN_ERROR_MESSAGE = 'An unknown error occurred.'

interface PublicError {
  message: string
  name?: unknown
  data?: Record<string, unknown> | null
}

/** An APIError by its shape (message, status, isPublic), whichever copy of Payload's class made it. */
function publicError(error: unknown): PublicError | undefined {
  if (!error || typeof error !== 'object') return undefined
  const { isPublic, status, message } = error as { isPublic?: unknown; status?: unknown; message?: unknown }
  if (isPublic !== true || typeof status !== 'number' || status >= 500 || typeof message !== 'string' || message === '') return undefined
  return error as PublicError
}

/**
 * Payload's `hooks.afterError`: a public APIError our own code throws (a 409 edit conflict, a 400 for bad
 * input, a 403 from a guard) keeps its message in production. There `next build` bundles Payload into
 * several chunks, so our code's APIError may be another copy of the class than the one Payload's
 * formatErrors checks with instanceof, and the minifier leaves the class without a name: formatErrors
 * then answers "An unknown error occurred." with the right status. `next dev` loads one Payload from
 * node_modules and never gets here. Only that answer is replaced, and only by what was meant to be public.
 */
export const keepPublicErrorMessage: AfterErrorHook = ({ error, graphqlResult, result }) => {
  if (graphqlResult) return
  const errors = (result as { errors?: Array<{ message?: unknown }> } | undefined)?.errors
  if (errors?.length !== 1 || errors[0]?.message !== UNKNOWN_ERROR_MESSAGE) return
  const known = publicError(error)
  if (!known) return
  const name = typeof known.name === 'string' && known.name !== '' ? known.name : 'APIError'
  return { response: { errors: [known.data ? { name, data: known.data, message: known.message } : { message: known.message }] } }
}
