import type { CollectionBeforeChangeHook } from 'payload'

import type { NewsroomSlugs } from '../../options/slugs'

/**
 * Remembers which user created an article, so that authors can be limited to their own drafts. Only a
 * user of our users collection: an app may sign people in through auth collections of its own, whose ids
 * would name someone else (or no one) in ours.
 */
export const setCreatedBy =
  (slugs: NewsroomSlugs): CollectionBeforeChangeHook =>
  ({ data, operation, req }) => {
    if (operation === 'create' && req.user && req.user.collection === slugs.users && !data.createdBy) return { ...data, createdBy: req.user.id }
    return data
  }
