import type { CollectionBeforeDeleteHook } from 'payload'

import { type NewsroomSlugs, slugFor } from '../../options/slugs'

/**
 * Deletes the quotes that belong to an article with it. A quote is as public as its article; left
 * behind without one, the quotes of a deleted draft would become standalone and so readable by staff
 * who never had access to the draft. Runs before the delete, while the quotes still name the article
 * (the database nulls the foreign key afterwards).
 */
export const deleteQuotes =
  (slugs: NewsroomSlugs): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({ collection: slugFor(slugs, 'quotes'), where: { article: { equals: id } }, overrideAccess: true, req })
  }
