import { getPayload, type SanitizedConfig } from 'payload'

import { BEACON_HEADERS, type BeaconTarget, handleBeacon, readLimitedBody, targetFromPath, targetFromQuery } from '../beacon'
import type { ViewCounter } from '../counter'
import { counterFor, sessionCheckFor } from '../runtime'
import type { SessionCheck } from '../session'

/** Next.js hands a dynamic route its segments; a static route gets no params. */
type RouteContext = { params?: Promise<{ collection?: string; key?: string[] }> }

interface Ready {
  counter: ViewCounter
  isSignedIn: SessionCheck
}

// A NextRequest arrives with its URL parsed already.
const searchParamsOf = (request: Request): URLSearchParams => ((request as { nextUrl?: URL }).nextUrl ?? new URL(request.url)).searchParams

const notFound = (message: string) => Response.json({ errors: [{ message }] }, { status: 404, headers: BEACON_HEADERS })

/**
 * The beacon as a bare Next.js route handler, without Payload's request pipeline (no auth lookup, no
 * request object): `export const { POST } = viewsRoute(config)` in either or both of
 * - `app/views/route.ts`: `POST /views?collection=articles&id=12` (or `&slug=…`), the faster one,
 *   since a static route spares Next.js matching dynamic segments on every view;
 * - `app/views/[collection]/[...key]/route.ts`: `POST /views/articles/12` or `/views/articles/slug/<slug>`.
 */
export function viewsRoute(config: Promise<SanitizedConfig> | SanitizedConfig) {
  // Payload and its counter are found once, not per view: each await costs a Next.js route its
  // AsyncLocalStorage hooks. Found again only if the counter was stopped (Payload shut down).
  let ready: null | Ready = null
  // While the database is away every beacon for a story not looked up yet fails the same way: said once in 10 s, not per beacon.
  let lastLogged = 0
  const prepare = async (): Promise<Ready> => {
    const payload = await getPayload({ config })
    ready = { counter: await counterFor(payload), isSignedIn: sessionCheckFor(payload) }
    return ready
  }

  const POST = async (request: Request, context?: RouteContext): Promise<Response> => {
    const params = context?.params ? await context.params : undefined
    const target: BeaconTarget | string = params?.collection ? targetFromPath(params.collection, params.key ?? []) : targetFromQuery(searchParamsOf(request))
    if (typeof target === 'string') return notFound(target)
    try {
      const { counter, isSignedIn } = ready && !ready.counter.isStopped ? ready : await prepare()
      const body = readLimitedBody(request, counter.options.maxBodyBytes)
      const answer = handleBeacon(counter, { ...target, header: (name) => request.headers.get(name), body: body instanceof Promise ? await body : body }, isSignedIn)
      const result = answer instanceof Promise ? await answer : answer
      return Response.json(result.body, { status: result.status, headers: result.headers ? { ...BEACON_HEADERS, ...result.headers } : BEACON_HEADERS })
    } catch (error) {
      // The database is away (a story not looked up yet) or Payload cannot start: the view is not
      // counted, and the browser is told so, not handed a 500.
      if (Date.now() - lastLogged > 10_000) {
        lastLogged = Date.now()
        console.error(`newsroom views: a beacon could not be handled (${error instanceof Error ? error.message : String(error)})`)
      }
      return Response.json({ errors: [{ message: 'The view could not be handled now; try again shortly' }] }, { status: 503, headers: { ...BEACON_HEADERS, 'retry-after': '5' } })
    }
  }
  return { POST }
}
