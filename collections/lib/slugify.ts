import { slugify as transliterate } from 'transliteration'

/**
 * A URL slug from any headline: Cyrillic and other scripts are transliterated to Latin, so that
 * "Зеленський у Парижі" becomes "zelenskii-u-parizhi" rather than an empty or percent-encoded slug.
 */
export function slugify(text: string, maxLength = 96): string {
  const slug = transliterate(text, { lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut
}

/** The first of `base`, `base-2`, `base-3`... that `isTaken` rejects. */
export async function firstFreeSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await isTaken(candidate))) return candidate
  }
}
