/**
 * Imports a plain-text wire story (the shape of shared/samples/wire-story-*.txt) into a structured draft:
 * the article (headline, dateline, credit, cited source, lead, body with subheads), its quotes as Quote
 * documents placed in the body where they stood, inline "read also" headlines linked to the articles
 * they name (or kept, unresolved, with their text, date and views), and the author as a Person. The view
 * count the text states is reported (`views`) but written only when migrating an archive: see
 * statedViewsToWrite.
 *
 * - One transaction: every write shares one request; any error rolls all of them back.
 * - Idempotent: the article carries `importKey`, a hash of the normalised headline, header date and
 *   credit; importing the same story again updates that article, its quotes (same article + same text),
 *   its links (same from + to) and finds the same author, instead of making copies.
 * - Status: a new article is a draft. An article that exists already keeps its status: a re-import of a
 *   published story updates the published story (and so needs an editor: authors cannot publish),
 *   unless an editor changed the article since the last import (its `importDigest` no longer matches):
 *   then the import is saved as a new draft version beside theirs, never over it.
 * - Time: the story's own publication time becomes `publishedAt` and its quotes' `saidAt`.
 * - `dryRun` parses and resolves (finds the author, the existing article, quotes, matching articles,
 *   the closest stories to unmatched headlines, the people the text names) and writes nothing: the
 *   admin's preview, warnings with their line numbers included.
 */
import crypto from 'node:crypto'

import { APIError, commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type TypedUser } from 'payload'

import { hasRole, isStaffEditor } from '../access/roles'
import { findArticleByHeadline, linkPosition, upsertReadAlsoLink, type ArticleMatch } from '../Articles/hooks/resolveReadAlso'
import { blockNode, headingNode, lexicalRoot, paragraphNode } from '../lib/lexical'
import { slugify } from '../lib/slugify'
import { type NewsroomSlugs, resolveSlugs, slugFor } from '../options/slugs'
import type { ArticleDoc as Article, PersonDoc as Person, QuoteDoc } from '../types'
import { parseWireStory, WireStoryParseError, type LineNote, type ParsedWireStory, type ParseWarning } from './parseWireStory'
import { mentionedNames } from './personNames'
import { suggestArticles, type ArticleSuggestion } from './suggestArticles'
import { MAX_LENGTH } from '../fields/lengthLimits'
import { fitToLimits } from './fitToLimits'
import { importDigest } from './importDigest'
import { normalizeHeadline } from './similarity'
import { normalizeWhitespace } from './wireStoryLines'

/** The longest headline the Articles collection accepts (its `title.maxLength`). */
const MAX_TITLE_LENGTH = MAX_LENGTH.title

export type ImportStep = 'author' | 'quotes' | 'article' | 'links'

export interface ImportWireStoryOptions {
  /** Who imports: becomes the article's `createdBy`; an author may only re-import their own story. */
  user?: null | TypedUser
  /** Parse and resolve, write nothing. */
  dryRun?: boolean
  /** IANA zone the text's times are in; default Europe/Kyiv. */
  timeZone?: string
  /** Today, for a by-line's date printed without a year; default now. */
  now?: Date
  /** Called inside the transaction after each step has written; a throw rolls everything back (tests). */
  afterStep?: (step: ImportStep, req: PayloadRequest) => Promise<void> | void
  /** The collections' slugs, when the app renamed any. */
  slugs?: Partial<NewsroomSlugs>
}

export interface ImportedQuote {
  id: number | null
  text: string
  attribution: string
  created: boolean
}

export interface ImportedRelatedLink {
  id: number | null
  headline: string
  to: { id: number; title: string; slug: null | string }
  score: number
  placement: 'end' | 'inline'
  afterParagraph: null | number
  created: boolean
}

export interface UnresolvedHeadline {
  headline: string
  publishedAt: null | string
  views: null | number
  afterParagraph: number
  /** The closest existing stories, best first, for the editor to pick from. */
  suggestions: ArticleSuggestion[]
}

