import type { CollectionAfterChangeHook } from 'payload'

import { quoteIdsInBody } from '../../lib/lexical'

/** A quote placed in an article's body belongs to that article unless it already names another. */
export const linkQuotesToArticle: CollectionAfterChangeHook = async ({ doc, req }) => {
  const ids = quoteIdsInBody(doc.body)
  if (ids.length === 0) return doc
  await req.payload.update({
    collection: 'quotes',
    where: { and: [{ id: { in: ids } }, { article: { exists: false } }] },
    data: { article: doc.id },
    overrideAccess: true,
    req,
  })
  return doc
}
