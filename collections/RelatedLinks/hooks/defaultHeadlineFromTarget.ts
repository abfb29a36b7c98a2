import type { CollectionBeforeChangeHook } from 'payload'

import { type NewsroomSlugs, slugFor } from '../../options/slugs'

/** A link to an article shows that article's title unless an editor wrote another headline. */
export const defaultHeadlineFromTarget =
  (slugs: NewsroomSlugs): CollectionBeforeChangeHook =>
  async ({ data, req }) => {
    if (data.headline?.trim() || !data.to) return data
    const id = typeof data.to === 'object' ? data.to.id : data.to
    const target = await req.payload.findByID({ collection: slugFor(slugs, 'articles'), id, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })
    return target ? { ...data, headline: target.title } : data
  }
