import { APIError, type Access, type CollectionBeforeChangeHook, type Where } from 'payload'

import { hasRole, isStaffEditor, isWriter } from './roles'
import { type NewsroomSlugs, slugFor } from '../options/slugs'

const ofLiveArticle: Where = { 'article._status': { equals: 'published' } }
const standalone: Where = { article: { exists: false } }

/**
 * A quote is as public as the article carrying it. The public reads quotes of published articles only:
 * a quote without an article (the newsroom's library, not yet placed in a story) is for staff, and the
 * quotes of a deleted article are deleted with it (collections/Articles/hooks/deleteQuotes.ts). Authors
 * read quotes of published articles, of their own articles and the standalone library they place
 * quotes from; editors and admins read all.
 */
export const readQuotes: Access = ({ req: { user } }) => {
  if (isStaffEditor(user)) return true
  if (user && isWriter(user)) return { or: [ofLiveArticle, standalone, { 'article.createdBy': { equals: user.id } }] }
  return ofLiveArticle
}

/** Authors change only quotes nobody reads yet: standalone ones and those of their own drafts. */
export const updateQuotes: Access = ({ req: { user } }) => {
  if (isStaffEditor(user)) return true
  if (user && hasRole(user, 'author')) {
    return { or: [standalone, { and: [{ 'article.createdBy': { equals: user.id } }, { 'article._status': { not_equals: 'published' } }] }] }
  }
  return false
}

const idOf = (value: unknown): null | number | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return (value as { id?: number | string }).id ?? null
  return value as number | string
}

/**
 * An author may attach a quote only to an article they may still edit unseen: one of their own drafts.
 * Otherwise a quote would go live at once on a published story, or land in someone else's draft.
 */
export const authorsQuoteOwnDrafts =
  (slugs: NewsroomSlugs): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const user = req.user
    if (!user || isStaffEditor(user) || !('article' in data)) return data
    const articleId = idOf(data.article)
    if (articleId === null || String(articleId) === String(idOf(originalDoc?.article))) return data
    const article = await req.payload.findByID({ collection: slugFor(slugs, 'articles'), id: articleId, depth: 0, overrideAccess: true, req, disableErrors: true })
    // A missing article is the field validator's to report (400), not an access question.
    if (!article) return data
    const owner = idOf(article.createdBy)
    if (owner === null || String(owner) !== String(user.id)) {
      throw new APIError(`Authors may only attach quotes to their own draft articles: article ${articleId} is not yours.`, 403, null, true)
    }
    if (article._status === 'published') {
      throw new APIError(`Authors may only attach quotes to their own draft articles: article ${articleId} is published, ask an editor.`, 403, null, true)
    }
    return data
  }
