import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { type NewsroomSlugs, slugFor } from '../options/slugs'

/**
 * The articles this request is deleting. A quote placed in an article's body may not be deleted
 * (see Quotes), except by the deletion of that very article, which takes its body along.
 */
const KEY = 'newsroomDeletingArticles'

type Id = number | string

export function markArticleDeleting(req: PayloadRequest, id: Id): void {
  const set = (req.context[KEY] as Set<string> | undefined) ?? new Set<string>()
  set.add(String(id))
  req.context[KEY] = set
}

export function articlesBeingDeleted(req: PayloadRequest): Set<string> {
  return (req.context[KEY] as Set<string> | undefined) ?? new Set()
}

/**
 * beforeOperation on articles: marks the articles a delete is about to remove, before any delete hook
 * runs (by id; for a bulk delete, those its filter matches, as the delete itself will read them).
 */
export const markArticlesDeleting =
  (slugs: NewsroomSlugs): CollectionBeforeOperationHook =>
  async ({ args, operation }) => {
    if (operation !== 'delete') return args
    const { id, req, where } = args as { id?: Id; req?: PayloadRequest; where?: Where }
    if (!req) return args
    if (id !== undefined && id !== null) {
      markArticleDeleting(req, id)
    } else if (where) {
      const { docs } = await req.payload.find({ collection: slugFor(slugs, 'articles'), where, depth: 0, limit: 0, pagination: false, overrideAccess: true, req, select: {} })
      for (const doc of docs) markArticleDeleting(req, doc.id)
    }
    return args
  }
