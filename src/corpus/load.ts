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
  for (let copy = 0; copy < repeat; copy++) {
    for (const row of rows) {
      if (loaded >= total) return ids
      const publishedAt = new Date(Date.parse(row.publishedAt) - copy * shift).toISOString()
      const paragraphs = row.body.split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean)
      const doc = await payload.db.create({
        collection: 'articles',
        data: {
          title: row.title.slice(0, 300),
          slug: `${slugify(row.title, 60) || 'story'}-${copy}-${slugify(row.id, 40)}`,
          lead: row.lead || null,
          body: paragraphs.length > 0 ? lexicalRoot(paragraphs.map((text) => paragraphNode(text))) : null,
          credit: row.publisher || null,
          publishedAt,
          views: 0,
          _status: 'published',
        },
      })
      ids.set(`${copy}:${row.id}`, String(doc.id))
      loaded++
      if (loaded % 500 === 0 || loaded === total) options.onProgress?.(loaded, total)
    }
  }
  return ids
}
