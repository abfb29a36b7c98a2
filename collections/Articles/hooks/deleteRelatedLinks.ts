import type { CollectionBeforeDeleteHook } from 'payload'

import { type NewsroomSlugs, slugFor } from '../../options/slugs'

/**
 * Removes the links from and to an article before it goes. This runs before the delete because the
 * database then nulls the foreign keys, and a link whose ends are gone could no longer be found.
 */
export const deleteRelatedLinks =
  (slugs: NewsroomSlugs): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({
      collection: slugFor(slugs, 'relatedLinks'),
      where: { or: [{ from: { equals: id } }, { to: { equals: id } }] },
      overrideAccess: true,
      req,
    })
  }
