import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import type { SanitizedRelatedCollection, SanitizedRelatedOptions } from '../../options'
import { asEngineWrite } from '../engine'
import { inlineTargets } from '../inlineLinks'

const idOf = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return 'id' in (value as object) ? String((value as { id: unknown }).id) : null
  return String(value)
}

/**
 * A story the body already links inline ("Read also") is not listed again at the end: its links are
 * marked excluded, which every read path already hides (the join, REST, GraphQL, the endpoints) and
 * which keeps the engine from linking it again. Only a published save counts: a draft's body is not
 * what readers see yet.
 */
export const excludeInlineLinks =
  (entry: SanitizedRelatedCollection, options: SanitizedRelatedOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    if (collection.versions?.drafts && doc._status === 'draft') return doc
    const inline = inlineTargets(doc[entry.fields.body], entry.inlineLinkBlocks)
    if (inline.size === 0) return doc
    await asEngineWrite(req, (context) =>
      req.payload.update({
        collection: options.linksCollection as CollectionSlug,
        where: { and: [{ from: { equals: doc.id } }, { to: { in: [...inline] } }, { excluded: { not_equals: true } }] },
        data: { excluded: true, pinned: false } as never,
        overrideAccess: true,
        req,
        context,
      }),
    )
    return doc
  }

/** A link made to a story its source already links inline starts excluded, for the same reason. */
export const excludeNewInlineLink =
  (options: SanitizedRelatedOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create' || data.excluded === true) return data
    const from = idOf(data.from)
    const to = idOf(data.to)
    if (from === null || to === null) return data
    const entry = options.collections[0]
    const source = (await req.payload.findByID({
      collection: entry.slug as CollectionSlug,
      id: from,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      joins: false as never,
      req,
    })) as null | Record<string, unknown>
    if (!source || !inlineTargets(source[entry.fields.body], entry.inlineLinkBlocks).has(to)) return data
    return { ...data, excluded: true, pinned: false }
  }
