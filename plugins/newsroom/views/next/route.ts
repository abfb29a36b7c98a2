import { getPayload, type SanitizedConfig } from 'payload'

import { BEACON_HEADERS, handleBeacon, readLimitedBody } from '../beacon'
import { counterFor, sessionCheckFor } from '../runtime'

type RouteContext = { params: Promise<{ collection: string; key: string[] }> }

/**
 * The beacon as a bare Next.js route handler, without Payload's request pipeline (no auth lookup, no
 * request object): mount it at `app/views/[collection]/[...key]/route.ts` with
 * `export const { POST } = viewsRoute(config)`. Answers `/views/<collection>/<id>` and
 * `/views/<collection>/slug/<slug>`.
 */
export function viewsRoute(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const POST = async (request: Request, context: RouteContext): Promise<Response> => {
    const { collection, key } = await context.params
    const ref = key.length === 1 ? { by: 'id' as const, value: key[0] } : key.length === 2 && key[0] === 'slug' ? { by: 'slug' as const, value: key[1] } : null
    if (!ref) return Response.json({ errors: [{ message: 'Expected /views/<collection>/<id> or /views/<collection>/slug/<slug>' }] }, { status: 404, headers: BEACON_HEADERS })
    const payload = await getPayload({ config })
    const counter = await counterFor(payload)
    const result = await handleBeacon(
      counter,
      { collection, ...ref, header: (name) => request.headers.get(name), body: await readLimitedBody(request, counter.options.maxBodyBytes) },
      sessionCheckFor(payload),
    )
    return Response.json(result.body, { status: result.status, headers: BEACON_HEADERS })
  }
  return { POST }
}
