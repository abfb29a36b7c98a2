import type { SanitizedConfig } from 'payload'

import { securityLimits } from '../../../collections/security/limits'
import { type RateDecision, type RateLimit, rateLimit, tooManyRequests } from '../../../collections/security/rateLimit'
import { analyseOperation, DocumentCache, type GraphQLLimits } from './analyse'
import { payloadGraphQL, prepareOperation } from './handler'
import { busy, heavyReadGate, takeTurn } from '../heavyReads'
import type { CostGate } from './costGate'
import { readGraphQLBody } from './body'
import { requestAddress } from '../../../collections/security/clientAddress'
import { frontendCheck } from '../frontend'
import { stripSuggestions, withoutSuggestions } from './suggestions'

type Handler = (request: Request) => Promise<Response>

export interface GraphQLGuardOptions {
  /** Default: `securityLimits()`. `documentCacheBytes`: total length of the query texts whose parse and validation are kept (0 keeps none). */
  limits?: GraphQLLimits & { maxBodyBytes: number; heavyCost: number; documentCacheBytes?: number }
  /** Remove graphql's "Did you mean ..." from every error message. Default: in production. */
  stripSuggestions?: boolean
  /** Let operations made only of introspection skip depth and cost. Default: outside production. */
  allowIntrospection?: boolean
  /** Default: `rate.graphqlPerMinute` per client address; `false` for none. */
  rateLimit?: false | RateLimit
  /**
   * Estimated cost each client may spend per minute (`rate.graphqlCostPerMinute`, counted with
   * `consume(key, cost)`); `false` for none.
   */
  costBudget?: false | RateLimit
  /** Default: the client's address (`requestAddress`). */
  clientKey?: (request: Request) => string
  /** Milliseconds a request refused by the per-client limits waits before its 429. Default: `rate.refusalDelayMs`. */
  refusalDelayMs?: number
  /** Requests from the trusted server-side frontend skip the per-client limits. Default: `frontendCheck()` (`NEWSROOM_FRONTEND_*`). */
  isFrontend?: (headers: Pick<Headers, 'get'>, clientKey: string) => boolean
  /** Where heavy operations (cost over `heavyCost`) wait for their turn. Default: the process's one queue of heavy reads. */
  gate?: CostGate
}

export function defaultGraphQLLimits(): GraphQLLimits & { maxBodyBytes: number; heavyCost: number; documentCacheBytes: number } {
  const limits = securityLimits()
  return { ...limits.graphql, maxLimit: limits.reads.maxLimit, maxReadDepth: limits.reads.maxDepth, assumedListSize: limits.content.maxListItems }
}

const production = () => process.env.NODE_ENV === 'production'

/** The answer to a refused request, shaped as Payload answers errors. */
export function refusal(status: number, messages: string[], strip: boolean): Response {
  const errors = messages.map((message) => ({ message: strip ? withoutSuggestions(message) : message }))
  return Response.json({ errors }, { status, headers: { 'cache-control': 'no-store' } })
}

/**
 * Puts the cost limits in front of Payload's GraphQL POST handler: rate limit per client, body size,
 * JSON, then `analyseOperation` (tokens, graphql's rules, depth, read limits, cost). Only a request that
 * passes reaches Payload, with joins' default limits written into its query; a heavy one (cost over
 * `NEWSROOM_GRAPHQL_HEAVY_COST`) only when its turn comes in the process's queue of heavy reads.
 */
