import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

/** The account made on the "create first user" screen must be able to manage the others. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug as CollectionSlug, req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
