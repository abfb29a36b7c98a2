import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { SITE_REVALIDATE_SECONDS, SITE_TAGS } from './cacheTags'
import { siteQuery } from './graphql/client'
import {
  ArticlePageDocument,
  type ArticlePageQuery,
  BodyImagesDocument,
  type BodyImagesQuery,
  HomePageDocument,
  LatestStoriesDocument,
  PersonPageDocument,
  ReadAlsoTargetsDocument,
  type ReadAlsoTargetsQuery,
  TagPageDocument,
} from './graphql/generated'
import { bodyReferences, type LexicalNode } from './lexical'

export type ArticleData = NonNullable<ArticlePageQuery['Articles']>['docs'][number]
export type ReadAlsoTarget = NonNullable<ReadAlsoTargetsQuery['Articles']>['docs'][number]
export type BodyPicture = NonNullable<BodyImagesQuery['allMedia']>['docs'][number]

export const PAGE_SIZE = 20

/** The story, the stories its body's "read also" blocks name and its Image blocks' pictures: three queries at most, whatever the body holds. */
async function fetchArticle(slug: string, draft: boolean, cookie?: string): Promise<{ article: ArticleData; readAlso: ReadAlsoTarget[]; images: BodyPicture[] } | null> {
  const page = await siteQuery(ArticlePageDocument, { slug, draft }, { cookie })
  const article = page.Articles?.docs[0]
  if (!article) return null
  const references = bodyReferences(article.body as { root?: LexicalNode })
  const [readAlso, images] = await Promise.all([
    references.articles.length === 0
      ? []
      : siteQuery(ReadAlsoTargetsDocument, { where: { OR: references.articles.slice(0, 50).map((id) => ({ id: { equals: id } })) }, draft }, { cookie }).then((answer) => answer.Articles?.docs ?? []),
    references.images.length === 0
      ? []
      : siteQuery(BodyImagesDocument, { where: { OR: references.images.slice(0, 50).map((id) => ({ id: { equals: id } })) } }, { cookie }).then((answer) => answer.allMedia?.docs ?? []),
  ])
  return { article, readAlso, images }
}

/**
 * A published story, cached under its tag; a draft (draft mode: `previewCookie` is the editor's session)
 * never cached. Once per render (React `cache`): the page and its metadata share one fetch.
 */
export const loadArticle = cache((slug: string, previewCookie?: string) => {
  if (previewCookie !== undefined) return fetchArticle(slug, true, previewCookie)
  return unstable_cache(() => fetchArticle(slug, false), ['site-article', slug], {
    tags: [SITE_TAGS.article(slug)],
    revalidate: SITE_REVALIDATE_SECONDS,
  })()
})

const listCache = <Args extends unknown[], Result>(name: string, load: (...args: Args) => Promise<Result>) =>
  unstable_cache(load, [name], { tags: [SITE_TAGS.lists], revalidate: SITE_REVALIDATE_SECONDS })

export const loadHome = listCache('site-home', (page: number) => siteQuery(HomePageDocument, { page, limit: PAGE_SIZE }))
export const loadTag = listCache('site-tag', (tag: string, page: number) => siteQuery(TagPageDocument, { tag, page, limit: PAGE_SIZE }))
export const loadPerson = cache(listCache('site-person', async (slugOrId: string) => {
  // A number is an id (people without a slug have links by id); anything else a slug.
  const where = /^\d{1,9}$/.test(slugOrId) ? { OR: [{ id: { equals: Number(slugOrId) } }, { slug: { equals: slugOrId } }] } : { slug: { equals: slugOrId } }
  return (await siteQuery(PersonPageDocument, { where })).People?.docs[0] ?? null
}))

/** The latest `count` stories (feeds, sitemaps), 100 a request: the API's maximum page size. */
export const loadLatest = listCache('site-latest', async (count: number) => {
  const stories = []
  for (let page = 1; stories.length < count; page++) {
    const answer = await siteQuery(LatestStoriesDocument, { page, limit: Math.min(100, count) })
    stories.push(...(answer.Articles?.docs ?? []))
    if (!answer.Articles?.hasNextPage) break
  }
  return stories.slice(0, count)
})
