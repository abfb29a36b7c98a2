/**
 * Parses a plain-text wire story as copied from the agency's site (see
 * shared/samples/wire-story-paris-2026-01-06.txt) into its parts. Pure: no Payload, no I/O, so it can be
 * tested directly and reused by any importer. Layout, top to bottom, every part but the headline optional:
 *
 *   date 2026-01-06 $42.420.13          header: the date plus site noise
 *   Reuters: <headline>                 "<Outlet>:" names the cited source
 *   Kyiv • UNN                          dateline • credit
 *   • 1272 views
 *   <lead>
 *   <headline again>                    dropped
 *   <paragraphs, subheads, "read also" headlines, quotes followed by "- attribution">
 *   Julia Shramko                       author
 */
import { isValidLocalDateTime, KYIV_TIME_ZONE, resolveTimeZone, zonedTimeToIso } from './kyivTime'
import {
  isAuthorLike,
  isHeadingLike,
  matchAttribution,
  matchDateline,
  matchHeaderDate,
  matchRelatedLine,
  matchSourcePrefix,
  matchViewsLine,
  normalizeWhitespace,
} from './wireStoryLines'

export interface ParsedRelatedHeadline {
  headline: string
  sourceSuffix: string | null
  /** ISO 8601 UTC; the page prints local time in `options.timeZone` (Kyiv by default). */
  publishedAt: string
  views: number
  /** How many body paragraphs precede it, 0 if before the first. */
  afterParagraph: number
  /** 1-based line in the input. */
  line: number
}

export interface ParsedQuote {
  text: string
  attribution: string
  afterParagraph: number
  line: number
}

export type ParsedBodyPart =
  | { type: 'paragraph'; text: string; line: number }
  | { type: 'heading'; text: string; line: number }
  | { type: 'quote'; quoteIndex: number; line: number }
  | { type: 'readAlso'; relatedIndex: number; line: number }

export interface ParsedWireStory {
  /** YYYY-MM-DD from the header line, as printed (a Kyiv calendar date); null without a header. */
  date: string | null
  title: string
  source: string | null
  dateline: string | null
  credit: string | null
  views: number | null
  lead: string | null
  /** In reading order; the lead and the repeated headline are not in it. */
  body: ParsedBodyPart[]
  quotes: ParsedQuote[]
  related: ParsedRelatedHeadline[]
  author: string | null
}

export interface ParseWireStoryOptions {
  /** IANA zone the page's times are written in. Default "Europe/Kyiv". */
  timeZone?: string
}

export class WireStoryParseError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(line === null ? message : `line ${line}: ${message}`)
    this.name = 'WireStoryParseError'
  }
}

interface Line {
  text: string
  line: number
}

type Place = NonNullable<ReturnType<typeof matchDateline>>

export function parseWireStory(text: string, options: ParseWireStoryOptions = {}): ParsedWireStory {
  if (typeof text !== 'string') {
    throw new WireStoryParseError(`expected the story as a string, got ${typeof text}`, null)
  }
  const timeZone = resolveTimeZone(options.timeZone ?? KYIV_TIME_ZONE)
  const lines = nonBlankLines(text)
  rejectNonText(text, lines)

  let at = 0
  let date: string | null = null
  const header = matchHeaderDate(lines[0].text)
  // The header's ticker is site noise, so only the rest is judged for being words at all.
  rejectSymbols(lines.slice(header ? 1 : 0))
  if (header) {
    date = `${header.year}-${pad(header.month)}-${pad(header.day)}`
    if (!isValidLocalDateTime({ ...header, hour: 0, minute: 0 })) {
      throw new WireStoryParseError(`invalid date "${date}" in the header line: expected YYYY-MM-DD`, lines[0].line)
    }
    at = 1
  }

  const titleLine = lines[at]
  if (!titleLine) throw new WireStoryParseError('no headline found: the text ends after the date line', lines[0].line)
  if (!looksLikeHeadline(titleLine.text)) {
    throw new WireStoryParseError(
      `no headline found: expected the headline here but found "${clip(titleLine.text)}"`,
      titleLine.line,
    )
  }
  const title = titleLine.text
  const source = matchSourcePrefix(title)
  at++

  // Dateline and views sit between the headline and the lead, in either order, each optional.
  let place: Place | null = null
  let views: number | null = null
  for (; at < lines.length; at++) {
    const candidate = lines[at].text
    const foundPlace: Place | null = place ? null : matchDateline(candidate)
    const foundViews: number | null = views === null ? matchViewsLine(candidate) : null
    if (foundPlace) place = foundPlace
    else if (foundViews !== null) views = foundViews
    else break
  }

  // The by-line is the last line; decided first so it is never read as a paragraph or subhead.
  let end = lines.length
  let author: string | null = null
  const last = lines[end - 1]
  if (end > at && isAuthorLike(last.text) && !isRepeatedHeadline(last.text, title, source)) {
    author = last.text
    end--
  }

  // The site repeats the headline once after the lead; the lead is the paragraph before it, or the first
  // paragraph when the repeat is missing.
  let repeatDropped = false
  const skipRepeat = () => {
    if (!repeatDropped && at < end && isRepeatedHeadline(lines[at].text, title, source)) {
      repeatDropped = true
      at++
    }
  }
  skipRepeat()
  let lead: string | null = null
  if (at < end && isPlainParagraph(lines, at, end)) {
    lead = lines[at].text
    at++
  }
  skipRepeat()

  const { body, quotes, related } = readBody(lines.slice(at, end), { title, source, repeatDropped, timeZone })

  return {
    date,
    title,
    source,
    dateline: place?.dateline ?? null,
    credit: place?.credit ?? null,
    views,
    lead,
    body,
    quotes,
    related,
    author,
  }
}

