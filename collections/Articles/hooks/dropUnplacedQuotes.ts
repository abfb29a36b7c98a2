import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { quoteIdsInBody } from '../../lib/lexical'
import { type NewsroomSlugs, slugFor } from '../../options/slugs'

/** Per request, not in `context`: hooks of other features may hand on a fresh context object. */
const placedLive = new WeakMap<object, Map<string, Array<number | string>>>()

/**
 * Remembers the quotes the live (published) story places before a save changes it: publishing a draft
 * that dropped a Quote block compares with the live story, not with that draft.
 */
export const rememberLiveQuotes =
  (slugs: NewsroomSlugs): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc?.id || data._status === 'draft') return data
    const live = await req.payload.findByID({ collection: slugFor(slugs, 'articles'), id: originalDoc.id, depth: 0, draft: false, select: { body: true }, overrideAccess: true, req, disableErrors: true })
    if (!placedLive.has(req)) placedLive.set(req, new Map())
    placedLive.get(req)?.set(String(originalDoc.id), quoteIdsInBody(live?.body))
    return data
  }

/**
 * No orphans: a quote that belonged to this article and was placed in its body, and whose Quote block
 * this save removed, is deleted (nobody uses it: a quote is as public as its article, so it cannot be
 * placed in another story). Only a save readers will see counts, as for linkQuotesToArticle: a draft
 * saved over a published story keeps the live story's quotes. Quotes attached to the article without
 * ever being placed (from the Quotes list) are left alone, and a quote another body still places is
 * kept by refuseDeleteWhilePlaced (a bulk delete reports it instead of failing the save).
 */
export const dropUnplacedQuotes =
  (slugs: NewsroomSlugs): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const placedBefore = [...quoteIdsInBody(previousDoc?.body), ...(placedLive.get(req)?.get(String(doc.id)) ?? [])]
    if (placedBefore.length === 0) return doc
    const placedNow = new Set(quoteIdsInBody(doc.body).map(String))
    const removed = placedBefore.filter((id) => !placedNow.has(String(id)))
    if (removed.length === 0) return doc
    if (doc._status === 'draft') {
      const live = await req.payload.findByID({ collection: slugFor(slugs, 'articles'), id: doc.id, depth: 0, draft: false, select: { _status: true }, overrideAccess: true, req, disableErrors: true })
      if (live?._status === 'published') return doc
    }
    await req.payload.delete({
      collection: slugFor(slugs, 'quotes'),
      where: { and: [{ id: { in: removed } }, { article: { equals: doc.id } }] },
      overrideAccess: true,
      req,
    })
    return doc
  }
