import { loadLatest } from '../../../site/data'
import { toFeedStories, xmlResponse } from '../../../site/feedStories'
import { buildNewsSitemap } from '../../../site/feeds'
import { SITE_NAME } from '../../../site/siteName'

export const dynamic = 'force-dynamic'

/** Google News sitemap: the stories of the last two days among the 1,000 latest. */
export async function GET(): Promise<Response> {
  return xmlResponse(buildNewsSitemap({ name: SITE_NAME, language: 'en' }, toFeedStories(await loadLatest(1000))))
}