export interface WireImportResult {
  dryRun: boolean
  importKey: string
  /** `id` is null in a dry run for an article that would be created; `slug` is then the likely slug. */
  article: { id: number | null; title: string; slug: string; status: 'draft' | 'published'; created: boolean }
  date: null | string
  dateline: null | string
  credit: null | string
  source: null | string
  lead: null | string
  author: null | { id: number | null; name: string; created: boolean }
  quotes: ImportedQuote[]
  /** People the text names who are in the People collection, and the names found nowhere (preview only). */
  people: { matched: Array<{ id: number; name: string; mentionedAs: string }>; unmatched: string[] }
  /** The story's own publication time (UTC), from its date and Kyiv time; null when the text prints no date. */
  publishedAt: null | string
  /** HH:MM Kyiv time when the text prints one; the day's start is used otherwise. */
  time: null | string
  authorRole: null | string
  captions: LineNote[]
  notes: LineNote[]
  /** Lines kept as paragraphs (or left out) that the parser was unsure of, with their line numbers. */
  warnings: ParseWarning[]
  relatedLinks: ImportedRelatedLink[]
  unresolved: UnresolvedHeadline[]
  /** The view count the text states ("• 1272 views"), whether or not it was written. */
  views: null | number
  /** Whether the article's `views` was set from the text (or, in a dry run, would be): see statedViewsToWrite. */
  viewsSet: boolean
  /**
   * What a re-import does with the existing article: 'update' it as before, or, when an editor changed it
   * since the last import, save a new 'draft' version beside theirs (the published story stays as it is).
   * Null for a new article.
   */
  reimport: null | 'draft' | 'update'
}

type Id = number

/**
 * The view count an import may write: the stated one only when an archive is migrated, that is when a
 * new article is created by an admin or on the server's command line (no user). Otherwise none: views
 * are counted by view tracking alone, so an author cannot make a story look read (the count would go
 * live with it) and a re-import never resets a live count.
 */
export function statedViewsToWrite(user: ImportWireStoryOptions['user'], creating: boolean, stated: null | number): null | number {
  if (stated === null || !creating) return null
  if (user && !hasRole(user as never, 'admin')) return null
  return stated
}

/** sha256 of the normalised headline, header date and credit: the story's identity across imports. */
export function importKeyOf(story: Pick<ParsedWireStory, 'credit' | 'date' | 'title'>): string {
  const parts = [normalizeHeadline(story.title), story.date ?? '', normalizeHeadline(story.credit ?? '')]
  return crypto.createHash('sha256').update(parts.join('\n')).digest('hex')
}

/** Parses the text; a parse error becomes a 400 whose message starts with "line N:". */
export function parseForImport(text: string, timeZone?: string, now?: Date): ParsedWireStory {
  let story: ParsedWireStory
  try {
    story = parseWireStory(text, { timeZone, now })
  } catch (error) {
    if (error instanceof WireStoryParseError) throw new APIError(error.message, 400, { line: error.line }, true)
    // An unknown time zone and the like are the caller's mistake too.
    if (error instanceof RangeError) throw new APIError(error.message, 400, { line: null }, true)
    throw error
  }
  if (story.title.length > MAX_TITLE_LENGTH) {
    const line = story.titleLine
    throw new APIError(
      `line ${line}: the headline is ${story.title.length} characters long; at most ${MAX_TITLE_LENGTH} are allowed`,
      400,
      { line },
      true,
    )
  }
  // Anything else too long for its field is moved or left out with a warning, not refused.
  return fitToLimits(story, {
    source: MAX_LENGTH.source,
    lead: MAX_LENGTH.lead,
    quote: MAX_LENGTH.quote,
    attribution: MAX_LENGTH.attribution,
    headline: MAX_LENGTH.headline,
    name: MAX_LENGTH.name,
    role: MAX_LENGTH.role,
  })
}

