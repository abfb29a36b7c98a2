import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { importWireStory } from '../../import/importWireStory'
import { limitImports } from '../../security/rateLimitImport'
import { isWriter } from '../../access/roles'
import type { NewsroomSlugs } from '../../options/slugs'

/** The largest story accepted, in UTF-8 bytes of its text (real ones are a few KB). */
export const MAX_WIRE_STORY_BYTES = 200 * 1024
/** A request body larger than this cannot hold a story within the limit, even JSON-escaped. */
const MAX_BODY_BYTES = 6 * MAX_WIRE_STORY_BYTES + 1024

const tooLarge = () =>
  new APIError(`The story is too long: at most ${MAX_WIRE_STORY_BYTES / 1024} KB of text can be imported at once.`, 413, null, true)

async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) throw tooLarge()
  let raw: string
  if (typeof req.text === 'function') raw = await req.text()
  else return (req.data as Record<string, unknown>) ?? {}
  if (Buffer.byteLength(raw, 'utf8') > MAX_BODY_BYTES) throw tooLarge()
  if (raw.trim() === '') return {}
  try {
    const parsed: unknown = JSON.parse(raw)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>
  } catch {
    // reported below
  }
  throw new APIError('Send JSON: {"text": "<the wire story>", "dryRun": false}', 400, null, true)
}

/**
 * POST /api/<articles>/import — body `{ text, dryRun? }`. Writers only (403 otherwise); 400 with
 * "line N: ..." for text that is not a wire story; 413 over 200 KB. Answers with the import result:
 * 201 when an article was created, 200 when one was updated or for a dry run.
 */
export const importWireStoryEndpoint = (slugs: NewsroomSlugs): Endpoint => ({
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!isWriter(req.user)) {
      throw new APIError('Log in as an author, editor or admin to import wire stories.', 403, null, true)
    }
    await limitImports(req)
    const body = await readBody(req)
    if (typeof body.text !== 'string') {
      throw new APIError('"text" is required: the wire story as plain text.', 400, null, true)
    }
    if (Buffer.byteLength(body.text, 'utf8') > MAX_WIRE_STORY_BYTES) throw tooLarge()
    if (body.dryRun !== undefined && typeof body.dryRun !== 'boolean') {
      throw new APIError('"dryRun" must be true or false.', 400, null, true)
    }
    const dryRun = body.dryRun === true
    const result = await importWireStory(req.payload, body.text, { user: req.user, dryRun, slugs })
    return Response.json(result, { status: !dryRun && result.article.created ? 201 : 200 })
  },
})
