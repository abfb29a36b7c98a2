import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { securityLimits } from '../../collections/security/limits'

/**
 * A refused read. Its own name, because production builds minify APIError's class name away and
 * Payload then answers a nameless error without data as "An unknown error occurred.".
 */
export class ReadLimitError extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'ReadLimitError'
  }
}

export interface ReadLimits {
  maxLimit: number
  maxDepth: number
  /** The variable that sets `maxLimit`, named in refusals. Default `NEWSROOM_MAX_LIMIT`. */
  maxLimitVariable?: string
}

const pageSize = (name: string, raw: unknown, maxLimit: number, variable: string): null | string => {
  if (raw === undefined || raw === '') return null
  const value = Number(raw)
  if (!Number.isInteger(value)) return `${name} must be a whole number from 1 to ${maxLimit} (got "${String(raw).slice(0, 40)}")`
  // Payload reads limit 0 as "no limit".
  if (value < 1) return `${name} ${value} asks for every document; give a limit from 1 to ${maxLimit} (${variable})`
  if (value > maxLimit) return `${name} ${value} exceeds the maximum of ${maxLimit} (${variable})`
  return null
}

/**
 * What is wrong with a REST read's query string, or null: a `limit` (also a join's,
 * `joins[relatedLinks][limit]`) outside 1..maxLimit, `pagination=false`, or a `depth` over maxDepth.
 */
export function readLimitProblem(query: Record<string, unknown> | undefined, limits: ReadLimits): null | string {
  if (!query) return null
  const variable = limits.maxLimitVariable ?? 'NEWSROOM_MAX_LIMIT'
  const problem = pageSize('limit', query.limit, limits.maxLimit, variable)
  if (problem) return problem
  if (String(query.pagination) === 'false') {
    return `pagination=false asks for every document; page through them with limit (at most ${limits.maxLimit}, ${variable}) instead`
  }
  if (query.joins && typeof query.joins === 'object') {
    for (const [join, options] of Object.entries(query.joins as Record<string, unknown>)) {
      if (options && typeof options === 'object') {
        const joinProblem = pageSize(`joins[${join}][limit]`, (options as Record<string, unknown>).limit, limits.maxLimit, variable)
        if (joinProblem) return joinProblem
      }
    }
  }
  if (query.depth !== undefined && query.depth !== '') {
    const depth = Number(query.depth)
    if (!Number.isInteger(depth) || depth < 0) return `depth must be a whole number from 0 to ${limits.maxDepth} (got "${String(query.depth).slice(0, 40)}")`
    if (depth > limits.maxDepth) return `depth ${depth} exceeds the maximum of ${limits.maxDepth} (NEWSROOM_MAX_DEPTH)`
  }
  return null
}

/**
 * Refuses (400) a REST read asking for more than the limits. It looks at the client's query string,
 * not at the operation's arguments: Payload's own nested reads for the same request (population, joins)
 * pass `pagination: false` themselves. GraphQL reads are checked by the GraphQL guard, which sees the
 * client's arguments; the Local API is never limited.
 */
export function refuseOversizedReads(limits: () => ReadLimits & { maxLimitSignedIn?: number } = () => securityLimits().reads): CollectionBeforeOperationHook {
  return ({ args, collection, operation, req }) => {
    if (req.payloadAPI !== 'REST' || (operation !== 'read' && operation !== 'readDistinct')) return args
    // Only the read the route is for: the same request's user lookup (before routing) or a delete's
    // own reads must not fail on a query string meant for something else, e.g. the admin's bulk
    // delete (`DELETE /api/quotes?limit=0&where=...`).
    if (req.routeParams?.collection !== collection.slug) return args
    // The admin populates relationships 250 documents at a time; signed-in staff get their own maximum.
    const inForce = limits()
    const forClient = req.user ? { ...inForce, maxLimit: inForce.maxLimitSignedIn ?? inForce.maxLimit, maxLimitVariable: 'NEWSROOM_MAX_LIMIT_SIGNED_IN' } : inForce
    const problem = readLimitProblem(req.query as Record<string, unknown> | undefined, forClient)
    if (problem) throw new ReadLimitError(problem)
    return args
  }
}

/** Adds `refuseOversizedReads` to every collection, after its own beforeOperation hooks. */
export function withReadLimits(collections: CollectionConfig[]): CollectionConfig[] {
  const hook = refuseOversizedReads()
  return collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), hook] },
  }))
}
