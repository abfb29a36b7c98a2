/**
 * The slugs of the newsroom's collections, by role. Every cross-reference between them (a relationship's
 * relationTo, a join's collection, a hook or access rule that reads another collection, an admin
 * component's API call) takes its slug from here, so renaming one collection renames it everywhere.
 */
export interface NewsroomSlugs {
  articles: string
  people: string
  quotes: string
  relatedLinks: string
  media: string
  users: string
}

export const DEFAULT_SLUGS = {
  articles: 'articles',
  people: 'people',
  quotes: 'quotes',
  relatedLinks: 'related-links',
  media: 'media',
  users: 'users',
} as const satisfies NewsroomSlugs

export type DefaultSlugs = typeof DEFAULT_SLUGS

/** The defaults with an app's slugs over them; a key given as undefined keeps its default. */
export function resolveSlugs(slugs?: Partial<NewsroomSlugs>): NewsroomSlugs {
  const given = Object.entries(slugs ?? {}).filter(([, slug]) => typeof slug === 'string' && slug !== '')
  return { ...DEFAULT_SLUGS, ...Object.fromEntries(given) }
}

/**
 * A slug where Payload's types want a CollectionSlug (the Local API, relationTo, a join), typed as its
 * default collection's: an app's generated types know the collections by their default names, and a
 * renamed one holds documents of the same shape.
 */
export const slugFor = <K extends keyof NewsroomSlugs>(slugs: NewsroomSlugs, key: K): DefaultSlugs[K] => slugs[key] as DefaultSlugs[K]
