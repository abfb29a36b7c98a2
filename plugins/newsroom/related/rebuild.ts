import type { CollectionSlug, Payload } from 'payload'

import type { SanitizedRelatedOptions } from '../options'
import { poolOf, RelatedEngine } from './engine'
import { ensureIndexSchema, indexBatch, readProgress, removeDocument, writeProgress } from './store'

export interface RebuildProgress {
  collection: string
  phase: 'index' | 'links'
  done: number
  total: number
}

export interface RebuildOptions {
  /** Recompute links too (default), or only the index. */
  links?: boolean
  batchSize?: number
  /** Documents linked at once in the links phase; PostgreSQL does most of the work, on its own cores. Default 2. */
  concurrency?: number
  /** Start again from the first document instead of where an interrupted run stopped. */
  restart?: boolean
  /** Only these collections (slugs); default every linked collection. One switched on later is filled this way while the app serves. */
  collections?: string[]
  onProgress?: (progress: RebuildProgress) => void
}

/**
 * Re-indexes every document of the linked collections and recomputes their links, in id order and
 * in batches, recording its position after each batch: stopped, it resumes where it was. Each
 * document is indexed in its own locked transaction, so the app can go on serving and saving.
 */
export async function rebuildRelated(payload: Payload, options: SanitizedRelatedOptions, run: RebuildOptions = {}): Promise<{ indexed: number; linked: number }> {
  // Before anything is written: a mistyped --collection creates nothing.
  const unknown = (run.collections ?? []).filter((slug) => !options.collections.some((collection) => collection.slug === slug))
  if (unknown.length) throw new Error(`related:rebuild: ${unknown.join(', ')} is not a collection with related headlines (${options.collections.map((c) => c.slug).join(', ')})`)
  const pool = poolOf(payload)
  await ensureIndexSchema(pool)
  const engine = new RelatedEngine(payload, options)
  const batchSize = run.batchSize ?? 500
  let indexed = 0
  let linked = 0
  for (const { slug } of options.collections.filter((collection) => !run.collections || run.collections.includes(collection.slug))) {
    const phases: Array<'index' | 'links'> = run.links === false ? ['index'] : ['index', 'links']
    for (const phase of phases) {
      const key = `${slug}:${phase}`
      if (run.restart) await writeProgress(pool, key, null)
      let after = await readProgress(pool, key)
      const { totalDocs: total } = await payload.count({ collection: slug as CollectionSlug, overrideAccess: true })
      let done = after === null ? 0 : (await payload.count({ collection: slug as CollectionSlug, where: { id: { less_than_equal: after } }, overrideAccess: true })).totalDocs
      // Linking reads only what placing and filtering need, not the text the index phase analysed.
      const { fields } = engine.collection(slug)
      const drafts = Boolean(payload.collections[slug as CollectionSlug]?.config.versions?.drafts)
      const select = phase === 'links' ? { [fields.body]: true, neverAutoLink: true, ...(drafts ? { _status: true } : {}) } : undefined
      for (;;) {
        const found = await payload.find({
          collection: slug as CollectionSlug,
          where: after === null ? {} : { id: { greater_than: after } },
          sort: 'id',
          limit: batchSize,
          depth: 0,
          draft: false,
          overrideAccess: true,
          pagination: false,
          joins: false as never,
          select: select as never,
        })
        const docs = found.docs as unknown as Array<Record<string, unknown> & { id: number | string }>
        if (docs.length === 0) break
        if (phase === 'index') {
          const records = docs
          const live = records.filter((doc) => engine.isLive(slug, doc))
          await indexBatch(pool, live.map((doc) => engine.describe(slug, doc)))
          for (const doc of records.filter((record) => !live.includes(record))) await removeDocument(pool, slug, String(doc.id))
          indexed += live.length
        } else {
          // The index phase has just indexed every live document: link them without reloading.
          const live = docs.filter((doc) => engine.isLive(slug, doc))
          let next = 0
          const worker = async () => {
            while (next < live.length) await engine.relink(slug, live[next++])
          }
          await Promise.all(Array.from({ length: Math.max(1, run.concurrency ?? 2) }, worker))
          linked += live.length
        }
        after = String(docs[docs.length - 1].id)
        done += docs.length
        await writeProgress(pool, key, after)
        run.onProgress?.({ collection: slug, phase, done, total })
      }
      await writeProgress(pool, key, null)
    }
  }
  return { indexed, linked }
}
