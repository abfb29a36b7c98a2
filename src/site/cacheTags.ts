/** Cache tags of the site's pages; the revalidation hooks and the pages' loaders share them. */
export const SITE_TAGS = {
  /** Everything listing stories: home, tags, people, feeds, sitemaps. */
  lists: 'site:lists',
  article: (slug: string) => `site:article:${slug}`,
} as const

/** Seconds a cached page may be stale at most: view counts and links made by background jobs catch up within it. */
export const SITE_REVALIDATE_SECONDS = 60
