import type { FeedStory } from './feeds'
import { absoluteUrl, articlePath } from './publicUrl'

type Listed = {
  title: string | null
  slug: string | null
  lead?: string | null
  publishedAt?: string | null
  updatedAt?: string | null
  tags?: string[] | null
  author?: { name: string } | null
}

/** API documents as feed entries with absolute URLs; documents without a slug have no page and are left out. */
export function toFeedStories(docs: Listed[]): FeedStory[] {
  return docs
    .filter((doc) => doc.slug && doc.title)
    .map((doc) => ({
      title: doc.title!,
      url: absoluteUrl(articlePath(doc.slug!)),
      summary: doc.lead,
      publishedAt: doc.publishedAt,
      updatedAt: doc.updatedAt,
      author: doc.author?.name,
      tags: doc.tags,
    }))
}

export const xmlResponse = (xml: string, type = 'application/xml') =>
  new Response(xml, {
    headers: {
      'content-type': `${type}; charset=utf-8`,
      // Shared caches may keep it a minute, as long as the pages it lists.
      'cache-control': 'public, max-age=60, stale-while-revalidate=300',
    },
  })
