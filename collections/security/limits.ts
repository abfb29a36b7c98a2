/**
 * Every limit that protects the server from its clients, in one place. Each is read from the
 * environment once, with a default chosen by measurement (see README "Security"); a value that cannot
 * work stops start-up with a message naming the variable, rather than silently switching a guard off.
 */

export interface SecurityLimits {
  graphql: {
    /** Deepest field nesting a GraphQL operation may have. `NEWSROOM_GRAPHQL_MAX_DEPTH`. */
    maxDepth: number
    /** Largest estimated cost (fields multiplied by the list sizes they fetch). `NEWSROOM_GRAPHQL_MAX_COST`. */
    maxCost: number
    /** Most tokens parsed from one document, so a huge query is refused before it is analysed. `NEWSROOM_GRAPHQL_MAX_TOKENS`. */
    maxTokens: number
    /** Largest GraphQL request body in bytes. `NEWSROOM_GRAPHQL_MAX_BODY_BYTES`. */
    maxBodyBytes: number
    /** Cost above which an operation is heavy: heavy reads (GraphQL and REST) run one at a time per process. `NEWSROOM_GRAPHQL_HEAVY_COST`. */
    heavyCost: number
    /** Heavy reads that may wait for their turn; more are answered 503. `NEWSROOM_HEAVY_MAX_WAITING`. */
    maxWaiting: number
    /** Total length of the query texts whose parse and validation the guard keeps; 0 keeps none. `NEWSROOM_GRAPHQL_DOCUMENT_CACHE_BYTES`. */
    documentCacheBytes: number
  }
  reads: {
    /** Largest `limit` a REST or GraphQL read may ask for; `pagination: false` counts as asking for everything. `NEWSROOM_MAX_LIMIT`. */
    maxLimit: number
    /** Largest REST `limit` for a signed-in user: the admin populates relationships 250 at a time. `NEWSROOM_MAX_LIMIT_SIGNED_IN`. */
    maxLimitSignedIn: number
    /** Deepest `depth` (relationship population) a REST read may ask for. `NEWSROOM_MAX_DEPTH`. */
    maxDepth: number
    /** Documents × depth above which a REST read is heavy and waits for its turn with heavy GraphQL operations. `NEWSROOM_REST_HEAVY_READ`. */
    heavyRestRead: number
    /** Milliseconds a single SQL statement may run before PostgreSQL cancels it; 0 turns it off (scripts). `NEWSROOM_STATEMENT_TIMEOUT_MS`. */
    statementTimeoutMs: number
    /** Deepest nesting of `and`/`or` in a `where` filter (the admin's own filters use three). `NEWSROOM_MAX_WHERE_DEPTH`. */
    maxWhereDepth: number
  }
  content: {
    /** Deepest nesting of a Lexical body. `NEWSROOM_LEXICAL_MAX_DEPTH`. */
    lexicalMaxDepth: number
    /** Most nodes in a Lexical body. `NEWSROOM_LEXICAL_MAX_NODES`. */
    lexicalMaxNodes: number
    /** Most entries of a hasMany field (tags, people). `NEWSROOM_MAX_LIST_ITEMS`. */
    maxListItems: number
    /** Largest uploaded file (an image for Media) in bytes; a larger one is refused before it is stored. `NEWSROOM_MEDIA_MAX_BYTES`. */
    mediaMaxBytes: number
  }
  frontend: {
    /**
     * A secret the public site's server-side renderer sends in `x-newsroom-frontend`; such requests skip the per-client GraphQL
     * limits (not the cost limit, nor the heavy queue). Unset: no request is exempt by header. `NEWSROOM_FRONTEND_SECRET`.
     */
    secret: string | undefined
    /** Client addresses and subnets (proxy-addr syntax, e.g. `loopback`, `10.0.0.0/8`) exempt likewise. `NEWSROOM_FRONTEND_ADDRESSES`. */
    addresses: string[]
  }
  accounts: {
    /** Fewest characters a user's password may have (create, update, reset, first registration). `NEWSROOM_MIN_PASSWORD_LENGTH`. */
    minPasswordLength: number
  }
  rate: {
    /** Where rate-limit counters live: `memory` (one process) or `postgres` (shared by instances). `NEWSROOM_RATE_LIMIT_STORE`. */
    store: 'memory' | 'postgres'
    /** GraphQL requests per client address per minute. `NEWSROOM_RATE_GRAPHQL_PER_MINUTE`. */
    graphqlPerMinute: number
    /**
     * Estimated cost (the same as `NEWSROOM_GRAPHQL_MAX_COST` measures) a client address may spend on GraphQL per minute,
     * at least `maxCost` so that every allowed query can run. `NEWSROOM_RATE_GRAPHQL_COST_PER_MINUTE`.
     */
    graphqlCostPerMinute: number
    /**
     * Milliseconds a GraphQL request refused by either per-client limit waits before its 429 (at most its Retry-After), so a
     * client retrying in a loop sends about one request a second per connection instead of keeping the process busy with
     * refusals; 0 answers at once. `NEWSROOM_RATE_REFUSAL_DELAY_MS`.
     */
    refusalDelayMs: number
    /** Login attempts per client address per 15 minutes. `NEWSROOM_RATE_LOGIN_PER_ADDRESS`. */
    loginPerAddress: number
    /** Login attempts per account (email) per 15 minutes. `NEWSROOM_RATE_LOGIN_PER_ACCOUNT`. */
    loginPerAccount: number
    /** Wire imports per user per minute. `NEWSROOM_RATE_IMPORT_PER_MINUTE`. */
    importPerMinute: number
    /** View beacons per client address (IPv6: per /64) per minute; generous, as readers share addresses behind NATs. `NEWSROOM_RATE_BEACON_PER_MINUTE`. */
    beaconPerMinute: number
  }
}

