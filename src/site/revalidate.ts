import { SITE_TAGS } from './cacheTags'
import { articlePath } from './publicUrl'

/**
 * Expires the site's cached pages for these stories (by slug) and every list. Does nothing outside the
 * Next.js server (scripts, tests, the seed: no cache to expire) and nothing where Next has no request
 * context to expire from (a background job run by a timer): those pages catch up within
 * SITE_REVALIDATE_SECONDS.
 */
export async function revalidateSite(slugs: Array<string | null | undefined>): Promise<void> {
  if (!process.env.NEXT_RUNTIME) return
  const { revalidatePath, revalidateTag } = await import('next/cache')
  try {
    // `expire: 0`: the next reader gets the new page, not one more stale copy.
    for (const slug of new Set(slugs.filter((slug): slug is string => Boolean(slug)))) {
      revalidateTag(SITE_TAGS.article(slug), { expire: 0 })
      revalidatePath(articlePath(slug))
    }
    revalidateTag(SITE_TAGS.lists, { expire: 0 })
    revalidatePath('/', 'layout')
  } catch (error) {
    if (error instanceof Error && error.message.includes('static generation store missing')) return
    throw error
  }
}
