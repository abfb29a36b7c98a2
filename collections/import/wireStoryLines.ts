/**
 * Recognisers for the kinds of line a plain-text wire story is made of. Each looks at one line (already
 * trimmed, with runs of whitespace, non-breaking spaces included, collapsed to one space) and either
 * returns what it found or null; none of them throws, so the parser decides what is an error.
 */

/** The word after a view count: English, Ukrainian (all plural forms) and Russian. */
const VIEWS_WORD = String.raw`(?:views?|переглядів|перегляди|перегляд|просмотров|просмотра|просмотр)`
const BULLET = '[•·]'
const COUNT = String.raw`(\d[\d ,.]*?)`

const HEADER_WITH_LABEL = /^(?:date|дата)\s*:?\s*(\d{4})-(\d{2})-(\d{2})(?!\d)/iu
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u
const VIEWS_LINE = new RegExp(String.raw`^(?:${BULLET}\s*)?${COUNT}\s*${VIEWS_WORD}$`, 'iu')
const VIEWS_LABEL = new RegExp(String.raw`^(?:${BULLET}\s*)?${VIEWS_WORD}\s*:\s*(\d[\d ,.]*)$`, 'iu')
const DATELINE = new RegExp(String.raw`^(\p{L}[\p{L} .'’-]*?)\s*${BULLET}\s*(\p{L}[\p{L} .&'’-]*)$`, 'u')
const RELATED = new RegExp(
  String.raw`^(.*?\S)\s*(\d{2})\.(\d{2})\.(\d{2}|\d{4}),\s*(\d{1,2}):(\d{2})\s*${BULLET}\s*${COUNT}\s*${VIEWS_WORD}$`,
  'iu',
)
// The suffix is the last " - word(s)" only, and only 1-3 words, so a headline that itself contains a
// dash ("both options - diplomacy or active defense: ...") keeps its text.
const RELATED_SUFFIX = /^(.*\S)\s+[-–—]\s+(\p{L}[\p{L}\p{N}'’.]*(?: \p{L}[\p{L}\p{N}'’.]*){0,2})$/u
const SOURCE_PREFIX = /^(\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,2}):\s+\S/u
const ATTRIBUTION = /^[-–—]\s+(\S.*)$/u
const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}'’ʼ-]*\p{L})?`
const AUTHOR = new RegExp(String.raw`^${NAME_WORD}(?: ${NAME_WORD}){1,3}$`, 'u')

export interface CalendarDate {
  year: number
  month: number
  day: number
}

export interface RelatedLineMatch {
  headline: string
  sourceSuffix: string | null
  /** Exactly as printed, for error messages. */
  stamp: string
  year: number
  month: number
  day: number
  hour: number
  minute: number
  views: number
}

/** Runs of whitespace (tabs, NBSP from the site's markup) become one space; ends are trimmed. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/** "1272", "1 272" or "1,272" as a number; separators are layout, not decimals. */
function parseCount(text: string): number {
  return Number(text.replace(/\D/g, ''))
}

export interface HeaderDate extends CalendarDate {
  /** The date as printed, for messages. */
  printed: string
  /** A headline printed on the same line after the date and its ticker noise, or null. */
  rest: string | null
}

/**
 * The date on the site's header line: either labelled (" date 2026-01-06 $42.420.13", whatever noise
 * follows) or a bare ISO date with no other words around it. The numbers are not range-checked here.
 * When the page's line break was lost, the headline follows the ticker on the same line; it is returned
 * as `rest` once it has at least three words, so a ticker's currency code is not taken for one.
 */
export function matchHeaderDate(line: string): HeaderDate | null {
  const labelled = HEADER_WITH_LABEL.exec(line)
  const bare = labelled ? null : ISO_DATE.exec(line)
  // A bare date only counts when the rest of the line is ticker noise, so a headline that happens to
  // contain "2026-01-06" is not mistaken for the header.
  if (bare && /\p{L}/u.test(line.replace(bare[0], ''))) return null
  const match = labelled ?? bare
  if (!match) return null
  let rest: string | null = null
  if (labelled) {
    const words = line.slice(labelled.index + labelled[0].length).trim().split(' ')
    while (words.length > 0 && !/\p{L}/u.test(words[0])) words.shift()
    if (words.filter((word) => /\p{L}/u.test(word)).length >= 3) rest = words.join(' ')
  }
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), printed: `${match[1]}-${match[2]}-${match[3]}`, rest }
}

/** "• 1272 views", "1 view", "• 845 переглядів". */
export function matchViewsLine(line: string): number | null {
  // "Views: 13417" / "Переглядів: 13417" too.
  const match = VIEWS_LINE.exec(line) ?? VIEWS_LABEL.exec(line)
  return match ? parseCount(match[1]) : null
}

