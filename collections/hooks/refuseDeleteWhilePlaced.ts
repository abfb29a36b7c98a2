import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { articlesWithBlockPointingAt } from './bodyReferences'
import { articlesBeingDeleted } from './deletingArticles'
import { describeReferences, LISTED_REFERENCES } from './refuseDeleteWhileReferenced'
import { type NewsroomSlugs, slugFor } from '../options/slugs'

interface PlacedBlock {
  /** The body block that points at the document, and its field holding the id. */
  blockType: string
  field: string
  /** How the 409 names the document and what stories do with it: "quote", "carry"; "image", "show". */
  noun: string
  verb: string
  /** The block's label in the admin, for "Remove its Quote block". */
  blockLabel: string
}

/**
 * beforeDelete for a document that stories place in their body through a block (a Quote block, an
 * Image block), stored or in the latest draft: it is not deleted, because the block would point at
 * nothing and the story could not be saved again until someone found and removed it. 409, naming the
 * stories. The deletion of a story itself (which takes its body along) is not held up by its own body.
 */
export const refuseDeleteWhilePlacedIn =
  (slugs: NewsroomSlugs, block: PlacedBlock): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const deleting = articlesBeingDeleted(req)
    const placed = (await articlesWithBlockPointingAt(req, slugs, { blockType: block.blockType, field: block.field, id })).filter((article) => !deleting.has(String(article)))
    if (placed.length === 0) return
    const { docs } = await req.payload.find({
      collection: slugFor(slugs, 'articles'),
      where: { id: { in: placed.slice(0, LISTED_REFERENCES) } },
      draft: true,
      depth: 0,
      limit: LISTED_REFERENCES,
      sort: 'id',
      overrideAccess: true,
      req,
      select: { title: true },
    })
    const listed = docs.map((doc) => ({ id: doc.id, title: String(doc.title ?? '') }))
    const entries = describeReferences({ role: 'placed in', noun: ['article', 'articles'] }, { total: placed.length, listed })
    throw new APIError(
      `Cannot delete ${block.noun} ${id} while stories still ${block.verb} it: ${entries.join(', ')}. Remove its ${block.blockLabel} block from those stories first, then delete.`,
      409,
      null,
      true,
    )
  }

/** Quotes placed by a Quote block. */
export const refuseDeleteWhilePlaced = (slugs: NewsroomSlugs) => refuseDeleteWhilePlacedIn(slugs, { blockType: 'quote', field: 'quote', noun: 'quote', verb: 'carry', blockLabel: 'Quote' })
