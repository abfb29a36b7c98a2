import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { articlesWithBlockPointingAt } from './bodyReferences'
import { articlesBeingDeleted } from './deletingArticles'
import { describeReferences, LISTED_REFERENCES } from './refuseDeleteWhileReferenced'

/**
 * beforeDelete on quotes: a quote placed in a story's body (a Quote block, stored or in the pending
 * draft) is not deleted: the block would point at nothing and the story could not be saved again
 * until someone found and removed it. 409, naming the stories. The deletion of the story itself
 * (which takes its body, and may take its quotes along) is not held up by its own body.
 */
export const refuseDeleteWhilePlaced: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const deleting = articlesBeingDeleted(req)
  const placed = (await articlesWithBlockPointingAt(req, { blockType: 'quote', field: 'quote', id })).filter((article) => !deleting.has(String(article)))
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
  throw new APIError(`Cannot delete quote ${id} while stories still carry it: ${entries.join(', ')}. Remove its Quote block from those stories first, then delete.`, 409, null, true)
}