interface BodyContext {
  title: string
  source: string | null
  /** Whether the repeated headline was already met before the body; otherwise its first repeat is dropped. */
  repeatDropped: boolean
  timeZone: string
}

/** Paragraphs, subheads, quotes and related headlines in reading order, from the lines after the lead. */
function readBody(lines: Line[], context: BodyContext): Pick<ParsedWireStory, 'body' | 'quotes' | 'related'> {
  const body: ParsedBodyPart[] = []
  const quotes: ParsedQuote[] = []
  const related: ParsedRelatedHeadline[] = []
  let repeatDropped = context.repeatDropped
  let paragraphs = 0
  for (let at = 0; at < lines.length; at++) {
    const { text, line } = lines[at]
    if (!repeatDropped && isRepeatedHeadline(text, context.title, context.source)) {
      repeatDropped = true
      continue
    }
    const relatedMatch = matchRelatedLine(text)
    if (relatedMatch) {
      if (!isValidLocalDateTime(relatedMatch)) {
        throw new WireStoryParseError(
          `invalid date "${relatedMatch.stamp}" in a related headline: expected DD.MM.YY, HH:MM`,
          line,
        )
      }
      related.push({
        headline: relatedMatch.headline,
        sourceSuffix: relatedMatch.sourceSuffix,
        publishedAt: zonedTimeToIso(relatedMatch, context.timeZone),
        views: relatedMatch.views,
        afterParagraph: paragraphs,
        line,
      })
      body.push({ type: 'readAlso', relatedIndex: related.length - 1, line })
      continue
    }
    const attribution = attributionFor(lines, at, lines.length)
    if (attribution !== null) {
      quotes.push({ text, attribution, afterParagraph: paragraphs, line })
      body.push({ type: 'quote', quoteIndex: quotes.length - 1, line })
      at++ // the attribution line belongs to the quote
      continue
    }
    if (matchAttribution(text) === null && isHeadingLike(text)) {
      body.push({ type: 'heading', text, line })
      continue
    }
    // Everything else, including a dash line that follows no paragraph, is kept as a paragraph so no
    // text is lost.
    body.push({ type: 'paragraph', text, line })
    paragraphs++
  }
  return { body, quotes, related }
}

function nonBlankLines(text: string): Line[] {
  // CRLF, lone CR and LF all end a line; a BOM is encoding residue, not text.
  return text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((raw, index) => ({ text: normalizeWhitespace(raw), line: index + 1 }))
    .filter((entry) => entry.text !== '')
}

/** Throws for input that is not a story at all, so an importer reports it instead of saving junk. */
function rejectNonText(text: string, lines: Line[]): void {
  if (lines.length === 0) throw new WireStoryParseError('the text is empty: paste the story as plain text', 1)
  const first = lines[0]
  const control = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/u.exec(text)
  if (control) {
    const line = text.slice(0, control.index).split(/\r\n|\r|\n/u).length
    throw new WireStoryParseError('not a wire story: the text contains binary data; paste it as plain text', line)
  }
  if (/^[{[]/u.test(first.text)) {
    throw new WireStoryParseError('not a wire story: the text looks like JSON; paste it as plain text', first.line)
  }
  if (/^</u.test(first.text)) {
    throw new WireStoryParseError('not a wire story: the text looks like HTML or XML; paste it as plain text', first.line)
  }
}

/** Real stories are mostly words; a low share of letters means symbols or a file read in the wrong encoding. */
function rejectSymbols(content: Line[]): void {
  if (content.length === 0) return // nothing but a header: reported as a missing headline
  const visible = content.map((entry) => entry.text.replace(/ /g, '')).join('')
  const letters = visible.match(/\p{L}/gu)?.length ?? 0
  if (letters === 0) throw new WireStoryParseError('not a wire story: the text contains no letters', content[0].line)
  if (letters / visible.length < 0.25) {
    throw new WireStoryParseError(
      'not a wire story: the text is mostly symbols; check that the file is UTF-8 plain text',
      content[0].line,
    )
  }
}

function looksLikeHeadline(text: string): boolean {
  return (
    /\p{L}/u.test(text) &&
    matchDateline(text) === null &&
    matchViewsLine(text) === null &&
    matchRelatedLine(text) === null &&
    matchAttribution(text) === null
  )
}

/** The repeat may also drop the "Reuters:" prefix; case and a final full stop are not significant. */
function isRepeatedHeadline(text: string, title: string, source: string | null): boolean {
  const key = (value: string) => value.toLocaleLowerCase().replace(/[.!]$/u, '')
  const candidate = key(text)
  if (candidate === key(title)) return true
  return source !== null && candidate === key(title.slice(source.length + 1).trim())
}

/**
 * The attribution when `lines[at]` is a quote: a paragraph directly followed by one "- ..." line. Two or
 * more dash lines in a row are a list, not an attribution, and are left as paragraphs.
 */
function attributionFor(lines: Line[], at: number, end: number): string | null {
  if (matchAttribution(lines[at].text) !== null || at + 1 >= end) return null
  const attribution = matchAttribution(lines[at + 1].text)
  if (attribution === null) return null
  if (at + 2 < end && matchAttribution(lines[at + 2].text) !== null) return null
  return attribution
}

/** A line that would be a body paragraph: not a related headline, subhead, quote or attribution. */
function isPlainParagraph(lines: Line[], at: number, end: number): boolean {
  const text = lines[at].text
  return (
    matchRelatedLine(text) === null &&
    matchAttribution(text) === null &&
    !isHeadingLike(text) &&
    attributionFor(lines, at, end) === null
  )
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
