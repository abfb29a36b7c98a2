import crypto from 'node:crypto'

/** Views of one document on one day, ready to be added to the totals. */
export interface ViewCount {
  collection: string
  id: string
  day: string
  views: number
}

/** A set of counts written in one transaction; its id makes a retried write apply at most once. */
export interface Batch {
  id: string
  counts: ViewCount[]
  views: number
}

/**
 * Counted views waiting to be written. Views of the same document and day are summed, so the buffer
 * grows with the number of documents read, not the number of views.
 */
export class ViewBuffer {
  private counts = new Map<string, ViewCount>()
  private buffered = 0

  get size(): number {
    return this.buffered
  }

  add(collection: string, id: string, day: string, views = 1): void {
    const key = `${collection}\u0000${id}\u0000${day}`
    const entry = this.counts.get(key)
    if (entry) entry.views += views
    else this.counts.set(key, { collection, id, day, views })
    this.buffered += views
  }

  /** Empties the buffer into a batch with a fresh id, or `null` when there is nothing to write. */
  take(): Batch | null {
    if (this.buffered === 0) return null
    const batch: Batch = { id: crypto.randomUUID(), counts: [...this.counts.values()], views: this.buffered }
    this.counts = new Map()
    this.buffered = 0
    return batch
  }
}
