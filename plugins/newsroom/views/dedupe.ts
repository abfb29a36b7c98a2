import crypto from 'node:crypto'

import { LRUCache } from 'lru-cache'
import type { Pool } from 'pg'

import type { MaybePromise } from './maybeAsync'
import { markSeen, pruneSeen, sharedSalt } from './store'

/** Remembers hashed visitor keys for a window; `firstSeen` is true once per key and window. */
export interface DedupeStore {
  firstSeen(key: string, windowMs: number): MaybePromise<boolean>
  /** The secret of a day that visitor keys are hashed with. */
  salt(day: string): MaybePromise<string>
  close?(): void
}

const randomSalt = () => crypto.randomBytes(32).toString('base64url')

/** One process: keys in an LRU cache with a time-to-live; salts made up per day and never written anywhere. */
export class MemoryDedupe implements DedupeStore {
  private readonly seen: LRUCache<string, true>
  private salts = new Map<string, string>()

  constructor(maxEntries: number, windowMs: number) {
    this.seen = new LRUCache<string, true>({ max: maxEntries, ttl: windowMs, ttlAutopurge: false })
  }

  firstSeen(key: string, windowMs: number): boolean {
    if (this.seen.has(key)) return false
    this.seen.set(key, true, { ttl: windowMs })
    return true
  }

  salt(day: string): string {
    let salt = this.salts.get(day)
    if (!salt) {
      salt = randomSalt()
      // Only today's salt is kept: yesterday's keys can no longer be recomputed from an address.
      this.salts = new Map([[day, salt]])
    }
    return salt
  }
}

/** Several processes: keys and the day's salt in PostgreSQL, expired keys deleted every minute. */
export class PostgresDedupe implements DedupeStore {
  private salts = new Map<string, string>()
  private readonly pruner: NodeJS.Timeout

  constructor(private readonly pool: Pool) {
    this.pruner = setInterval(() => pruneSeen(pool).catch(() => {}), 60_000)
    this.pruner.unref()
  }

  firstSeen(key: string, windowMs: number): Promise<boolean> {
    return markSeen(this.pool, key, windowMs)
  }

  salt(day: string): MaybePromise<string> {
    return this.salts.get(day) ?? this.fetchSalt(day)
  }

  private async fetchSalt(day: string): Promise<string> {
    const salt = await sharedSalt(this.pool, day, randomSalt())
    this.salts = new Map([[day, salt]])
    return salt
  }

  close(): void {
    clearInterval(this.pruner)
  }
}
