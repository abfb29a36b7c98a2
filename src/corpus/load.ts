import type { Payload } from 'payload'

import { lexicalRoot, paragraphNode } from '../../collections/lib/lexical'
import { slugify } from '../../collections/lib/slugify'
import type { CorpusRow } from './jsonl'

const DAY_MS = 86_400_000

export interface LoadOptions {
  /** Copies of the corpus; copy r is shifted r × `shiftDays` into the past. */
  repeat?: number
  shiftDays?: number
  /** Stop after this many articles in all. */
  limit?: number
  /**
   * Insert this many articles per statement (one multi-row insert into the articles table, the same
   * columns the adapter writes) instead of one adapter create each: for benchmarks at 100,000 rows.
   */
  bulk?: number
  onProgress?: (loaded: number, total: number) => void
}

/**
 * Loads corpus rows as published articles through the database adapter, skipping hooks so that a
 * hundred thousand rows load in minutes (indexing is a separate step: `related:rebuild`).
 * Returns the article id of each (copy, row id).
 */
export async function loadCorpus(payload: Payload, rows: CorpusRow[], options: LoadOptions = {}): Promise<Map<string, string>> {
  const repeat = options.repeat ?? 1
  const shift = (options.shiftDays ?? 120) * DAY_MS
  const ids = new Map<string, string>()
  const total = Math.min(rows.length * repeat, options.limit ?? Infinity)
  let loaded = 0
  const pending: Array<{ key: string; data: Record<string, unknown> }> = []
  const flush = async () => {
    const db = payload.db as unknown as BulkAdapter
    const inserted = await db.drizzle.insert(db.tables.articles).values(pending.map((entry) => entry.data)).returning({ id: db.tables.articles.id })
    inserted.forEach(({ id }, i) => ids.set(pending[i].key, String(id)))
    loaded += pending.length
    pending.length = 0
    options.onProgress?.(loaded, total)
  }
  for (let copy = 0; copy < repeat; copy++) {
    for (const row of rows) {
      if (loaded + pending.length >= total) break
      const publishedAt = new Date(Date.parse(row.publishedAt) - copy * shift).toISOString()
      const paragraphs = row.body.split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean)
      const data = {
        title: row.title.slice(0, 300),
        slug: `${slugify(row.title, 60) || 'story'}-${copy}-${slugify(row.id, 40)}`,
        lead: row.lead || null,
        body: paragraphs.length > 0 ? lexicalRoot(paragraphs.map((text) => paragraphNode(text))) : null,
        credit: row.publisher || null,
        publishedAt,
        views: 0,
        _status: 'published',
      }
      if (options.bulk) {
        pending.push({ key: `${copy}:${row.id}`, data })
        if (pending.length >= options.bulk) await flush()
        continue
      }
      const doc = await payload.db.create({ collection: 'articles', data })
      ids.set(`${copy}:${row.id}`, String(doc.id))
      loaded++
      if (loaded % 500 === 0 || loaded === total) options.onProgress?.(loaded, total)
    }
  }
  if (pending.length > 0) await flush()
  return ids
}

interface BulkAdapter {
  tables: { articles: { id: unknown } }
  drizzle: { insert: (table: unknown) => { values: (rows: unknown[]) => { returning: (columns: unknown) => Promise<Array<{ id: number | string }>> } } }
}
