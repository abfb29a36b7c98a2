import { loadLatest } from '../../../site/data'
import { xmlResponse } from '../../../site/feedStories'
import { buildSitemap } from '../../../site/feeds'
import { absoluteUrl, articlePath } from '../../../site/publicUrl'

export const dynamic = 'force-dynamic'

/** The home page and the 1,000 latest stories (older ones are reached through the pages' links). */
export async function GET(): Promise<Response> {
  const stories = await loadLatest(1000)
  const entries = [{ url: absoluteUrl('/'), lastModified: stories[0]?.publishedAt }, ...stories.filter((story) => story.slug).map((story) => ({ url: absoluteUrl(articlePath(story.slug!)), lastModified: story.updatedAt ?? story.publishedAt }))]
  return xmlResponse(buildSitemap(entries))
}
