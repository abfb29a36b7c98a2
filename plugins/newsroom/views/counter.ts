import { LRUCache } from 'lru-cache'
import type { Pool } from 'pg'

import type { SanitizedViewsOptions } from '../options'
import { type Batch, ViewBuffer } from './buffer'
import { Calendar } from './calendar'
import { type DedupeStore, MemoryDedupe, PostgresDedupe } from './dedupe'
import { andThen, type MaybePromise } from './maybeAsync'
import { applyBatch, findDocumentId, pruneLedger, type ViewTarget } from './store'
import { clientAddress, compileTrust, type TrustFunction } from './clientAddress'
import { BeaconRateLimit } from './rateLimit'
import { type SkipReason, skipReason, visitorKey } from './visitor'

/** One view as the three ways in (Payload endpoint, Next.js route, collector) hand it over. */
export interface ViewRequest {
  collection: string
  by: 'id' | 'slug'
  value: string
  userAgent: string
  /** The client's address, when the way in found it already (`addressOf`); else found from the two below. */
  address?: string
  socketAddress?: string
  forwardedFor?: null | string
  doNotTrack?: null | string
  globalPrivacyControl?: null | string
  purpose?: null | string
  preview?: boolean
  signedIn?: boolean
}

export type ViewResult = { status: 202; counted: true } | { status: 202; counted: false; reason: SkipReason } | { status: 400 | 404; error: string }

export interface CounterStats {
  /** Views accepted as countable and unique since start. */
  counted: number
  /** Views written to the database since start. */
  written: number
  /** Views waiting in memory, buffered or in batches that failed to write. */
  waiting: number
  /** The last write error, cleared by the next successful write. */
  lastError: null | string
}

const NUMERIC_ID = /^\d{1,18}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const NUMERIC_TYPES = new Set(['integer', 'bigint', 'smallint', 'numeric'])

/** Null when the id can be looked up in this column type; otherwise the message of a 400. */
export function malformedId(target: ViewTarget, value: string): null | string {
  const ok = NUMERIC_TYPES.has(target.idSqlType) ? NUMERIC_ID.test(value) : target.idSqlType === 'uuid' ? UUID.test(value) : value.length > 0 && value.length <= 200 && !value.includes('\u0000')
  if (!ok) return `Malformed id ${JSON.stringify(value.slice(0, 60))}`
  // Past the column's range PostgreSQL fails the lookup instead of finding nothing.
  const max = ID_MAX[target.idSqlType]
  return max !== undefined && BigInt(value) > max ? `Id ${JSON.stringify(value)} is out of range for this collection (at most ${max})` : null
}

const ID_MAX: Record<string, bigint> = { smallint: 32_767n, integer: 2_147_483_647n, bigint: 9_223_372_036_854_775_807n }

/**
 * The counting core: validates a view, drops bots, editors, previews, privacy signals and repeats,
 * and buffers the rest; a timer writes the buffer in batches. Knows PostgreSQL, not Payload.
 */
export class ViewCounter {
  readonly targets: Map<string, ViewTarget>
  readonly calendar: Calendar
  private readonly trust: TrustFunction
  /** Beacons per address per minute, shared by every way in of this process. */
  readonly rateLimit: BeaconRateLimit
  private readonly dedupe: DedupeStore
  private readonly windowMs: number
  private readonly known = new LRUCache<string, { id: null | string }>({ max: 50_000 })
  private buffer = new ViewBuffer()
  /** Batches taken from the buffer but not yet written; retried in order with the same ids. */
  private pending: Batch[] = []
  private writing: null | Promise<void> = null
  private readonly timer: NodeJS.Timeout
  private readonly ledgerTimer: NodeJS.Timeout
  private stopped = false
  private readonly stats: CounterStats = { counted: 0, written: 0, waiting: 0, lastError: null }

  constructor(
    readonly pool: Pool,
    targets: ViewTarget[],
    readonly options: SanitizedViewsOptions,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    this.targets = new Map(targets.map((target) => [target.slug, target]))
    this.calendar = new Calendar(options.timeZone)
    this.trust = compileTrust(options.trustedProxies)
    this.rateLimit = new BeaconRateLimit(options.beaconPerMinute)
    this.windowMs = options.dedupeWindowMinutes * 60_000
    this.dedupe = options.dedupeStore === 'postgres' ? new PostgresDedupe(pool) : new MemoryDedupe(options.dedupeMaxEntries, this.windowMs)
    this.timer = setInterval(() => void this.flush(), options.flushIntervalMs)
    this.timer.unref()
    this.ledgerTimer = setInterval(() => pruneLedger(pool).catch(() => {}), 3_600_000)
    this.ledgerTimer.unref()
  }