export class SecurityConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SecurityConfigError'
  }
}

type Env = Record<string, string | undefined>

function wholeNumber(env: Env, name: string, fallback: number, min = 1): number {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    throw new SecurityConfigError(`${name} must be a whole number of at least ${min} (got "${raw}")`)
  }
  return value
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new SecurityConfigError(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`)
  }
  return raw as T
}

function secret(env: Env, name: string, minLength: number): string | undefined {
  const raw = env[name]
  if (raw === undefined || raw === '') return undefined
  if (raw.length < minLength) throw new SecurityConfigError(`${name} must be at least ${minLength} characters long, or unset`)
  return raw
}

const list = (raw: string | undefined): string[] => (raw ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)

/** Reads the limits from an environment (process.env by default); pure, so tests pass their own. */
export function readSecurityLimits(env: Env = process.env): SecurityLimits {
  const maxCost = wholeNumber(env, 'NEWSROOM_GRAPHQL_MAX_COST', 8_000)
  const graphqlCostPerMinute = wholeNumber(env, 'NEWSROOM_RATE_GRAPHQL_COST_PER_MINUTE', 12_000)
  if (graphqlCostPerMinute < maxCost) {
    throw new SecurityConfigError(
      `NEWSROOM_RATE_GRAPHQL_COST_PER_MINUTE (${graphqlCostPerMinute}) must be at least NEWSROOM_GRAPHQL_MAX_COST (${maxCost}), or the costliest allowed query could never run`,
    )
  }
  return {
    graphql: {
      maxDepth: wholeNumber(env, 'NEWSROOM_GRAPHQL_MAX_DEPTH', 10),
      maxCost,
      maxTokens: wholeNumber(env, 'NEWSROOM_GRAPHQL_MAX_TOKENS', 2_000),
      maxBodyBytes: wholeNumber(env, 'NEWSROOM_GRAPHQL_MAX_BODY_BYTES', 32 * 1024),
      heavyCost: wholeNumber(env, 'NEWSROOM_GRAPHQL_HEAVY_COST', 1_500),
      maxWaiting: wholeNumber(env, 'NEWSROOM_HEAVY_MAX_WAITING', 32, 0),
      documentCacheBytes: wholeNumber(env, 'NEWSROOM_GRAPHQL_DOCUMENT_CACHE_BYTES', 1024 * 1024, 0),
    },
    reads: {
      maxLimit: wholeNumber(env, 'NEWSROOM_MAX_LIMIT', 100),
      maxLimitSignedIn: wholeNumber(env, 'NEWSROOM_MAX_LIMIT_SIGNED_IN', 250),
      maxDepth: wholeNumber(env, 'NEWSROOM_MAX_DEPTH', 3, 0),
      heavyRestRead: wholeNumber(env, 'NEWSROOM_REST_HEAVY_READ', 20),
      statementTimeoutMs: wholeNumber(env, 'NEWSROOM_STATEMENT_TIMEOUT_MS', 10_000, 0),
      maxWhereDepth: wholeNumber(env, 'NEWSROOM_MAX_WHERE_DEPTH', 10),
    },
    content: {
      lexicalMaxDepth: wholeNumber(env, 'NEWSROOM_LEXICAL_MAX_DEPTH', 20),
      lexicalMaxNodes: wholeNumber(env, 'NEWSROOM_LEXICAL_MAX_NODES', 20_000),
      maxListItems: wholeNumber(env, 'NEWSROOM_MAX_LIST_ITEMS', 100),
      // A full-resolution press photo is 5–15 MB; 20 MB leaves room without letting one upload fill memory.
      mediaMaxBytes: wholeNumber(env, 'NEWSROOM_MEDIA_MAX_BYTES', 20 * 1024 * 1024),
    },
    frontend: {
      secret: secret(env, 'NEWSROOM_FRONTEND_SECRET', 16),
      addresses: list(env.NEWSROOM_FRONTEND_ADDRESSES),
    },
    accounts: {
      minPasswordLength: wholeNumber(env, 'NEWSROOM_MIN_PASSWORD_LENGTH', 12, 8),
    },
    rate: {
      store: oneOf(env, 'NEWSROOM_RATE_LIMIT_STORE', ['memory', 'postgres'] as const, 'memory'),
      graphqlPerMinute: wholeNumber(env, 'NEWSROOM_RATE_GRAPHQL_PER_MINUTE', 600),
      graphqlCostPerMinute,
      refusalDelayMs: wholeNumber(env, 'NEWSROOM_RATE_REFUSAL_DELAY_MS', 1_000, 0),
      loginPerAddress: wholeNumber(env, 'NEWSROOM_RATE_LOGIN_PER_ADDRESS', 20),
      loginPerAccount: wholeNumber(env, 'NEWSROOM_RATE_LOGIN_PER_ACCOUNT', 10),
      importPerMinute: wholeNumber(env, 'NEWSROOM_RATE_IMPORT_PER_MINUTE', 30),
      beaconPerMinute: wholeNumber(env, 'NEWSROOM_RATE_BEACON_PER_MINUTE', 600),
    },
  }
}

let cached: SecurityLimits | undefined

/** The limits in force for this process, read once. */
export function securityLimits(): SecurityLimits {
  cached ??= readSecurityLimits()
  return cached
}