const nameKey = (name: string) => normalizeWhitespace(name.normalize('NFKC')).toLocaleLowerCase().replace(/[’ʼ`]/gu, "'")

/** A person whose name or one of whose aliases is `name`, compared case- and spacing-insensitively. */
async function findPerson(req: PayloadRequest, slugs: NewsroomSlugs, name: string): Promise<null | Person> {
  const { docs } = await req.payload.find({
    collection: slugFor(slugs, 'people'),
    where: { or: [{ name: { like: name } }, { aliases: { like: name } }] },
    limit: 50,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const key = nameKey(name)
  const people = docs as unknown as Person[]
  return (
    people.find((person) => nameKey(person.name) === key) ??
    people.find((person) => (person.aliases ?? []).some((alias) => nameKey(alias) === key)) ??
    null
  )
}

interface Plan {
  story: ParsedWireStory
  key: string
  existing: null | Pick<Article, '_status' | 'body' | 'createdBy' | 'credit' | 'dateline' | 'id' | 'importDigest' | 'lead' | 'slug' | 'source' | 'title'>
  /** An editor changed the article since the last import wrote it. */
  editorChanged: boolean
  author: null | { doc: null | Person; name: string }
  /** For each parsed quote, the Quote of the existing article with the same text (used once each), or null. */
  quoteIds: Array<Id | null>
  matches: Array<ArticleMatch | null>
  /** Targets the existing article already links to. */
  linkedTargets: Set<Id>
  people: WireImportResult['people']
  suggestions: ArticleSuggestion[][]
}

/** What a re-import reads of an existing article: what it may update, and what tells an editor's change. */
const CONTENT = { slug: true, _status: true, createdBy: true, importDigest: true, title: true, dateline: true, credit: true, source: true, lead: true, body: true } as const

/** Everything the import would do, found by reading only. */
async function plan(req: PayloadRequest, slugs: NewsroomSlugs, story: ParsedWireStory): Promise<Plan> {
  const key = importKeyOf(story)
  const { docs } = await req.payload.find({
    collection: slugFor(slugs, 'articles'),
    where: { importKey: { equals: key } },
    select: CONTENT,
    limit: 1,
    depth: 0,
    // The latest version, a pending draft included: an editor's unpublished changes count as changes.
    draft: true,
    overrideAccess: true,
    req,
  })
  let existing = (docs[0] as Plan['existing']) ?? null
  // Changed by an editor: the latest version or the live one no longer matches what the import that
  // wrote it stored. Both count: after a re-import saved as a draft, the live story is still the
  // editor's, and a further re-import must not publish over it. An article imported before digests
  // were kept has none: it is updated as it always was.
  const changed = (doc: NonNullable<Plan['existing']>) => Boolean(doc.importDigest) && importDigest(doc) !== doc.importDigest
  let editorChanged = existing !== null && changed(existing)
  if (existing?._status === 'draft') {
    // The latest version is a draft; whether readers see the story is the main document's status.
    const main = (await req.payload.findByID({ collection: slugFor(slugs, 'articles'), id: existing.id, select: CONTENT, depth: 0, draft: false, overrideAccess: true, req })) as NonNullable<Plan['existing']>
    editorChanged ||= main._status === 'published' && changed(main)
    existing = { ...existing, _status: main._status }
  }
  const author = story.author ? { doc: await findPerson(req, slugs, story.author), name: story.author } : null
  const quoteIds: Array<Id | null> = story.quotes.map(() => null)
  if (existing && story.quotes.length > 0) {
    const { docs: quotes } = await req.payload.find({
      collection: slugFor(slugs, 'quotes'),
      where: { and: [{ article: { equals: existing.id } }, { text: { in: story.quotes.map((quote) => quote.text) } }] },
      select: { text: true },
      sort: 'id',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    // The same text twice in a story is two quotes: each existing one is used once, in order.
    const unused = [...(quotes as unknown as Array<Pick<QuoteDoc, 'id' | 'text'>>)]
    story.quotes.forEach((quote, index) => {
      const at = unused.findIndex((doc) => doc.text === quote.text)
      if (at !== -1) quoteIds[index] = unused.splice(at, 1)[0].id
    })
  }
  const matches: Array<ArticleMatch | null> = []
  for (const related of story.related) {
    matches.push(await findArticleByHeadline(req, slugs, related.headline, { excludeId: existing?.id ?? null }))
  }
  const linkedTargets = new Set<Id>()
  if (existing && matches.some(Boolean)) {
    const { docs: links } = await req.payload.find({
      collection: slugFor(slugs, 'relatedLinks'),
      where: { and: [{ from: { equals: existing.id } }, { to: { in: matches.flatMap((match) => (match ? [match.id] : [])) } }] },
      select: { to: true },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const link of links) if (typeof link.to === 'number') linkedTargets.add(link.to)
  }
  const people: WireImportResult['people'] = { matched: [], unmatched: [] }
  for (const { name, sentenceStart } of mentionedNames(story)) {
    const person = await findPerson(req, slugs, name)
    if (person) people.matched.push({ id: person.id, name: person.name, mentionedAs: name })
    else if (!sentenceStart) people.unmatched.push(name)
  }
  const suggestions: ArticleSuggestion[][] = []
  for (const [index, related] of story.related.entries()) {
    suggestions.push(matches[index] ? [] : await suggestArticles(req, slugs, related.headline, { excludeId: existing?.id ?? null }))
  }
  return { story, key, existing, editorChanged, author, quoteIds, matches, linkedTargets, people, suggestions }
}

/** The Lexical body: paragraphs, subheads, quote blocks and readAlso blocks in reading order. Block ids are stable across imports. */
function buildBody(story: ParsedWireStory, quoteIds: Id[], matches: Array<ArticleMatch | null>) {
  return lexicalRoot(
    story.body.map((part) => {
      if (part.type === 'paragraph') return paragraphNode(part.text)
      if (part.type === 'heading') return headingNode(part.text, 'h2')
      if (part.type === 'quote') return blockNode('quote', { id: quoteBlockId(part.quoteIndex), quote: quoteIds[part.quoteIndex] })
      const related = story.related[part.relatedIndex]
      const match = matches[part.relatedIndex]
      return blockNode('readAlso', {
        id: readAlsoBlockId(part.relatedIndex),
        ...(match ? { article: match.id } : {}),
        headline: related.headline,
        publishedAt: related.publishedAt,
        views: related.views,
      })
    }),
  )
}

const quoteBlockId = (index: number) => `wire-quote-${index + 1}`
const readAlsoBlockId = (index: number) => `wire-read-also-${index + 1}`

function unresolvedOf(found: Plan): UnresolvedHeadline[] {
  return found.story.related.flatMap((related, index) =>
    found.matches[index]
      ? []
      : [
          {
            headline: related.headline,
            publishedAt: related.publishedAt,
            views: related.views,
            afterParagraph: related.afterParagraph,
            suggestions: found.suggestions[index] ?? [],
          },
        ],
  )
}

function baseResult(found: Plan, dryRun: boolean, user: ImportWireStoryOptions['user']): WireImportResult {
  const { story, existing } = found
  return {
    dryRun,
    importKey: found.key,
    article: {
      id: existing?.id ?? null,
      title: story.title,
      slug: existing?.slug ?? slugify(story.title),
      status: existing?._status === 'published' ? 'published' : 'draft',
      created: !existing,
    },
    date: story.date,
    dateline: story.dateline,
    credit: story.credit,
    source: story.source,
    lead: story.lead,
    author: found.author ? { id: found.author.doc?.id ?? null, name: found.author.doc?.name ?? found.author.name, created: !found.author.doc } : null,
    quotes: story.quotes.map((quote, index) => {
      const id = found.quoteIds[index]
      return { id, text: quote.text, attribution: quote.attribution, created: id === null }
    }),
    relatedLinks: story.related.flatMap((related, index) => {
      const match = found.matches[index]
      // One link per target (see write): a later headline naming the same article only links its block.
      if (!match || found.matches.slice(0, index).some((earlier) => earlier?.id === match.id)) return []
      const position = linkPosition(related.afterParagraph)
      return [
        {
          id: null,
          headline: related.headline,
          to: { id: match.id, title: match.title, slug: match.slug },
          score: Math.round(match.score * 1000) / 1000,
          ...position,
          created: !found.linkedTargets.has(match.id),
        },
      ]
    }),
    unresolved: unresolvedOf(found),
    people: found.people,
    publishedAt: story.publishedAt,
    time: story.time,
    authorRole: story.authorRole,
    captions: story.captions,
    notes: story.notes,
    warnings: story.warnings,
    views: story.views,
    viewsSet: statedViewsToWrite(user, !existing, story.views) !== null,
    reimport: existing ? (found.editorChanged ? 'draft' : 'update') : null,
  }
}

/** An author may re-import only a story they imported; editors and the CLI (no user) may re-import any. */
function assertMayUpdate(user: ImportWireStoryOptions['user'], existing: NonNullable<Plan['existing']>): void {
  if (!user || isStaffEditor(user as never)) return
  const createdBy = typeof existing.createdBy === 'object' && existing.createdBy ? existing.createdBy.id : existing.createdBy
  if (createdBy === undefined || createdBy === null || String(createdBy) !== String(user.id)) {
    throw new APIError('This story was imported by someone else: only an editor, or the author who imported it, may import it again.', 403, null, true)
  }
}

async function write(req: PayloadRequest, slugs: NewsroomSlugs, found: Plan, options: ImportWireStoryOptions): Promise<WireImportResult> {
  const { story, existing } = found
  const common = { depth: 0, overrideAccess: true, req } as const
  const step = async (name: ImportStep) => options.afterStep?.(name, req)
  const result = baseResult(found, false, options.user)
  if (existing) assertMayUpdate(options.user, existing)

  // The author: found by name or alias, else created.
  let authorId: Id | null = null
  if (found.author) {
    const person = found.author.doc ?? ((await req.payload.create({ ...common, collection: slugFor(slugs, 'people'), data: { name: found.author.name, kind: 'person' } })) as unknown as Person)
    authorId = person.id
    result.author = { id: person.id, name: person.name, created: !found.author.doc }
  }
  await step('author')

  // Quotes: updated when this article already carries the same text, else created.
  const quoteIds: Id[] = []
  for (const [index, quote] of story.quotes.entries()) {
    // When it was said is not printed; the story's own publication time is the closest fact the text gives.
    const data = {
      text: quote.text,
      attribution: quote.attribution,
      source: story.source,
      ...(story.publishedAt ? { saidAt: story.publishedAt } : {}),
      // A new quote of a draft version waits, unplaced, until that draft is published (linkQuotesToArticle).
      ...(existing && !found.editorChanged ? { article: existing.id } : {}),
    }
    const id = found.quoteIds[index]
    const doc = (id
      ? await req.payload.update({ ...common, collection: slugFor(slugs, 'quotes'), id, data })
      : await req.payload.create({ ...common, collection: slugFor(slugs, 'quotes'), data })) as unknown as QuoteDoc
    quoteIds.push(doc.id)
    result.quotes[index] = { id: doc.id, text: doc.text, attribution: doc.attribution ?? quote.attribution, created: !id }
  }
  await step('quotes')

  // An editor's changes are never overwritten: the import becomes a new draft version they can compare with theirs.
  const asDraft = found.editorChanged
  const status = existing?._status === 'published' && !asDraft ? 'published' : 'draft'
  const views = statedViewsToWrite(options.user, !existing, story.views)
  const data = {
    title: story.title,
    dateline: story.dateline,
    credit: story.credit,
    source: story.source,
    lead: story.lead,
    // The story's own time, so publishing it later does not stamp today's date on it (stampPublishedAt only fills an empty one).
    ...(story.publishedAt ? { publishedAt: story.publishedAt } : {}),
    body: buildBody(story, quoteIds, found.matches),
    // A text without a by-line leaves an author an editor chose in place.
    ...(authorId === null ? {} : { author: authorId }),
    importKey: found.key,
    unresolvedHeadlines: story.related.flatMap((related, index) =>
      found.matches[index]
        ? []
        : [
            {
              blockId: readAlsoBlockId(index),
              headline: related.headline,
              normalized: normalizeHeadline(related.headline),
              publishedAt: related.publishedAt,
              views: related.views,
            },
          ],
    ),
    ...(views === null ? {} : { views }),
    _status: status,
  }
  const digest = importDigest(data)
  const article = (existing
    ? await req.payload.update({
        ...common,
        collection: slugFor(slugs, 'articles'),
        id: existing.id,
        data: { ...data, slug: existing.slug, importDigest: digest } as never,
        ...(asDraft ? { draft: true } : {}),
      })
    : await req.payload.create({ ...common, collection: slugFor(slugs, 'articles'), data: { ...data, importDigest: digest } as never })) as unknown as Pick<Article, 'id' | 'slug'>
  result.article = { id: article.id, title: story.title, slug: article.slug ?? existing?.slug ?? '', status: existing?._status === 'published' ? 'published' : 'draft', created: !existing }
  if (!existing && quoteIds.length > 0) {
    // The body's quote blocks belong to this article (the linkQuotesToArticle hook does the same).
    await req.payload.update({ ...common, collection: slugFor(slugs, 'quotes'), where: { and: [{ id: { in: quoteIds } }, { article: { exists: false } }] }, data: { article: article.id } })
  }
  await step('article')

  // Related links for the headlines that name an existing article, at the headline's position. A draft
  // version beside an editor's leaves the live story's links alone: they would show before anyone publishes it.
  if (asDraft) {
    await step('links')
    return result
  }
  result.relatedLinks = []
  for (const [index, related] of story.related.entries()) {
    const match = found.matches[index]
    if (!match) continue
    // One link per target: a second headline naming the same article only links its block.
    if (result.relatedLinks.some((link) => link.to.id === match.id)) continue
    const { doc, created } = await upsertReadAlsoLink(req, slugs, {
      from: article.id,
      to: match.id,
      headline: related.headline,
      afterParagraph: related.afterParagraph,
      order: index,
    })
    result.relatedLinks.push({
      id: doc.id,
      headline: related.headline,
      to: { id: match.id, title: match.title, slug: match.slug },
      score: Math.round(match.score * 1000) / 1000,
      ...linkPosition(related.afterParagraph),
      created,
    })
  }
  await step('links')
  return result
}

/**
 * Imports one wire story. Throws an APIError: 400 (with "line N:" and `data.line`) for text that is not
 * a wire story, 403 when an author re-imports someone else's story; on any error nothing is written.
 */
export async function importWireStory(payload: Payload, text: string, options: ImportWireStoryOptions = {}): Promise<WireImportResult> {
  const story = parseForImport(text, options.timeZone, options.now)
  const slugs = resolveSlugs(options.slugs)
  const req = await createLocalReq({ user: options.user ?? undefined }, payload)
  if (options.dryRun) {
    const found = await plan(req, slugs, story)
    if (found.existing) assertMayUpdate(options.user, found.existing)
    return baseResult(found, true, options.user)
  }

  const owns = await initTransaction(req)
  try {
    const result = await write(req, slugs, await plan(req, slugs, story), options)
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}
