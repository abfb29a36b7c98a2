import type { CollectionAfterChangeHook, PayloadRequest, Where } from 'payload'

import { HEADLINE_MATCH_THRESHOLD, headlineKeys, headlineSimilarity, searchTerms } from '../../import/similarity'
import { lockLinksOf } from '@newsroom/plugin'

import { type NewsroomSlugs, slugFor } from '../../options/slugs'
import type { ArticleDoc as Article, RelatedLinkDoc as RelatedLink } from '../../types'

/**
 * Inline "read also" headlines and the articles they name.
 *
 * The wire importer keeps a headline that names no article yet as a `readAlso` body block with only its
 * text, date and views, and records it in the article's hidden `unresolvedHeadlines` array (block id,
 * headline and its normalised form, indexed). When an article is published, the hook below looks for
 * such pending headlines that match its title and resolves them: the block gets `article`, a manual
 * RelatedLink is made at the block's position, and the entry is removed.
 *
 * Why an array field rather than searching bodies: a query on the body's JSON would scan every article's
 * rich text and compare escaped JSON strings; the array is a small indexed table that only holds what is
 * still pending, and it can live on the Articles collection without another collection in the config.
 */

/** Set on the request context while this module writes, so its own writes do not trigger it again. */
export const READ_ALSO_CONTEXT = 'resolveReadAlso'

type Id = number | string
type LexicalNode = Record<string, unknown> & { children?: LexicalNode[] }
type Body = NonNullable<Article['body']>
type PendingHeadline = NonNullable<Article['unresolvedHeadlines']>[number]

export interface ArticleMatch {
  id: number
  title: string
  slug: null | string
  score: number
}

const idOf = (value: unknown): Id | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return null
}

/** Runs `fn` with extra request-context keys, then restores the context: Payload merges a call's context into req.context for good. */
export async function withContext<T>(req: PayloadRequest, extra: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
  const saved = req.context
  req.context = { ...saved, ...extra }
  try {
    return await fn()
  } finally {
    req.context = saved
  }
}

/** Inline after paragraph N (N ≥ 1), or at the end when the headline came before the first paragraph. */
export function linkPosition(afterParagraph: number): { placement: 'end' | 'inline'; afterParagraph: null | number } {
  return afterParagraph >= 1 ? { placement: 'inline', afterParagraph } : { placement: 'end', afterParagraph: null }
}

/**
 * The published article whose title best matches a headline (exact after normalisation, else Dice
 * ≥ threshold), or null. Candidates come from cheap queries: the exact title, and titles containing
 * each of the headline's three longest words (at most 25 each, newest first).
 */
