import { type CostGate, costGate } from './graphql/costGate'
import { securityLimits } from '../../collections/security/limits'

let shared: CostGate | undefined

/**
 * The one queue of heavy reads in this process, GraphQL and REST alike: they run one at a time, so
 * that a few clients sending the most expensive reads the limits allow share one slot of the CPU
 * instead of taking all of it, while light reads never wait.
 */
export function heavyReadGate(): CostGate {
  shared ??= costGate(1, securityLimits().graphql.maxWaiting)
  return shared
}

/** Enters the heavy queue when `heavy`; null when the queue is full. Light reads pass at once. */
export async function takeTurn(heavy: boolean, gate: CostGate = heavyReadGate()): Promise<(() => void) | null> {
  return heavy ? gate.enter(1) : () => {}
}

export function busy(gate: CostGate): Response {
  return Response.json(
    { errors: [{ message: `The server is busy with other expensive reads (${gate.waiting} waiting, NEWSROOM_HEAVY_MAX_WAITING): try again in 1 s` }] },
    { status: 503, headers: { 'retry-after': '1', 'cache-control': 'no-store' } },
  )
}

/**
 * How heavy a REST read is: the documents it can return (1 for `/<collection>/<id>`, else its `limit`,
 * 10 by default) times the depth they are populated to (Payload's default 2, at least 1).
 */
export function restReadWeight(url: URL): number {
  const segments = url.pathname.replace(/\/+$/, '').split('/')
  const apiAt = segments.indexOf('api')
  const rest = apiAt === -1 ? segments : segments.slice(apiAt + 1)
  const limit = Number(url.searchParams.get('limit') ?? 10)
  const documents = rest.length >= 2 ? 1 : Number.isFinite(limit) && limit > 0 ? limit : 10
  const depth = Number(url.searchParams.get('depth') ?? 2)
  return documents * Math.max(1, Number.isFinite(depth) ? depth : 2)
}

type RouteHandler<A> = (request: Request, args: A) => Promise<Response>

/** Payload's REST GET, with heavy reads (`restReadWeight` over `NEWSROOM_REST_HEAVY_READ`) taking their turn. */
export function withHeavyRestReads<A>(handler: RouteHandler<A>): RouteHandler<A> {
  return async (request, args) => {
    const gate = heavyReadGate()
    const release = await takeTurn(restReadWeight(new URL(request.url)) > securityLimits().reads.heavyRestRead, gate)
    if (!release) return busy(gate)
    try {
      return await handler(request, args)
    } finally {
      release()
    }
  }
}
