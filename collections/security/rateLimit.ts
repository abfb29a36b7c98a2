import pg from 'pg'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { securityLimits } from './limits'

export interface RateDecision {
  allowed: boolean
  /** Seconds until the client may try again; 0 when allowed. */
  retryAfterSeconds: number
}

export interface RateLimit {
  /** Points each key may consume per window. */
  readonly points: number
  /** Counts one request (or `cost` of them) for `key` and says whether it is within the limit. */
  consume(key: string, cost?: number): Promise<RateDecision>
  /** Forgets `key`, e.g. an account's failed logins after a successful one. */
  reset(key: string): Promise<void>
  /** Gives back `points` consumed for `key`: a request that turned out not to count (a successful login). */
  reward(key: string, points?: number): Promise<void>
}

export interface RateLimitSpec {
  /** Distinguishes the counters of one limit from another's in a shared store. */
  name: string
  points: number
  durationSeconds: number
  /** Overrides `NEWSROOM_RATE_LIMIT_STORE` for this limit (tests use both stores in one process). */
  store?: 'memory' | 'postgres'
}

let sharedPool: pg.Pool | undefined

function postgresPool(): pg.Pool {
  // A small pool of its own: the limiter must answer even when Payload's pool is exhausted by the
  // very traffic it is limiting.
  if (!sharedPool) {
    sharedPool = new pg.Pool({ connectionString: process.env.DATABASE_URI, max: 2 })
    // An idle client whose server went away (a restart, a dropped test database) emits an error; with no
    // listener it would end the process. The next query opens a new client.
    sharedPool.on('error', () => {})
  }
  return sharedPool
}

/**
 * Ends the PostgreSQL store's pool. The store's limiters clear expired rows every 5 minutes on a timer
 * of their own; with the pool ended that timer's query fails quietly instead of opening a connection,
 * which after a jest test file has finished crashed whichever file the worker was running then.
 */
export async function closeRateLimitStore(): Promise<void> {
  const pool = sharedPool
  sharedPool = undefined
  await pool?.end()
}

/**
 * A limiter ready to count. The PostgreSQL one creates its table first and refuses to count until
 * then ("Table is not created yet"), so it is awaited; a failed creation is retried on the next request.
 */
function limiterFor(spec: RateLimitSpec): () => Promise<RateLimiterAbstract> {
  const common = { keyPrefix: `newsroom_${spec.name}`, points: spec.points, duration: spec.durationSeconds }
  if ((spec.store ?? securityLimits().rate.store) !== 'postgres') {
    const memory = Promise.resolve<RateLimiterAbstract>(new RateLimiterMemory(common))
    return () => memory
  }
  let ready: Promise<RateLimiterAbstract> | undefined
  return () => {
    ready ??= new Promise<RateLimiterAbstract>((resolve, reject) => {
      const limiter: RateLimiterPostgres = new RateLimiterPostgres(
        { ...common, storeClient: postgresPool(), tableName: 'newsroom_rate_limits' },
        (error?: Error) => (error ? reject(error) : resolve(limiter)),
      )
    }).catch((error: unknown) => {
      ready = undefined
      throw error
    })
    return ready
  }
}

/** A rate limit backed by the configured store (`NEWSROOM_RATE_LIMIT_STORE`). */
export function rateLimit(spec: RateLimitSpec): RateLimit {
  const ready = limiterFor(spec)
  return {
    points: spec.points,
    async consume(key, cost = 1) {
      const limiter = await ready()
      try {
        await limiter.consume(key, cost)
        return { allowed: true, retryAfterSeconds: 0 }
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
        }
        throw rejection
      }
    },
    async reset(key) {
      await (await ready()).delete(key)
    },
    async reward(key, points = 1) {
      await (await ready()).reward(key, points)
    },
  }
}

/** A 429 answer that says which limit was hit and when to come back. */
export function tooManyRequests(what: string, decision: RateDecision): Response {
  return Response.json(
    { errors: [{ message: `Too many ${what}: try again in ${decision.retryAfterSeconds} s` }] },
    { status: 429, headers: { 'retry-after': String(decision.retryAfterSeconds), 'cache-control': 'no-store' } },
  )
}
