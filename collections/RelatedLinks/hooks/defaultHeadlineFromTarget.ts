import type { CollectionBeforeChangeHook } from 'payload'

/** A link to an article shows that article's title unless an editor wrote another headline. */
export const defaultHeadlineFromTarget: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (data.headline?.trim() || !data.to) return data
  const id = typeof data.to === 'object' ? data.to.id : data.to
  const target = await req.payload.findByID({ collection: 'articles', id, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })
  return target ? { ...data, headline: target.title } : data
}
