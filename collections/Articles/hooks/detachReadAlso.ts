import type { CollectionBeforeDeleteHook } from 'payload'

import { articlesWithBlockPointingAt } from '../../hooks/bodyReferences'
import { patchArticle } from './resolveReadAlso'
import { markArticleDeleting } from '../../hooks/deletingArticles'
import { type NewsroomSlugs, slugFor } from '../../options/slugs'
import type { ArticleDoc as Article } from '../../types'

type Id = number | string
type LexicalNode = Record<string, unknown> & { children?: LexicalNode[] }

/** What a "read also" block keeps of an article that is deleted: the text readers saw. */
export interface DeletedTarget {
  id: Id
  title: string
  publishedAt: null | string
  views: null | number
  /** A story that was never published never showed its headline: its blocks are removed instead. */
  published: boolean
}

const idOf = (value: unknown): null | string => {
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: Id }).id)
  return null
}

const pointsAt = (node: LexicalNode, target: Id): boolean => {
  const fields = node.fields as Record<string, unknown> | undefined
  return node.type === 'block' && fields?.blockType === 'readAlso' && idOf(fields.article) === String(target)
}

/**
 * A copy of a body whose "read also" blocks pointing at `target` become headline-only blocks (the
 * deleted story's headline, date and views, as a wire import keeps a headline naming no article), or
 * are removed when the story was never published. Null when the body has no such block.
 */
export function detachReadAlsoBlocks(body: Article['body'], target: DeletedTarget): Article['body'] | null {
  if (!body?.root) return null
  const copy = structuredClone(body)
  let changed = false
  const visit = (node: LexicalNode): void => {
    if (!Array.isArray(node.children)) return
    const kept: LexicalNode[] = []
    for (const child of node.children) {
      if (pointsAt(child, target.id)) {
        changed = true
        if (!target.published) continue
        const fields = child.fields as Record<string, unknown>
        kept.push({
          ...child,
          fields: { ...fields, article: null, headline: target.title, publishedAt: target.publishedAt, views: target.views },
        })
        continue
      }
      visit(child)
      kept.push(child)
    }
    node.children = kept
  }
  visit(copy.root as unknown as LexicalNode)
  return changed ? copy : null
}

/**
 * beforeDelete on articles: "read also" blocks in other stories that point at the deleted one keep
 * its headline (with its date and views) instead of pointing at nothing, in the stored story and in
 * its pending draft; a never-published story's blocks are removed. Runs in the delete's transaction,
 * before the row goes, so the other stories still validate while they are rewritten.
 */
export const detachReadAlso =
  (slugs: NewsroomSlugs): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    markArticleDeleting(req, id)
    const referencing = await articlesWithBlockPointingAt(req, slugs, { blockType: 'readAlso', field: 'article', id, exceptArticle: id })
    if (referencing.length === 0) return
    const deleted = await req.payload.findByID({ collection: slugFor(slugs, 'articles'), id, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })
    if (!deleted) return
    const target: DeletedTarget = {
      id,
      title: deleted.title,
      publishedAt: deleted.publishedAt ?? null,
      views: typeof deleted.views === 'number' ? deleted.views : null,
      published: deleted._status === 'published',
    }
    for (const other of referencing) {
      await patchArticle(req, slugs, other, (doc) => ({ body: detachReadAlsoBlocks(doc.body, target) ?? doc.body }))
    }
  }
