/**
 * The closest existing stories to a "read also" headline that matched none, for the import preview: the
 * editor sees which article was probably meant and can link it by hand.
 */
import type { PayloadRequest, Where } from 'payload'

import { type NewsroomSlugs, slugFor } from '../options/slugs'
import type { ArticleDoc } from '../types'
import { headlineSimilarity, searchTerms } from './similarity'

export interface ArticleSuggestion {
  id: number
  title: string
  slug: null | string
  score: number
}

/** Below this a title shares too little with the headline to be worth showing. */
const MIN_SCORE = 0.4

export async function suggestArticles(
  req: PayloadRequest,
  slugs: NewsroomSlugs,
  headline: string,
  options: { excludeId?: null | number; limit?: number } = {},
): Promise<ArticleSuggestion[]> {
  const terms = searchTerms(headline, 4)
  if (terms.length === 0) return []
  const and: Where[] = [{ or: terms.map((term): Where => ({ title: { contains: term } })) }]
  if (options.excludeId !== undefined && options.excludeId !== null) and.push({ id: { not_equals: options.excludeId } })
  const { docs } = await req.payload.find({
    collection: slugFor(slugs, 'articles'),
    where: { and },
    select: { title: true, slug: true },
    sort: '-publishedAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs as unknown as Array<Pick<ArticleDoc, 'id' | 'slug' | 'title'>>)
    .map((doc) => ({ id: doc.id, title: doc.title, slug: doc.slug ?? null, score: Math.round(headlineSimilarity(headline, doc.title) * 1000) / 1000 }))
    .filter((suggestion) => suggestion.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit ?? 3)
}
