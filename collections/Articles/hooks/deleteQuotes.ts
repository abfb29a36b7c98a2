import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Deletes the quotes that belong to an article with it. A quote is as public as its article; left
 * behind without one, the quotes of a deleted draft would become standalone and so readable by staff
 * who never had access to the draft. Runs before the delete, while the quotes still name the article
 * (the database nulls the foreign key afterwards).
 */
export const deleteQuotes: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'quotes', where: { article: { equals: id } }, overrideAccess: true, req })
}
