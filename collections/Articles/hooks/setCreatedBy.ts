import type { CollectionBeforeChangeHook } from 'payload'

/** Remembers which user created an article, so that authors can be limited to their own drafts. */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && !data.createdBy) return { ...data, createdBy: req.user.id }
  return data
}
