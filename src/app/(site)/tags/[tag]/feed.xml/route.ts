import { loadTag } from '../../../../../site/data'
import { toFeedStories, xmlResponse } from '../../../../../site/feedStories'
import { buildRss } from '../../../../../site/feeds'
import { absoluteUrl, tagPath } from '../../../../../site/publicUrl'
import { SITE_NAME } from '../../../../../site/siteName'

export const dynamic = 'force-dynamic'

/** RSS 2.0 of a tag's 20 latest stories; an unknown tag is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }): Promise<Response> {
  const tag = decodeURIComponent((await params).tag)
  if (tag.length > 100) return new Response('Not found', { status: 404 })
  const docs = (await loadTag(tag, 1)).Articles?.docs ?? []
  if (docs.length === 0) return new Response('Not found', { status: 404 })
  const channel = { title: `${SITE_NAME}: #${tag}`, siteUrl: absoluteUrl(tagPath(tag)), feedUrl: absoluteUrl(`${tagPath(tag)}/feed.xml`), description: `Stories tagged ${tag}` }
  return xmlResponse(buildRss(channel, toFeedStories(docs)), 'application/rss+xml')
}
