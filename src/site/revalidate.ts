import { SITE_TAGS } from './cacheTags'
import { articlePath } from './publicUrl'

/**
 * Expires the site's cached pages for these stories (by slug) and every list. Does nothing outside the
 * Next.js server (scripts, tests: no cache to expire) and nothing where Next has no request to expire
 * from (below).
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
    // Not the whole layout: every other story stays cached (their read-also lines catch up within the
    // revalidate time), so a publish during a spike re-renders one page and the lists, not all of them.
    revalidateTag(SITE_TAGS.lists, { expire: 0 })
  } catch {
    // Next refuses outside a request it can expire from: a timer's background job ("static generation
    // store missing") or a save made while rendering (the dev seed in onInit). A save must never fail
    // for it; those pages catch up within SITE_REVALIDATE_SECONDS.
  }
}
