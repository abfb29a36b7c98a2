import { clientErrorMessage } from './clientErrors'

type Handler = (request: Request) => Promise<Response>

/**
 * Payload's GraphQL route reads the body outside its own error handling: a body that is not JSON
 * throws its "Invalid JSON" (a 400 APIError) out of the route, and Next.js answers 500. This answers
 * such client errors as what they are, and lets anything else through unchanged.
 */
export function answeringClientErrors(handler: Handler): Handler {
  return async (request) => {
    try {
      return await handler(request)
    } catch (error) {
      const status = (error as { status?: unknown }).status
      if (typeof status === 'number' && status >= 400 && status < 500) {
        return Response.json({ errors: [{ message: error instanceof Error ? error.message : 'Bad request' }] }, { status })
      }
      const message = clientErrorMessage(error)
      if (message) return Response.json({ errors: [{ message }] }, { status: 400 })
      throw error
    }
  }
}