export async function findArticleByHeadline(
  req: PayloadRequest,
  slugs: NewsroomSlugs,
  headline: string,
  options: { excludeId?: Id | null; threshold?: number } = {},
): Promise<ArticleMatch | null> {
  const threshold = options.threshold ?? HEADLINE_MATCH_THRESHOLD
  const base: Where[] = [{ _status: { equals: 'published' } }]
  if (options.excludeId !== undefined && options.excludeId !== null) base.push({ id: { not_equals: options.excludeId } })
  const filters: Where[] = [{ title: { equals: headline } }, ...searchTerms(headline).map((term): Where => ({ title: { contains: term } }))]
  const candidates = new Map<number, Pick<Article, 'id' | 'publishedAt' | 'slug' | 'title'>>()
  for (const filter of filters) {
    const { docs } = await req.payload.find({
      collection: slugFor(slugs, 'articles'),
      where: { and: [...base, filter] },
      select: { title: true, slug: true, publishedAt: true },
      sort: '-publishedAt',
      limit: 25,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as Array<Pick<Article, 'id' | 'publishedAt' | 'slug' | 'title'>>) candidates.set(doc.id, doc)
  }
  let best: ArticleMatch | null = null
  let bestDate = ''
  for (const doc of candidates.values()) {
    const score = headlineSimilarity(headline, doc.title)
    if (score < threshold) continue
    const date = doc.publishedAt ?? ''
    // The closest title wins; between equally close ones, the newest story.
    if (!best || score > best.score || (score === best.score && date > bestDate)) {
      best = { id: doc.id, title: doc.title, slug: doc.slug ?? null, score }
      bestDate = date
    }
  }
  return best
}

/**
 * Makes or updates the manual link from one article to another for an inline "read also" headline.
 * Without an `order`, a new link goes after the article's other links and an existing one keeps its
 * place. An editor's `pinned` and `excluded` choices on an existing link are left as they are.
 */
export async function upsertReadAlsoLink(
  req: PayloadRequest,
  slugs: NewsroomSlugs,
  link: { from: Id; to: Id; headline: string; afterParagraph: number; order?: number },
): Promise<{ doc: RelatedLink; created: boolean }> {
  const common = { depth: 0, overrideAccess: true, req } as const
  const collection = slugFor(slugs, 'relatedLinks')
  const data = {
    from: Number(link.from),
    to: Number(link.to),
    headline: link.headline,
    origin: 'manual' as const,
    position: linkPosition(link.afterParagraph),
    ...(link.order === undefined ? {} : { order: link.order }),
  }
  // A recompute of the same story may be writing its links right now: wait for it, then look.
  await lockLinksOf(req.payload, link.from, req)
  const { docs } = await req.payload.find({
    ...common,
    collection,
    where: { and: [{ from: { equals: link.from } }, { to: { equals: link.to } }] },
    limit: 1,
  })
  if (docs[0]) {
    const doc = await req.payload.update({ ...common, collection, id: docs[0].id, data })
    return { doc: doc as unknown as RelatedLink, created: false }
  }
  let order = link.order
  if (order === undefined) {
    const { docs: last } = await req.payload.find({
      ...common,
      collection,
      where: { from: { equals: link.from } },
      select: { order: true },
      sort: '-order',
      limit: 1,
    })
    order = ((last[0]?.order as null | number | undefined) ?? -1) + 1
  }
  const doc = await req.payload.create({ ...common, collection, data: { ...data, order } })
  return { doc: doc as unknown as RelatedLink, created: true }
}

/** Depth-first walk over a Lexical tree's nodes, calling `visit` for every node in document order. */
function walk(node: LexicalNode | undefined, visit: (node: LexicalNode) => void): void {
  if (!node) return
  visit(node)
  for (const child of node.children ?? []) walk(child, visit)
}

/**
 * Sets `article` on the readAlso block with the given id, in a copy of the body. Returns the new body
 * and how many paragraphs precede the block (its position), or null when the block is gone or already
 * names an article (an editor took it out or chose a link).
 */
export function linkReadAlsoBlock(body: Article['body'], blockId: string, articleId: Id): { body: Body; afterParagraph: number } | null {
  if (!body?.root) return null
  const copy = structuredClone(body) as Body
  let paragraphs = 0
  let found: null | number = null
  walk(copy.root as unknown as LexicalNode, (node) => {
    if (found !== null) return
    if (node.type === 'paragraph') paragraphs++
    const fields = node.fields as Record<string, unknown> | undefined
    if (node.type === 'block' && fields?.blockType === 'readAlso' && fields.id === blockId && idOf(fields.article) === null) {
      fields.article = Number(articleId)
      found = paragraphs
    }
  })
  return found === null ? null : { body: copy, afterParagraph: found }
}

/**
 * A document as data for a full write: every stored field, without the id, timestamps, join and
 * virtual fields (computed, not stored; `baseVersion` would make the write a stale-version check).
 */
function writable(req: PayloadRequest, slugs: NewsroomSlugs, doc: Article): Partial<Article> {
  const joins = new Set(
    req.payload.collections[slugFor(slugs, 'articles')].config.flattenedFields
      .filter((field) => field.type === 'join' || ('virtual' in field && field.virtual))
      .map((field) => field.name),
  )
  return Object.fromEntries(
    Object.entries(doc).filter(([key]) => !joins.has(key) && !['id', 'createdAt', 'updatedAt'].includes(key)),
  ) as Partial<Article>
}

/**
 * Writes a change to an article computed from its current content, keeping its publication state.
 * A published article with a newer unpublished draft gets the change in both: the live document is
 * written whole (Payload would otherwise start from the latest draft and publish its edits), then the
 * draft is saved again on top, so that neither the live story nor the editor's pending draft is lost.
 */
export async function patchArticle(
  req: PayloadRequest,
  slugs: NewsroomSlugs,
  id: Id,
  patch: (doc: Article) => Partial<Article>,
): Promise<void> {
  const common = { collection: slugFor(slugs, 'articles'), id, depth: 0, overrideAccess: true, req }
  const main = await req.payload.findByID({ ...common, draft: false })
  const latest = await req.payload.findByID({ ...common, draft: true })
  await withContext(req, { [READ_ALSO_CONTEXT]: true }, async () => {
    if (main._status === 'published' && latest._status === 'draft') {
      await req.payload.update({ ...common, data: { ...writable(req, slugs, main as Article), ...patch(main as Article), _status: 'published' } as never })
      await req.payload.update({ ...common, draft: true, data: { ...writable(req, slugs, latest as Article), ...patch(latest as Article), _status: 'draft' } as never })
    } else {
      await req.payload.update({ ...common, data: { ...patch(latest as Article), _status: latest._status ?? 'draft' } as never })
    }
  })
}

export interface ResolvedHeadline {
  from: Id
  to: Id
  headline: string
  linkId: Id | null
}

/**
 * Resolves the pending "read also" headlines of other articles that match `target`'s title. Bounded:
 * only articles with a pending headline equal to the title or containing one of its three longest words
 * are read (at most 100), and every resolved entry leaves the table.
 */
export async function resolvePendingReadAlso(req: PayloadRequest, slugs: NewsroomSlugs, target: Pick<Article, 'id' | 'title'>): Promise<ResolvedHeadline[]> {
  if (!target.title) return []
  const field = 'unresolvedHeadlines.normalized'
  const { docs } = await req.payload.find({
    collection: slugFor(slugs, 'articles'),
    where: {
      and: [
        { id: { not_equals: target.id } },
        { or: [{ [field]: { in: headlineKeys(target.title) } }, ...searchTerms(target.title).map((term): Where => ({ [field]: { contains: term } }))] },
      ],
    },
    select: { unresolvedHeadlines: true },
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const resolved: ResolvedHeadline[] = []
  for (const candidate of docs as unknown as Array<Pick<Article, 'id' | 'unresolvedHeadlines'>>) {
    const matching = (candidate.unresolvedHeadlines ?? []).filter(
      (entry) => headlineSimilarity(entry.headline, target.title) >= HEADLINE_MATCH_THRESHOLD,
    )
    if (matching.length === 0) continue
    resolved.push(...(await resolveEntries(req, slugs, candidate.id, matching, target.id)))
  }
  return resolved
}

async function resolveEntries(req: PayloadRequest, slugs: NewsroomSlugs, from: Id, entries: PendingHeadline[], to: Id): Promise<ResolvedHeadline[]> {
  const done = new Set(entries.map((entry) => entry.blockId))
  // Where each block sits in the current (latest) body, for the link's position.
  const positions = new Map<string, number>()
  await patchArticle(req, slugs, from, (doc) => {
    let body = doc.body
    for (const entry of entries) {
      const linked = linkReadAlsoBlock(body, entry.blockId, to)
      if (!linked) continue
      body = linked.body
      if (!positions.has(entry.blockId)) positions.set(entry.blockId, linked.afterParagraph)
    }
    return {
      body,
      unresolvedHeadlines: (doc.unresolvedHeadlines ?? []).filter((entry) => !done.has(entry.blockId)),
    }
  })
  const resolved: ResolvedHeadline[] = []
  // One link per pair of articles (the collection's unique index): the first headline's position wins.
  const entry = entries.find((candidate) => positions.has(candidate.blockId))
  if (entry) {
    const { doc } = await upsertReadAlsoLink(req, slugs, { from, to, headline: entry.headline, afterParagraph: positions.get(entry.blockId) ?? 0 })
    resolved.push({ from, to, headline: entry.headline, linkId: doc.id })
  }
  for (const other of entries) {
    if (other !== entry) resolved.push({ from, to, headline: other.headline, linkId: null })
  }
  return resolved
}

/**
 * afterChange on articles: once an article is published (on every save while it is), pending "read
 * also" headlines elsewhere that match its title are linked to it. Runs in the save's transaction.
 */
export const resolveReadAlso =
  (slugs: NewsroomSlugs): CollectionAfterChangeHook =>
  async ({ context, doc, req }) => {
    if (context?.[READ_ALSO_CONTEXT] || req.context?.[READ_ALSO_CONTEXT] || doc?._status !== 'published') return doc
    await withContext(req, { [READ_ALSO_CONTEXT]: true }, () => resolvePendingReadAlso(req, slugs, doc as Article))
    return doc
  }
