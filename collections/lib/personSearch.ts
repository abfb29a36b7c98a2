import { transliterate } from 'transliteration'

// Apostrophes inside names (O'Brien, Мар'яна) are typed in many ways, or not at all: they are dropped.
const APOSTROPHES = /['\u2018\u2019\u02BC\u02B9\u0060\u00B4]/g
const LATIN_RUN = /\p{Script=Latin}+/gu

/** Latin letters without their accents and ligatures (Sánchez → Sanchez, Łódź → Lodz); other scripts untouched. */
export function foldLatin(text: string): string {
  return text.normalize('NFC').replace(LATIN_RUN, (run) => transliterate(run))
}

/** One form to compare: lower case, Latin accents folded, apostrophes dropped, spaces collapsed. */
export function searchForm(text: string): string {
  return foldLatin(text).replace(APOSTROPHES, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** The same, with every script spelled in Latin (Зеленський → zelenskiy), so either script finds the other. */
export function latinForm(text: string): string {
  return searchForm(transliterate(text.normalize('NFC')))
}

const unique = (values: string[]) => [...new Set(values.filter((value) => value !== ''))]

/**
 * What a person is searched by: every name and alias as typed and in Latin, normalised. Kept in a
 * hidden field, because Payload's `like` compares raw text and knows neither aliases nor accents.
 */
export function personSearchText(name: null | string | undefined, aliases: ReadonlyArray<null | string> | null | undefined): string {
  const names = [name ?? '', ...(aliases ?? [])].filter((value): value is string => typeof value === 'string')
  return unique(names.flatMap((value) => [searchForm(value), latinForm(value)])).join(' | ')
}

/** The forms a typed query is looked up by (as typed and in Latin), each to be matched with `like`. */
export function queryForms(query: string): string[] {
  return unique([searchForm(query), latinForm(query)])
}

/**
 * The title the admin shows and its relationship picker filters by: the name, then the aliases and
 * accent-free spellings that differ from it. The picker keeps only options whose title contains
 * every typed word, so an alias or an accent-free spelling must be in the title to be found there.
 */
export function personTitle(name: null | string | undefined, aliases: ReadonlyArray<null | string> | null | undefined): string {
  const main = (name ?? '').trim()
  const seen = new Set([main.toLowerCase()])
  const extra: string[] = []
  for (const value of [main, ...(aliases ?? [])]) {
    if (typeof value !== 'string') continue
    for (const form of [value.trim(), foldLatin(value.trim())]) {
      const key = form.toLowerCase()
      if (form === '' || seen.has(key)) continue
      seen.add(key)
      extra.push(form)
    }
  }
  return extra.length > 0 ? `${main} (${extra.join(', ')})` : main
}

type WhereLike = Record<string, unknown>

/**
 * A `where` with every `like`/`contains` on one of `fields` turned into `like` on `target` for each
 * form of the query (as typed, in Latin): the admin's searches and API filters then compare normalised
 * text with normalised text. Other conditions pass through unchanged.
 */
export function normaliseSearchWhere(where: WhereLike, fields: ReadonlySet<string>, target: string): WhereLike {
  const result: WhereLike = {}
  const extra: WhereLike[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      result[key] = value.map((item) => (item && typeof item === 'object' ? normaliseSearchWhere(item as WhereLike, fields, target) : item))
    } else if (fields.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      const { like, contains, ...rest } = value as Record<string, unknown>
      const typed = [like, contains].filter((text): text is string => typeof text === 'string')
      if (typed.length === 0) {
        result[key] = value
        continue
      }
      if (Object.keys(rest).length > 0) result[key] = rest
      for (const text of typed) {
        const forms = queryForms(text)
        // An empty or blank query matches every document, as Payload's own `like` does.
        extra.push(forms.length === 0 ? { [target]: { exists: true } } : { or: forms.map((form) => ({ [target]: { like: form } })) })
      }
    } else {
      result[key] = value
    }
  }
  if (extra.length === 0) return result
  return Object.keys(result).length === 0 && extra.length === 1 ? extra[0] : { and: [...(Object.keys(result).length > 0 ? [result] : []), ...extra] }
}
