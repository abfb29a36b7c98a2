import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { articlesWithBlockPointingAt } from '../../hooks/bodyReferences'
import { articlesBeingDeleted } from '../../hooks/deletingArticles'
import { describeReferences, LISTED_REFERENCES } from '../../hooks/refuseDeleteWhileReferenced'

/**
 * beforeDelete on media: an image placed in a story's body (an Image block, stored or in the latest
 * draft) is not deleted: the block would point at nothing and the story could not be saved again.
 * 409 naming the stories. A story being deleted itself does not hold its images up.
 */
export const refuseDeleteWhileInBody: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const deleting = articlesBeingDeleted(req)
  const placed = (await articlesWithBlockPointingAt(req, { blockType: 'image', field: 'image', id })).filter((article) => !deleting.has(String(article)))
  if (placed.length === 0) return
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { id: { in: placed.slice(0, LISTED_REFERENCES) } },
    draft: true,
    depth: 0,
    limit: LISTED_REFERENCES,
    sort: 'id',
    overrideAccess: true,
    req,
    select: { title: true },
  })
  const listed = docs.map((doc) => ({ id: doc.id, title: doc.title ?? '' }))
  const entries = describeReferences({ role: 'placed in', noun: ['article', 'articles'] }, { total: placed.length, listed })
  throw new APIError(`Cannot delete image ${id} while stories still show it: ${entries.join(', ')}. Remove its Image block from those stories first, then delete.`, 409, null, true)
}
