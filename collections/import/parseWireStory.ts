/**
 * Parses a plain-text wire story, as a reader copies it from the agency's page, into its parts. Pure: no
 * Payload, no I/O, so it can be tested directly and reused by any importer. The layouts understood (the
 * README's "Importing wire stories" lists them with examples), every part but the headline optional:
 *
 *   date 2026-01-06 $42.420.13          UNN's header: the date plus ticker noise (the headline may share it)
 *   18:43 28.01.2026                    a time line (Interfax), before or after the headline
 *   Reuters: <headline>                 "<Outlet>:" names the cited source
 *   <headline again>                    UNN's older layout repeats it here; dropped
 *   Ivan Diakonov — 6 February, 01:07   a by-line with the time (Ukrainska Pravda)
 *   Olena Goncharova / Head of ... desk an author box (Kyiv Independent), or a name printed twice
 *   3 min read, Photo: ... (Getty)      furniture: dropped, captions kept for the preview
 *   Kyiv • UNN                          dateline • credit
 *   • 1272 views
 *   <lead>                              may open with "KYIV. Feb 6 (Interfax-Ukraine) –"
 *   <headline again>                    dropped
 *   <paragraphs, subheads, "read also" headlines, quotes followed by "- attribution" or carrying it inline,
 *    "Source:", "Details:", "Advertisement", "Editor's Note" lines>
 *   Julia Shramko                       author (or an author box / the name twice)
 *
 * Nothing but the lack of a headline refuses a text: a line that fits no shape is kept as a paragraph and
 * reported in `warnings` with its line number, so an editor sees what to check.
 */
import { normalizeHeadline } from './similarity'
import { isValidLocalDateTime, KYIV_TIME_ZONE, resolveTimeZone, zonedTimeToIso, type LocalDateTime } from './kyivTime'
import { matchAgencyTimeLine, matchBylineWithDate, matchDateTimeLine, type PrintedDateTime } from './wireStoryDates'
import {
  isAdvertisement,
  isAuthorRole,
  isLabelOnly,
  isReadTime,
  isSubscribePrompt,
  matchAuthorLabel,
  matchAuthorWithRole,
  matchCaption,
  matchEditorsNote,
  matchQuoteFrom,
  matchReadAlsoLabel,
  matchSourceLabel,
  stripParagraphLabel,
  stripQuoteLabel,
} from './wireStoryLabels'
import {
  isAuthorLike,
  isHeadingLike,
  matchAgencyDateline,
  matchAttribution,
  matchDateline,
  matchHeaderDate,
  matchInlineQuote,
  matchRelatedLine,
  matchSourcePrefix,
  matchViewsLine,
  normalizeWhitespace,
} from './wireStoryLines'