export function guardGraphQL(handler: Handler, config: Promise<SanitizedConfig> | SanitizedConfig, options: GraphQLGuardOptions = {}): Handler {
  const limits = options.limits ?? defaultGraphQLLimits()
  const strip = options.stripSuggestions ?? production()
  const allowIntrospection = options.allowIntrospection ?? !production()
  const clientKey = options.clientKey ?? ((request: Request) => requestAddress(request.headers))
  const gate = options.gate ?? heavyReadGate()
  const cacheBytes = limits.documentCacheBytes ?? securityLimits().graphql.documentCacheBytes
  const documents = cacheBytes > 0 ? new DocumentCache(cacheBytes) : undefined
  let limiter = options.rateLimit
  let budget = options.costBudget
  let isFrontend = options.isFrontend
  const refusalDelayMs = options.refusalDelayMs ?? securityLimits().rate.refusalDelayMs
  // A client over its limit that retries at once, in a loop, would keep the process as busy with
  // refusals as with its queries: the refusal comes after a pause, which costs a timer and a socket.
  const slowly = async (request: Request, refusal: Response, decision: RateDecision): Promise<Response> => {
    const pause = Math.min(refusalDelayMs, decision.retryAfterSeconds * 1000)
    if (pause > 0 && !request.signal?.aborted) await new Promise((resolve) => setTimeout(resolve, pause))
    return refusal
  }
  return async (request) => {
    limiter ??= rateLimit({ name: 'graphql', points: securityLimits().rate.graphqlPerMinute, durationSeconds: 60 })
    budget ??= rateLimit({ name: 'graphql_cost', points: securityLimits().rate.graphqlCostPerMinute, durationSeconds: 60 })
    isFrontend ??= frontendCheck()
    const client = clientKey(request)
    const limited = !isFrontend(request.headers, client)
    if (limiter && limited) {
      const decision = await limiter.consume(client)
      if (!decision.allowed) return slowly(request, tooManyRequests('GraphQL requests (NEWSROOM_RATE_GRAPHQL_PER_MINUTE)', decision), decision)
    }

    const read = await readGraphQLBody(request, limits.maxBodyBytes)
    if (!read.ok) return refusal(read.status, [read.message], strip)

    const analysis = analyseOperation(payloadGraphQL(await config).schema, read.body, limits, allowIntrospection, documents)
    if (!analysis.ok) return refusal(400, analysis.messages, strip)

    // Counted on the estimate, before anything runs: a client sending expensive queries back to back
    // would otherwise keep the one process busy for everyone, one allowed query after another.
    if (budget && limited) {
      const decision = await budget.consume(client, analysis.cost)
      if (!decision.allowed) return slowly(request, overBudget(budget.points, analysis.cost, decision), decision)
    }

    const headers = new Headers(request.headers)
    headers.delete('content-length')
    // The handler (`graphqlPOST`) runs the analysed document, with the joins' limits written in, and does
    // not read the body, parse or validate it again.
    const forwarded = prepareOperation(new Request(request.url, { method: 'POST', headers }), analysis.document, read.body)
    const release = await takeTurn(analysis.cost > limits.heavyCost, gate)
    if (!release) return busy(gate)
    // A reader who gave up while waiting for a turn does not get a query run for nobody.
    if (request.signal?.aborted) {
      release()
      return refusal(400, ['The request was cancelled by the client while it waited for its turn'], strip)
    }
    let response: Response
    try {
      response = await handler(forwarded)
    } finally {
      release()
    }
    return strip ? await stripSuggestionsFrom(response) : response
  }
}

function overBudget(perMinute: number, cost: number, decision: RateDecision): Response {
  return Response.json(
    {
      errors: [
        {
          message: `Too much GraphQL work from this address: at most ${perMinute} cost per minute (NEWSROOM_RATE_GRAPHQL_COST_PER_MINUTE), and this query costs ${cost}; try again in ${decision.retryAfterSeconds} s`,
        },
      ],
    },
    { status: 429, headers: { 'retry-after': String(decision.retryAfterSeconds), 'cache-control': 'no-store' } },
  )
}

/** Payload's own answer without suggestions; answers that carry none are passed on unread. */
async function stripSuggestionsFrom(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('json')) return response
  const text = await response.text()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  if (!text.includes('Did you mean')) return new Response(text, { status: response.status, headers })
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return new Response(withoutSuggestions(text), { status: response.status, headers })
  }
  return new Response(JSON.stringify(stripSuggestions(body as { errors?: Array<{ message?: unknown }> })), { status: response.status, headers })
}
