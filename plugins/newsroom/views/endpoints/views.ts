import type { Endpoint, PayloadRequest } from 'payload'

import type { SanitizedViewsCollection } from '../../options'
import { BEACON_HEADERS, handleBeacon, readLimitedBody } from '../beacon'
import { malformedId } from '../counter'
import { dailySeries, MAX_LIMIT, mostReadDocuments, mostReadWithFallback, parseBoundedInt, parsePeriod } from '../mostRead'
import { counterFor } from '../runtime'

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: BEACON_HEADERS })

async function beacon(req: PayloadRequest, collection: string, by: 'id' | 'slug', value: string): Promise<Response> {
  const counter = await counterFor(req.payload)
  const result = await handleBeacon(counter, {
    collection,
    by,
    value,
    header: (name) => req.headers.get(name),
    body: await readLimitedBody(req as unknown as Request, counter.options.maxBodyBytes),
    // Payload has already authenticated the request: a signed-in user is an editor, not a reader.
    signedIn: Boolean(req.user),
  })
  return Response.json(result.body, { status: result.status, headers: result.headers ? { ...BEACON_HEADERS, ...result.headers } : BEACON_HEADERS })
}

/** POST /api/<collection>/:id/view and /api/<collection>/slug/:slug/view: count a view (202 with `counted`). */
export const viewEndpoints = (collection: string): Endpoint[] => [
  { path: '/:id/view', method: 'post', handler: (req) => beacon(req, collection, 'id', String(req.routeParams?.id ?? '')) },
  { path: '/slug/:slug/view', method: 'post', handler: (req) => beacon(req, collection, 'slug', String(req.routeParams?.slug ?? '')) },
]

/** GET /api/<collection>/most-read?period=day|week|month|all&limit=N[&doc=false][&fallback=true]: most-read documents the reader may see. */
export const mostReadEndpoint = (collection: SanitizedViewsCollection, titleField: string): Endpoint => ({
  path: '/most-read',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? 'http://localhost')
    const period = parsePeriod(url.searchParams.get('period'), 'week')
    if (typeof period === 'object') return error(400, period.error)
    const limit = parseBoundedInt('limit', url.searchParams.get('limit'), 10, MAX_LIMIT)
    if (typeof limit === 'object') return error(400, limit.error)
    const withDocuments = url.searchParams.get('doc') !== 'false'
    const fallback = url.searchParams.get('fallback')
    if (fallback !== null && fallback !== 'true' && fallback !== 'false') return error(400, `fallback must be true or false (got ${JSON.stringify(fallback)})`)
    // With fallback, an empty period gives way to the last days with views, then all time; `shown` says which.
    const { entries, shown } =
      fallback === 'true' ? await mostReadWithFallback(req, collection.slug, period, limit) : { entries: await mostReadDocuments(req, collection.slug, period, limit), shown: undefined }
    return Response.json({
      collection: collection.slug,
      period,
      ...(shown ? { shown } : {}),
      docs: entries.map(({ rank, views, doc }) => ({
        rank,
        id: doc.id,
        title: doc[titleField] ?? null,
        slug: collection.slugField ? (doc[collection.slugField] ?? null) : null,
        views,
        // The whole document (depth 0) for frontends; `doc=false` for a list that needs only titles.
        ...(withDocuments ? { doc } : {}),
      })),
    })
  },
})

/** GET /api/<collection>/:id/views/daily?days=30: views per day, zero-filled, oldest first. */
export const dailyViewsEndpoint = (collection: SanitizedViewsCollection): Endpoint => ({
  path: '/:id/views/daily',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? 'http://localhost')
    const days = parseBoundedInt('days', url.searchParams.get('days'), 30, 366)
    if (typeof days === 'object') return error(400, days.error)
    const counter = await counterFor(req.payload)
    const target = counter.targets.get(collection.slug)
    const id = String(req.routeParams?.id ?? '')
    const malformed = target ? malformedId(target, id) : null
    if (malformed) return error(400, malformed)
    const doc = (await req.payload
      .findByID({ collection: collection.slug as never, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
      .catch(() => null)) as (Record<string, unknown> & { id: number | string }) | null
    if (!doc) return error(404, `No ${collection.slug} document with id ${JSON.stringify(id)}`)
    const series = await dailySeries(req, collection.slug, String(doc.id), days)
    return Response.json({
      collection: collection.slug,
      id: String(doc.id),
      days: series,
      total: Number(doc[collection.viewsField] ?? 0),
      periodTotal: series.reduce((sum, entry) => sum + entry.views, 0),
    })
  },
})