export interface ParsedRelatedHeadline {
  headline: string
  sourceSuffix: string | null
  /** ISO 8601 UTC; the page prints local time in `options.timeZone` (Kyiv by default). Null for "Read also: ..." lines. */
  publishedAt: string | null
  views: number | null
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

/** Something the parser kept but is not sure of; `line` is 1-based in the input. */
export interface ParseWarning {
  line: number
  message: string
}

export interface LineNote {
  text: string
  line: number
}

export interface ParsedWireStory {
  /** YYYY-MM-DD, the Kyiv calendar date the story was published (time line, by-line or header); null when none is printed. */
  date: string | null
  /** HH:MM Kyiv time, when the page prints one. */
  time: string | null
  /** The publication instant in UTC: the date and time read as Kyiv time, the start of that day when no time is printed. */
  publishedAt: string | null
  title: string
  /** 1-based line of the headline. */
  titleLine: number
  source: string | null
  /** 1-based line the source was read from (the headline's "Outlet:" or a "Source:" line). */
  sourceLine: number | null
  dateline: string | null
  credit: string | null
  views: number | null
  lead: string | null
  leadLine: number | null
  /** In reading order; the lead and the repeated headline are not in it. */
  body: ParsedBodyPart[]
  quotes: ParsedQuote[]
  related: ParsedRelatedHeadline[]
  author: string | null
  /** The second line of an author box ("Head of North America desk"). */
  authorRole: string | null
  /** Photo captions, dropped from the text. */
  captions: LineNote[]
  /** "Editor's Note" lines, dropped from the text. */
  notes: LineNote[]
  warnings: ParseWarning[]
}

export interface ParseWireStoryOptions {
  /** IANA zone the page's times are written in. Default "Europe/Kyiv". */
  timeZone?: string
  /** Today, for the year a by-line leaves out ("6 February, 01:07"): the latest such date not after it. Default now. */
  now?: Date
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

type Place = { dateline: string; credit: null | string }

/** What the lines around the headline said; filled in by `readMeta` as they are met. */
interface Meta {
  when: { printed: PrintedDateTime; line: number } | null
  place: Place | null
  /** The agency named on a time line ("INTERFAX-UKRAINE 12:52 18.04.2019"): the credit when no dateline names one. */
  agency: string | null
  views: number | null
  author: string | null
  authorRole: string | null
  source: string | null
  sourceLine: number | null
  captions: LineNote[]
  notes: LineNote[]
  warnings: ParseWarning[]
  repeatDropped: boolean
}

export function parseWireStory(text: string, options: ParseWireStoryOptions = {}): ParsedWireStory {
  if (typeof text !== 'string') {
    throw new WireStoryParseError(`expected the story as a string, got ${typeof text}`, null)
  }
  const timeZone = resolveTimeZone(options.timeZone ?? KYIV_TIME_ZONE)
  const lines = nonBlankLines(text)
  rejectNonText(text, lines)

  const meta: Meta = {
    when: null,
    place: null,
    agency: null,
    views: null,
    author: null,
    authorRole: null,
    source: null,
    sourceLine: null,
    captions: [],
    notes: [],
    warnings: [],
    repeatDropped: false,
  }

  // The header's ticker is site noise, so only the rest is judged for being words at all.
  const header = matchHeaderDate(lines[0].text)
  rejectSymbols(lines.slice(header ? 1 : 0))
  let headerDate: { year: number; month: number; day: number } | null = null
  let at = 0
  let titleLine: Line | null = null
  if (header) {
    if (isValidLocalDateTime({ ...header, hour: 0, minute: 0 })) headerDate = header
    else meta.warnings.push({ line: lines[0].line, message: `"${header.printed}" is not a valid date (expected YYYY-MM-DD): the header date is ignored` })
    // " date 2025-08-10 CNS: Kremlin henchmen ...": the headline shares the header's line.
    if (header.rest) titleLine = { text: header.rest, line: lines[0].line }
    at = 1
  }

  // Before the headline: time lines, by-lines and furniture; anything else that has words is the headline.
  while (!titleLine && at < lines.length) {
    const line = lines[at]
    if (readMetaLine(lines, at, meta, null) > 0) {
      at += readMetaLine(lines, at, meta, null, true)
      continue
    }
    if (looksLikeHeadline(line.text) && isSectionName(lines, at)) {
      meta.warnings.push({ line: line.line, message: `"${clip(line.text)}" before the headline reads as a section name and is left out` })
      at++
      continue
    }
    if (looksLikeHeadline(line.text)) {
      titleLine = line
      at++
      break
    }
    meta.warnings.push({ line: line.line, message: `"${clip(line.text)}" before the headline was not understood and is left out` })
    at++
  }
  if (!titleLine) {
    const last = lines[lines.length - 1]
    throw new WireStoryParseError(
      lines.length === 1 && header
        ? 'no headline found: the text ends after the date line'
        : 'no headline found: no line before the end of the text reads as a headline',
      last.line,
    )
  }
  const title = titleLine.text
  const titleSource = matchSourcePrefix(title)
  const context = { title, source: titleSource }

  // Between the headline and the lead, in any order: the repeat, dateline, views, time, by-line, author box, furniture.
  for (let used = readMetaLine(lines, at, meta, context, true); used > 0; used = readMetaLine(lines, at, meta, context, true)) at += used

  // The author at the end, decided before the lead so a short story's by-line is never read as its lead.
  let end = readTrailer(lines, at, meta, context)

  let lead: string | null = null
  let leadLine: number | null = null
  if (at < end) {
    leadLine = lines[at].line
    const agency = matchAgencyDateline(lines[at].text)
    if (agency && !meta.place) {
      meta.place = { dateline: agency.dateline, credit: agency.credit }
      lead = agency.rest
      at++
    } else if (isLeadCandidate(lines, at, end)) {
      lead = stripParagraphLabel(lines[at].text) ?? lines[at].text
      at++
    }
  }
  // The site repeats the headline once after the lead (UNN's current layout), sometimes with furniture around it.
  while (at < end) {
    const used = readMetaLine(lines.slice(0, end), at, meta, context, true, true)
    if (used === 0) break
    at += used
  }

  const { body, quotes, related } = readBody(lines.slice(at, end), { ...context, timeZone, meta })

  const when = publicationTime(meta, headerDate, options.now ?? new Date(), timeZone)
  return {
    date: when.date,
    time: when.time,
    publishedAt: when.publishedAt,
    title,
    titleLine: titleLine.line,
    source: titleSource ?? meta.source,
    sourceLine: titleSource ? titleLine.line : meta.sourceLine,
    dateline: meta.place?.dateline ?? null,
    credit: meta.place?.credit ?? meta.agency,
    views: meta.views,
    lead,
    leadLine: lead === null ? null : leadLine,
    body,
    quotes,
    related,
    author: meta.author,
    authorRole: meta.authorRole,
    captions: meta.captions,
    notes: meta.notes,
    warnings: meta.warnings.sort((a, b) => a.line - b.line),
  }
}

interface HeadlineContext {
  title: string
  source: string | null
}

/**
 * Reads one piece of header furniture at `lines[at]` into `meta`: how many lines it used, 0 when the line
 * is not such a piece. With `commit` false it only looks. `context` is null before the headline is known;
 * `repeatOnly` limits it to the repeated headline and furniture (after the lead, where a name is a subhead).
 */
function readMetaLine(lines: Line[], at: number, meta: Meta, context: HeadlineContext | null, commit = false, repeatOnly = false): number {
  if (at >= lines.length) return 0
  const { text, line } = lines[at]
  const next = lines[at + 1]?.text
  const apply = (used: number, change: () => void) => {
    if (commit) change()
    return used
  }
  if (context && !meta.repeatDropped && isRepeatedHeadline(text, context.title, context.source)) {
    return apply(1, () => (meta.repeatDropped = true))
  }
  const caption = matchCaption(text)
  if (caption !== null) return apply(1, () => meta.captions.push({ text: caption, line }))
  const note = matchEditorsNote(text)
  if (note !== null) return apply(1, () => meta.notes.push({ text: note, line }))
  if (isReadTime(text) || isAdvertisement(text) || isSubscribePrompt(text) || isLabelOnly(text)) return 1
  if (repeatOnly) return 0
  const place = meta.place ? null : matchDateline(text)
  if (place) return apply(1, () => (meta.place = place))
  const views = meta.views === null ? matchViewsLine(text) : null
  if (views !== null) return apply(1, () => (meta.views = views))
  const printed = matchDateTimeLine(text)
  if (printed) return apply(1, () => (meta.when ??= { printed, line }))
  const agencyTime = matchAgencyTimeLine(text)
  if (agencyTime) {
    return apply(1, () => {
      meta.agency ??= agencyTime.agency
      meta.when ??= { printed: agencyTime.when, line }
    })
  }
  const byline = matchBylineWithDate(text)
  if (byline) {
    return apply(1, () => {
      meta.author ??= byline.author
      meta.when ??= { printed: byline.when, line }
    })
  }
  const labelled = matchAuthorLabel(text)
  if (labelled && isAuthorLike(labelled)) return apply(1, () => (meta.author ??= labelled))
  const source = matchSourceLabel(text)
  if (source) return apply(1, () => setSource(meta, source, line))
  const withRole = meta.author === null ? matchAuthorWithRole(text, isAuthorLike) : null
  if (withRole) {
    return apply(1, () => {
      meta.author = withRole.author
      meta.authorRole = withRole.role
    })
  }
  if (meta.author === null && isAuthorLike(text) && !(context && isRepeatedHeadline(text, context.title, context.source))) {
    // An author box: the name, then the role; or the name printed twice (a link and its caption).
    if (next !== undefined && isAuthorRole(next)) {
      return apply(2, () => {
        meta.author = text
        meta.authorRole = next
      })
    }
    if (next === text) return apply(2, () => (meta.author = text))
    // A lone name counts only among other furniture, so a short subhead is not taken for a by-line.
    if (next !== undefined && context && isMetaLine(next)) return apply(1, () => (meta.author = text))
  }
  return 0
}

/** The first "Source:" line wins; later ones are the body's own citations of it. */
function setSource(meta: Meta, source: string, line: number): void {
  if (meta.source !== null) return
  meta.source = source
  meta.sourceLine = line
}

/** Lines that only ever appear as header furniture. */
function isMetaLine(text: string): boolean {
  return (
    matchDateline(text) !== null ||
    matchViewsLine(text) !== null ||
    matchDateTimeLine(text) !== null ||
    matchAgencyTimeLine(text) !== null ||
    matchBylineWithDate(text) !== null ||
    isReadTime(text) ||
    matchCaption(text) !== null
  )
}

/** The lead is a plain sentence: not furniture, a label, a quote or a "read also" line. */
function isLeadCandidate(lines: Line[], at: number, end: number): boolean {
  const text = lines[at].text
  return (
    isPlainParagraph(lines, at, end) &&
    !isFurniture(text) &&
    !isLabelOnly(text) &&
    matchReadAlsoLabel(text) === null &&
    matchSourceLabel(text) === null &&
    matchQuoteFrom(text) === null &&
    matchInlineQuote(stripQuoteLabel(text)) === null
  )
}

/** Furniture dropped wherever it stands. */
function isFurniture(text: string): boolean {
  return isReadTime(text) || isAdvertisement(text) || isSubscribePrompt(text) || matchCaption(text) !== null || matchEditorsNote(text) !== null
}

/**
 * Reads the author (a last line that is a name, an author box, a name printed twice, "Author: ...") and
 * the furniture after the story from the end; returns where the body ends.
 */
function readTrailer(lines: Line[], start: number, meta: Meta, context: HeadlineContext): number {
  let end = lines.length
  const repeat = (text: string) => isRepeatedHeadline(text, context.title, context.source)
  for (;;) {
    if (end <= start) return end
    const { text, line } = lines[end - 1]
    // The author box's name printed again below the story.
    if (meta.author !== null && text === meta.author) {
      end--
      continue
    }
    const note = matchEditorsNote(text)
    if (note !== null) {
      meta.notes.push({ text: note, line })
      end--
      continue
    }
    const caption = matchCaption(text)
    if (caption !== null) {
      meta.captions.push({ text: caption, line })
      end--
      continue
    }
    if (isReadTime(text) || isAdvertisement(text) || isSubscribePrompt(text)) {
      end--
      continue
    }
    const source = matchSourceLabel(text)
    if (source) {
      setSource(meta, source, line)
      end--
      continue
    }
    break
  }
  const last = lines[end - 1]
  const before = end - 2 >= start ? lines[end - 2] : null
  if (meta.author !== null) return end
  const labelled = matchAuthorLabel(last.text)
  if (labelled && isAuthorLike(labelled)) {
    meta.author = labelled
    return end - 1
  }
  if (before && isAuthorRole(last.text) && isAuthorLike(before.text) && !repeat(before.text)) {
    meta.author = before.text
    meta.authorRole = last.text
    return end - 2
  }
  if (isAuthorLike(last.text) && !repeat(last.text)) {
    meta.author = last.text
    // A name printed twice (the author's link and the caption of their photo) is one author.
    return before && before.text === last.text ? end - 2 : end - 1
  }
  return end
}

/** The date, time and instant of publication: a printed time line or by-line first, else the header's date. */
function publicationTime(
  meta: Meta,
  headerDate: { year: number; month: number; day: number } | null,
  now: Date,
  timeZone: string,
): { date: string | null; time: string | null; publishedAt: string | null } {
  let local: LocalDateTime | null = null
  let timePrinted = false
  if (meta.when) {
    const { printed, line } = meta.when
    const year = printed.year ?? headerDate?.year ?? inferYear(printed, now, timeZone)
    const candidate = { year, month: printed.month, day: printed.day, hour: printed.hour ?? 0, minute: printed.minute ?? 0 }
    if (isValidLocalDateTime(candidate)) {
      local = candidate
      timePrinted = printed.hour !== null
    } else {
      meta.warnings.push({ line, message: 'the date or time on this line is impossible: the publication time is not set from it' })
    }
  }
  if (!local && headerDate) local = { ...headerDate, hour: 0, minute: 0 }
  if (!local) return { date: null, time: null, publishedAt: null }
  return {
    date: `${local.year}-${pad(local.month)}-${pad(local.day)}`,
    time: timePrinted ? `${pad(local.hour)}:${pad(local.minute)}` : null,
    publishedAt: zonedTimeToIso(local, timeZone),
  }
}

/** The year of a date printed without one: the latest such date not later than a day after `now`. */
function inferYear(printed: PrintedDateTime, now: Date, timeZone: string): number {
  const year = Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(now))
  const candidate = Date.UTC(year, printed.month - 1, printed.day)
  return candidate > now.getTime() + 24 * 60 * 60 * 1000 ? year - 1 : year
}

interface BodyContext extends HeadlineContext {
  timeZone: string
  meta: Meta
}

/** Paragraphs, subheads, quotes and related headlines in reading order, from the lines after the lead. */
function readBody(lines: Line[], context: BodyContext): Pick<ParsedWireStory, 'body' | 'quotes' | 'related'> {
  const body: ParsedBodyPart[] = []
  const quotes: ParsedQuote[] = []
  const related: ParsedRelatedHeadline[] = []
  const { meta } = context
  const warn = (line: number, message: string) => meta.warnings.push({ line, message })
  let paragraphs = 0
  const paragraph = (text: string, line: number) => {
    body.push({ type: 'paragraph', text, line })
    paragraphs++
  }
  for (let at = 0; at < lines.length; at++) {
    const { text, line } = lines[at]
    if (!meta.repeatDropped && isRepeatedHeadline(text, context.title, context.source)) {
      meta.repeatDropped = true
      continue
    }
    const relatedMatch = matchRelatedLine(text)
    if (relatedMatch) {
      if (!isValidLocalDateTime(relatedMatch)) {
        warn(line, `"${relatedMatch.stamp}" is not a valid date (expected DD.MM.YY, HH:MM): the line is kept as a paragraph`)
        paragraph(text, line)
        continue
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
    const readAlso = matchReadAlsoLabel(text)
    if (readAlso) {
      related.push({ headline: readAlso, sourceSuffix: null, publishedAt: null, views: null, afterParagraph: paragraphs, line })
      body.push({ type: 'readAlso', relatedIndex: related.length - 1, line })
      continue
    }
    const caption = matchCaption(text)
    if (caption !== null) {
      meta.captions.push({ text: caption, line })
      continue
    }
    if (isReadTime(text) || isAdvertisement(text) || isSubscribePrompt(text) || isLabelOnly(text)) continue
    const note = matchEditorsNote(text)
    if (note !== null) {
      meta.notes.push({ text: note, line })
      continue
    }
    const source = matchSourceLabel(text)
    if (source) {
      setSource(meta, source, line)
      continue
    }
    const quoteFrom = matchQuoteFrom(text)
    if (quoteFrom) {
      // The quote marks are the quote's, the speaker the label's: `Quote from Zelensky: "..."`.
      const quoteText = quoteFrom.quote.replace(/^["“«„]|["”»“]$/gu, '').replace(/,$/u, '').trim()
      quotes.push({ text: quoteText, attribution: quoteFrom.speaker, afterParagraph: paragraphs, line })
      body.push({ type: 'quote', quoteIndex: quotes.length - 1, line })
      continue
    }
    const inline = matchInlineQuote(stripQuoteLabel(text))
    if (inline) {
      quotes.push({ ...inline, afterParagraph: paragraphs, line })
      body.push({ type: 'quote', quoteIndex: quotes.length - 1, line })
      continue
    }
    const attribution = attributionFor(lines, at, lines.length)
    if (attribution !== null) {
      quotes.push({ text, attribution, afterParagraph: paragraphs, line })
      body.push({ type: 'quote', quoteIndex: quotes.length - 1, line })
      at++ // the attribution line belongs to the quote
      continue
    }
    const unlabelled = stripParagraphLabel(text)
    if (unlabelled !== null) {
      paragraph(unlabelled, line)
      continue
    }
    if (matchAttribution(text) === null && isHeadingLike(text)) {
      body.push({ type: 'heading', text, line })
      continue
    }
    // Everything else is kept as a paragraph so no text is lost; the shapes that look misplaced are reported.
    if (!/\p{L}/u.test(text)) warn(line, `"${clip(text)}" has no words: kept as a paragraph`)
    else if (matchDateTimeLine(text) || matchViewsLine(text) !== null || matchDateline(text)) {
      warn(line, `"${clip(text)}" looks like a date, views or dateline line inside the body: kept as a paragraph`)
    } else if (matchAttribution(text) !== null && !(at > 0 && matchAttribution(lines[at - 1].text) !== null) && !(at + 1 < lines.length && matchAttribution(lines[at + 1].text) !== null)) {
      warn(line, `"${clip(text)}" reads like an attribution, but no quote precedes it: kept as a paragraph`)
    }
    paragraph(text, line)
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
    !isMetaLine(text) &&
    !isFurniture(text) &&
    matchDateline(text) === null &&
    matchViewsLine(text) === null &&
    matchRelatedLine(text) === null &&
    matchAttribution(text) === null
  )
}

/**
 * A page's section ("Politics", "Суспільство") copied above the headline: one or two words with no
 * sentence punctuation, followed closely by a longer line that reads as a headline.
 */
function isSectionName(lines: Line[], at: number): boolean {
  const text = lines[at].text
  if (text.split(' ').length > 2 || /[:.!?,]/u.test(text)) return false
  for (const next of lines.slice(at + 1, at + 4)) {
    // A lead ends like a sentence; a headline does not, so "Zelensky resigns" above its lead stays the headline.
    if (looksLikeHeadline(next.text)) return next.text.split(' ').length >= 4 && !/[.!…]$/u.test(next.text)
  }
  return false
}

/** The repeat may also drop the "Reuters:" prefix; case, quote marks and punctuation are not significant. */
function isRepeatedHeadline(text: string, title: string, source: string | null): boolean {
  const key = (value: string) => normalizeHeadline(value)
  const candidate = key(text)
  if (candidate === key(title)) return true
  return source !== null && candidate === key(title.slice(source.length + 1).trim())
}

/**
 * The attribution when `lines[at]` is a quote: a paragraph directly followed by one "- ..." line. Two or
 * more dash lines in a row are a list, not an attribution, and are left as paragraphs.
 */
function attributionFor(lines: Line[], at: number, end: number): string | null {
  // A line without words ("* * *") is a separator, not something anyone said.
  if (matchAttribution(lines[at].text) !== null || at + 1 >= end || !/\p{L}/u.test(lines[at].text)) return null
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