  /** Decides and buffers one view; synchronous when everything it needs is in memory, as it usually is. */
  track(view: ViewRequest): MaybePromise<ViewResult> {
    const target = this.targets.get(view.collection)
    if (!target) return { status: 404, error: `Views of "${view.collection}" are not tracked` }
    if (view.by === 'slug' && !target.slugColumn) return { status: 404, error: `Documents of "${view.collection}" cannot be found by slug` }
    if (view.by === 'id') {
      const malformed = malformedId(target, view.value)
      if (malformed) return { status: 400, error: malformed }
    } else if (!view.value || view.value.length > 300 || view.value.includes('\u0000')) {
      return { status: 400, error: 'Malformed slug: 1 to 300 characters, without NUL' }
    }
    return andThen(this.documentId(target, view.by, view.value), (id) => {
      if (id === null) return { status: 404, error: `No published document of "${view.collection}" with ${view.by} ${JSON.stringify(view.value.slice(0, 60))}` }

      const reason = skipReason(view, this.options.respectPrivacySignals)
      if (reason) return { status: 202, counted: false, reason }

      const day = this.calendar.dayOf(Date.now())
      const address = view.address ?? this.addressOf(view.socketAddress, view.forwardedFor)
      return andThen(this.dedupe.salt(day), (salt) =>
        andThen(this.dedupe.firstSeen(visitorKey(salt, address, view.userAgent, view.collection, id), this.windowMs), (first): ViewResult => {
          if (!first) return { status: 202, counted: false, reason: 'duplicate' }
          this.buffer.add(view.collection, id, day)
          this.stats.counted++
          if (this.buffer.size >= this.options.flushMaxViews) void this.flush()
          return { status: 202, counted: true }
        }),
      )
    })
  }

  /** The client's address by the one rule (`clientAddress`) and this counter's `trustedProxies`. */
  addressOf(socketAddress: string | undefined, forwardedFor: null | string | undefined): string {
    return clientAddress(socketAddress, forwardedFor, this.trust)
  }

  /** Published documents are looked up once a minute at most; a miss is asked again after 5 seconds, so a new story counts soon. */
  private documentId(target: ViewTarget, by: 'id' | 'slug', value: string): MaybePromise<null | string> {
    const key = `${target.slug}\u0000${by}\u0000${value}`
    const cached = this.known.get(key)
    if (cached) return cached.id
    return findDocumentId(this.pool, target, by, value).then((id) => {
      this.known.set(key, { id }, { ttl: id === null ? 5_000 : 60_000 })
      return id
    })
  }

  /** Forgets what is known of a document, after it was published, unpublished or deleted. */
  forget(collection: string): void {
    for (const key of this.known.keys()) if (key.startsWith(`${collection}\u0000`)) this.known.delete(key)
  }

  /** Writes everything buffered; a failed batch is kept and retried as it is, never dropped or merged. */
  flush(): Promise<void> {
    // Waits for the write under way, then writes what is left (another caller may have taken it: then this waits for that write).
    if (this.writing) return this.writing.then(() => this.flush())
    const batch = this.buffer.take()
    if (batch) this.pending.push(batch)
    if (this.pending.length === 0) return Promise.resolve()
    this.writing = (async () => {
      try {
        while (this.pending.length > 0) {
          const next = this.pending[0]
          await applyBatch(this.pool, this.targets, next)
          this.pending.shift()
          this.stats.written += next.views
          this.stats.lastError = null
        }
      } catch (error) {
        this.stats.lastError = error instanceof Error ? error.message : String(error)
        this.onError(error)
      } finally {
        this.writing = null
      }
    })()
    return this.writing
  }

  /** True once `stop` was called: views given to it now would wait for a flush nobody makes. */
  get isStopped(): boolean {
    return this.stopped
  }

  counterStats(): CounterStats {
    return { ...this.stats, waiting: this.buffer.size + this.pending.reduce((sum, batch) => sum + batch.views, 0) }
  }

  /**
   * Stops the timers and writes what is left, retrying while the database is unreachable, for at
   * most `timeoutMs`. Resolves false when views could not be written in time.
   */
  async stop(timeoutMs = 10_000): Promise<boolean> {
    if (!this.stopped) {
      this.stopped = true
      clearInterval(this.timer)
      clearInterval(this.ledgerTimer)
      this.dedupe.close?.()
    }
    const deadline = Date.now() + timeoutMs
    for (;;) {
      await this.flush()
      if (this.counterStats().waiting === 0) return true
      if (Date.now() >= deadline) return false
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}
