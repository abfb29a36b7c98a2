import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import type { SanitizedRelatedOptions } from '../../options'
import { RelatedEngine } from '../engine'
import { noLinksMessage } from '../explain'
import { findByKey, inlineTargetsOf, linksOf } from '../lookup'

const MAX_LIMIT = 50

const keyOf = (value: string | undefined) => (value && /^\d+$/.test(value) ? { id: value } : { slug: value })

// PostgreSQL integer ids; a larger number would fail in SQL (a 500) rather than find nothing.
const MAX_ID = 2_147_483_647
const MAX_SLUG_LENGTH = 300

/** The message of a 400 for a key no document can have: an id past the integer range, a NUL or an over-long slug. */
function malformedKey(key: string): null | string {
  if (/^\d+$/.test(key)) return key.length > 10 || Number(key) > MAX_ID ? `Id "${key}" is out of range: ids are whole numbers up to ${MAX_ID}` : null
  if (key.includes('\u0000')) return 'A slug must not contain a NUL character'
  if (key.length > MAX_SLUG_LENGTH) return `A slug has at most ${MAX_SLUG_LENGTH} characters`
  return null
}

function parseLimit(raw: null | string, fallback: number): number {
  if (raw === null) return fallback
  const limit = Number(raw)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new APIError(`limit must be a whole number from 1 to ${MAX_LIMIT} (got "${raw}")`, 400, null, true)
  return limit
}

/** GET /api/<collection>/related/:idOrSlug?limit=N — a story's related links in order, with their targets. */
export const relatedLinksEndpoint = (collection: string, options: SanitizedRelatedOptions): Endpoint => ({
  path: '/related/:key',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const url = new URL(req.url ?? 'http://localhost')
    const limit = parseLimit(url.searchParams.get('limit'), options.topK)
    const malformed = malformedKey(String(req.routeParams?.key ?? ''))
    if (malformed) throw new APIError(malformed, 400, null, true)
    const doc = await findByKey(req, collection, keyOf(req.routeParams?.key as string | undefined))
    if (!doc) return Response.json({ errors: [{ message: `No ${collection} document "${String(req.routeParams?.key)}"` }] }, { status: 404 })
    return Response.json({ docs: await linksOf(req, options, doc.id, limit, 1, inlineTargetsOf(options, collection, doc)) })
  },
})

/** The well-formed id of an editors-only route: 403 for anyone who may not edit links, 400 for a bad id. */
async function editorsKey(req: PayloadRequest, options: SanitizedRelatedOptions, refusal: string): Promise<string> {
  const links = req.payload.collections[options.linksCollection as keyof typeof req.payload.collections]
  const allowed = req.user && (await links.config.access.update({ req } as never))
  if (!allowed) throw new APIError(refusal, 403, null, true)
  const key = String(req.routeParams?.key ?? '')
  if (!/^\d+$/.test(key)) throw new APIError(`Malformed id "${key}": ids are whole numbers`, 400, null, true)
  const malformed = malformedKey(key)
  if (malformed) throw new APIError(malformed, 400, null, true)
  return key
}

/** POST /api/<collection>/related/:id/recompute — "recompute now" for editors, answered with the new links. */
export const recomputeEndpoint = (collection: string, options: SanitizedRelatedOptions): Endpoint => ({
  path: '/related/:key/recompute',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const key = await editorsKey(req, options, 'Only editors may recompute related links')
    const engine = new RelatedEngine(req.payload, options)
    const result = await engine.recompute(collection, key, req)
    const { ranked, ...summary } = result
    // The published story decides what readers see: its body's inline links are not listed again.
    const live = await engine.load(collection, key, req)
    const docs = await linksOf(req, options, key, MAX_LIMIT, 1, live ? inlineTargetsOf(options, collection, live) : new Set())
    // "0 added" alone left editors guessing: say what came closest and what a link needs.
    const why = result.indexed && docs.length === 0 ? noLinksMessage(await engine.diagnose(collection, key)) : null
    return Response.json({ ...summary, candidates: ranked.length, docs, why })
  },
})

/** GET /api/<collection>/related/:id/why — for editors: why a story has no auto links. */
export const whyNoLinksEndpoint = (collection: string, options: SanitizedRelatedOptions): Endpoint => ({
  path: '/related/:key/why',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const key = await editorsKey(req, options, 'Only editors may see why a story has no links')
    const diagnosis = await new RelatedEngine(req.payload, options).diagnose(collection, key)
    return Response.json({ ...diagnosis, message: noLinksMessage(diagnosis) })
  },
})
