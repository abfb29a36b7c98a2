import { APIError, type PayloadRequest } from 'payload'

import { securityLimits } from './limits'
import { type RateLimit, rateLimit } from './rateLimit'

let imports: RateLimit | undefined

/**
 * Counts one wire import for the signed-in user (`NEWSROOM_RATE_IMPORT_PER_MINUTE`) and refuses with 429
 * and Retry-After past the limit: each import parses, links and writes a whole story.
 */
export async function limitImports(req: PayloadRequest): Promise<void> {
  imports ??= rateLimit({ name: 'import_user', points: securityLimits().rate.importPerMinute, durationSeconds: 60 })
  const decision = await imports.consume(`${req.user?.collection ?? 'users'}:${req.user?.id ?? 'anonymous'}`)
  if (decision.allowed) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('retry-after', String(decision.retryAfterSeconds))
  req.responseHeaders = headers
  throw new APIError(
    `Too many imports: at most ${securityLimits().rate.importPerMinute} a minute per user; try again in ${decision.retryAfterSeconds} s.`,
    429,
    null,
    true,
  )
}
