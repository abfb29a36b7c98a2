import { loadLatest } from '../../../site/data'
import { toFeedStories, xmlResponse } from '../../../site/feedStories'
import { buildRss } from '../../../site/feeds'
import { absoluteUrl } from '../../../site/publicUrl'
import { SITE_NAME } from '../../../site/siteName'

export const dynamic = 'force-dynamic'

/** RSS 2.0 of the 50 latest stories. */
export async function GET(): Promise<Response> {
  const stories = toFeedStories(await loadLatest(50))
  return xmlResponse(buildRss({ title: SITE_NAME, siteUrl: absoluteUrl('/'), feedUrl: absoluteUrl('/feed.xml'), description: `Latest stories from ${SITE_NAME}` }, stories), 'application/rss+xml')
}
