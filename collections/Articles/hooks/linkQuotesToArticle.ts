import type { CollectionAfterChangeHook } from 'payload'

import { quoteIdsInBody } from '../../lib/lexical'
import { type NewsroomSlugs, slugFor } from '../../options/slugs'

/**
 * A quote placed in an article's body belongs to that article unless it already names another. Not on
 * a draft saved over a published story: the quote would belong to a live article and go public before
 * the draft does. It is linked when that draft is published (this hook runs again then).
 */
export const linkQuotesToArticle =
  (slugs: NewsroomSlugs): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const ids = quoteIdsInBody(doc.body)
    if (ids.length === 0) return doc
    if (doc._status === 'draft') {
      const live = await req.payload.findByID({ collection: slugFor(slugs, 'articles'), id: doc.id, depth: 0, draft: false, select: { _status: true }, overrideAccess: true, req, disableErrors: true })
      if (live?._status === 'published') return doc
    }
    await req.payload.update({
      collection: slugFor(slugs, 'quotes'),
      where: { and: [{ id: { in: ids } }, { article: { exists: false } }] },
      data: { article: doc.id },
      overrideAccess: true,
      req,
    })
    return doc
  }