/** "Kyiv • UNN" → dateline and credit; each side at most four words, letters only. */
export function matchDateline(line: string): { dateline: string; credit: string } | null {
  const match = DATELINE.exec(line)
  if (!match) return null
  const [dateline, credit] = [match[1].trim(), match[2].trim()]
  if (dateline.split(' ').length > 4 || credit.split(' ').length > 4) return null
  return { dateline, credit }
}

/**
 * An inline "read also" headline: "<headline>[ - <suffix>]DD.MM.YY, HH:MM • N views". The site glues the
 * date to the text without a space; a four-digit year is accepted too. Values are not range-checked here.
 */
export function matchRelatedLine(line: string): RelatedLineMatch | null {
  const match = RELATED.exec(line)
  if (!match) return null
  const [, head, day, month, year, hour, minute, views] = match
  const suffix = RELATED_SUFFIX.exec(head)
  return {
    headline: suffix ? suffix[1] : head,
    sourceSuffix: suffix ? suffix[2] : null,
    stamp: `${day}.${month}.${year}, ${hour}:${minute}`,
    year: year.length === 2 ? 2000 + Number(year) : Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    views: parseCount(views),
  }
}

/** "Reuters: Ukraine's allies..." → "Reuters": a colon after 1-3 capitalised words opening the headline. */
export function matchSourcePrefix(headline: string): string | null {
  return SOURCE_PREFIX.exec(headline)?.[1] ?? null
}

/** The text of a "- according to ..." line, without the dash and without one trailing period. */
export function matchAttribution(line: string): string | null {
  const match = ATTRIBUTION.exec(line)
  return match ? match[1].replace(/\.$/u, '').trim() : null
}

/**
 * A subhead such as "Details" / "Подробиці": at most six words, starting with a letter or digit and not
 * ending like a sentence. The caller rules out quotes and attributions first.
 */
export function isHeadingLike(line: string): boolean {
  if (!/^[\p{L}\p{N}]/u.test(line) || !/\p{L}/u.test(line)) return false
  // A colon introduces what follows ("The plan has two parts:") and "!" closes a short exclamation;
  // neither is a subhead. "?" stays allowed for subheads such as "What happens next?".
  if (/[.,;:!…]$/u.test(line)) return false
  return line.split(' ').length <= 6
}

/** A by-line: 2-4 capitalised words in any script ("Julia Shramko", "Олена Коваль"), no punctuation at the end. */
export function isAuthorLike(line: string): boolean {
  return AUTHOR.test(line)
}

const INLINE_QUOTE = /^["“«„](.+?)["”»“][,.]?\s+[-–—]\s+(\S.*)$/u

/** `"We will respond," - the article says.` → the quote without its marks and comma, and the attribution. */
export function matchInlineQuote(line: string): { text: string; attribution: string } | null {
  const match = INLINE_QUOTE.exec(line)
  if (!match) return null
  const text = match[1].replace(/,$/u, '').trim()
  const attribution = match[2].replace(/\.$/u, '').trim()
  return text && attribution ? { text, attribution } : null
}

// "KYIV. Feb 6 (Interfax-Ukraine) – ", "MOSCOW (Reuters) – ", "KIEV, Ukraine (AP) — ", and UNN's older
// "КИЇВ. 20 січня. УНН. ": the city in capitals, an optional date, the agency in brackets or between full stops.
const CAPS_CITY = String.raw`(\p{Lu}[\p{Lu}'’ -]*\p{Lu})(?:,\s+\p{Lu}\p{L}+)?`
const AGENCY_DATELINE = new RegExp(String.raw`^${CAPS_CITY}[.,]?\s+(?:[^()]{0,25}?\s*)?\(([^()]{2,40})\)\s*[-–—]\s*(\S.*)$`, 'u')
const AGENCY_DATELINE_DOTS = new RegExp(String.raw`^${CAPS_CITY}\.\s+[^.]{1,25}\.\s+(\p{Lu}[\p{L}-]{1,20})\.\s+(\S.*)$`, 'u')
const CITY_DATE_DASH = new RegExp(String.raw`^${CAPS_CITY},\s+[^–—-]{1,25}?\s+[-–—]\s+(\S.*)$`, 'u')

/**
 * Interfax's dateline opening the first paragraph: "KYIV. Feb 6 (Interfax-Ukraine) – The ..." → Kyiv,
 * Interfax-Ukraine and the sentence. The city is printed in capitals; it is stored as a name.
 */
export function matchAgencyDateline(line: string): { dateline: string; credit: null | string; rest: string } | null {
  const titleCase = (city: string) =>
    city.toLocaleLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase())
  const match = AGENCY_DATELINE.exec(line) ?? AGENCY_DATELINE_DOTS.exec(line)
  if (match) return { dateline: titleCase(match[1]), credit: match[2].trim(), rest: match[3] }
  // "KIEV, May 21 – ...": a dateline without an agency; the city needs two capitals so "A, b – c" is not one.
  const bare = CITY_DATE_DASH.exec(line)
  return bare && bare[1].length >= 3 ? { dateline: titleCase(bare[1]), credit: null, rest: bare[2] } : null
}
