import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import type { Pool } from 'pg'

import type { SanitizedRelatedCollection, SanitizedRelatedOptions } from '../options'
import { analyzeDocument, nameNorm, norm } from './analyze'
import { paragraphCount, plainText } from './documentText'
import { inlineTargets } from './inlineLinks'
import { placeLinks } from './placement'
import { linksTable, readLinks, titlesOf, writeLinks } from './linkTable'
import { type ExistingLink, type LinkPlan, planLinks } from './planLinks'
import type { NoLinksDiagnosis } from './explain'
import { type ScoredCandidate, scoreCandidates, strongestCandidate } from './scoring'
import { countDocuments, findCandidates, indexDocument, removeDocument } from './store'
import { termWording } from './wording'

const documentCounts = new WeakMap<Payload, Map<string, { count: number; at: number }>>()

/** Marks writes made by the engine, so that the plugin's own hooks do not react to them. */
export const ENGINE_CONTEXT = 'newsroomRelatedEngine'

/**
 * Runs one of the engine's own writes, marked with ENGINE_CONTEXT, inside an editor's request without
 * leaving the mark on it: Payload merges a nested call's `context` into `req.context`, so the hooks
 * that run after ours in the editor's save would take that save for the engine's and, for one, queue
 * no recompute. The request's context is put back as it was.
 */
export async function asEngineWrite<T>(req: Partial<PayloadRequest> | undefined, write: (context: Record<string, unknown>) => Promise<T>): Promise<T> {
  const before = req?.context
  try {
    return await write({ [ENGINE_CONTEXT]: true })
  } finally {
    if (req && before !== undefined) req.context = before
  }
}

type Doc = Record<string, unknown> & { id: number | string }
type StoredLink = ExistingLink & { stored: Record<string, unknown> }

const idOf = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return 'id' in (value as object) ? String((value as { id: unknown }).id) : null
  return String(value)
}

export const poolOf = (payload: Payload): Pool => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) throw new Error('newsroomPlugin: the related-headlines engine needs @payloadcms/db-postgres')
  return pool
}

export interface RecomputeResult {
  /** False when the document is not published (or never linked): it was taken out of the index. */
  indexed: boolean
  ranked: ScoredCandidate[]
  created: number
  updated: number
  removed: number
}

/** Indexes and links one document at a time; everything it computes comes from PostgreSQL. */
export class RelatedEngine {
  constructor(
    private readonly payload: Payload,
    private readonly options: SanitizedRelatedOptions,
  ) {}

  /**
   * Rarity needs the number of indexed documents; counting them on every query costs more than the
   * query at 100,000 stories, and a count half a minute old changes no ranking.
   */
  private async documentCount(slug: string): Promise<number> {
    const cached = documentCounts.get(this.payload)?.get(slug)
    if (cached && cached.at > Date.now() - 30_000) return cached.count
    const count = await countDocuments(poolOf(this.payload), slug)
    if (!documentCounts.has(this.payload)) documentCounts.set(this.payload, new Map())
    documentCounts.get(this.payload)?.set(slug, { count, at: Date.now() })
    return count
  }

  collection(slug: string): SanitizedRelatedCollection {
    const found = this.options.collections.find((collection) => collection.slug === slug)
    if (!found) throw new Error(`newsroomPlugin: "${slug}" is not a related-headlines collection`)
    return found
  }

  isLive(slug: string, doc: Doc): boolean {
    const drafts = Boolean(this.payload.collections[slug as CollectionSlug]?.config.versions?.drafts)
    return (!drafts || doc._status === 'published') && doc.neverAutoLink !== true
  }

  async load(slug: string, id: number | string, req?: Partial<PayloadRequest>): Promise<Doc | null> {
    return (await this.payload.findByID({
      collection: slug as CollectionSlug,
      id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
      // The story's own joins (its links, its quotes) are not needed and cost a subquery each.
      joins: false as never,
      req,
    })) as Doc | null
  }

  /** What the index stores for a document: its analysed text, people, tags and date. */
  private text(slug: string, doc: Doc) {
    const { fields } = this.collection(slug)
    return { title: String(doc[fields.title] ?? ''), lead: plainText(doc[fields.lead]), body: plainText(doc[fields.body]) }
  }

  describe(slug: string, doc: Doc) {
    const { fields } = this.collection(slug)
    const text = this.text(slug, doc)
    const terms = analyzeDocument(text, this.options.analyzer)
    const people = ((doc[fields.people] as unknown[]) ?? []).map(idOf).filter((id): id is string => id !== null)
    const tags = ((doc[fields.tags] as unknown[]) ?? []).map((tag) => String(tag).toLowerCase())
    const published = doc[fields.publishedAt] ?? doc.createdAt
    return {
      collection: slug,
      id: String(doc.id),
      publishedAt: new Date(String(published)),
      people,
      tags,
      neverLink: doc.neverAutoLink === true,
      terms,
      norm: norm(terms.values()),
      nameNorm: nameNorm(terms, text),
    }
  }

  async index(slug: string, doc: Doc): Promise<boolean> {
    if (!this.isLive(slug, doc)) {
      await removeDocument(poolOf(this.payload), slug, String(doc.id))
      return false
    }
    await indexDocument(poolOf(this.payload), this.describe(slug, doc))
    return true
  }

  /** Ranks the documents most related to one, without writing anything; given the document, reasons use its wording. */
  async rank(slug: string, id: number | string, doc?: Doc): Promise<ScoredCandidate[]> {
    const { source, candidates } = await this.candidates(slug, id)
    if (!source) return []
    return scoreCandidates({ ...source, wording: doc ? termWording(this.text(slug, doc), Boolean(this.options.analyzer.numberWeight)) : undefined }, candidates, this.options)
  }

  /** Why a story has no auto links: the strongest candidate in the window and what a link needs. */
  async diagnose(slug: string, id: number | string): Promise<NoLinksDiagnosis> {
    const { source, candidates } = await this.candidates(slug, id)
    const best = source ? strongestCandidate(source, candidates, this.options) : null
    const titles = best ? await this.titles(slug, [best.id]) : new Map<string, string>()
    return {
      minScore: this.options.minScore,
      maxAgeDays: this.options.maxAgeDays,
      strongest: best ? { id: best.id, title: titles.get(best.id) ?? null, evidence: best.evidence } : null,
    }
  }

  private async candidates(slug: string, id: number | string) {
    return findCandidates(poolOf(this.payload), {
      collection: slug,
      id: String(id),
      maxAgeDays: this.options.maxAgeDays,
      queryTerms: this.options.queryTerms,
      maxDocumentFrequency: this.options.maxDocumentFrequency,
      idfPower: this.options.idfPower,
      documents: await this.documentCount(slug),
      limit: this.options.candidates,
    })
  }

  /** Re-indexes a document and rewrites its auto links, leaving every editor's choice alone. */
  async recompute(slug: string, id: number | string, req?: Partial<PayloadRequest>): Promise<RecomputeResult> {
    const doc = await this.load(slug, id, req)
    if (!doc || !(await this.index(slug, doc))) {
      const removed = await this.removeAutoLinks(id, req)
      return { indexed: false, ranked: [], created: 0, updated: 0, removed }
    }
    return this.relink(slug, doc, req)
  }

  /** Rewrites the auto links of a document that is already indexed (a rebuild indexes in bulk first). */
  async relink(slug: string, doc: Doc, req?: Partial<PayloadRequest>): Promise<RecomputeResult> {
    const id = doc.id
    const ranked = await this.rank(slug, id, doc)
    const table = linksTable(this.payload, this.options.linksCollection)
    const existing = table ? await readLinks(this.payload, table, id, req) : await this.existingLinks(id, req)
    const { fields, inlineLinkBlocks } = this.collection(slug)
    const paragraphs = paragraphCount(doc[fields.body])
    const plan = planLinks(existing, ranked, {
      topK: this.options.topK,
      positions: (count) => placeLinks(count, paragraphs, this.options.placement),
      inline: inlineTargets(doc[fields.body], inlineLinkBlocks),
    })
    const titles = await this.titles(slug, plan.create.map((change) => change.to), req)
    // Links are derived data the engine has already validated: they are written without the
    // per-field validation queries and hooks a person's edit goes through, in one statement when
    // the links table is laid out as the engine knows it, else through the database adapter.
    if (table) await writeLinks(this.payload, table, doc.id, plan, titles, req)
    else await this.writeThroughAdapter(doc.id, plan, existing as StoredLink[], titles, req)
    return { indexed: true, ranked, created: plan.create.length, updated: plan.update.length + plan.refresh.length, removed: plan.remove.length }
  }

  private async writeThroughAdapter(from: number | string, plan: LinkPlan, existing: StoredLink[], titles: Map<string, string>, req?: Partial<PayloadRequest>) {
    const links = this.options.linksCollection as CollectionSlug
    const db = this.payload.db
    for (const change of plan.create) {
      await db.create({
        collection: links,
        data: { from, to: toId(change.to), url: null, headline: titles.get(change.to) ?? null, origin: 'auto', pinned: false, excluded: false, ...linkData(change) },
        req,
        returning: false,
      })
    }
    // The adapter writes whole rows, as Payload's own update does after merging: merge with what is stored.
    const stored = new Map(existing.map((link) => [link.id, link.stored]))
    for (const change of plan.update) {
      await db.updateOne({ collection: links, id: change.id, data: { ...stored.get(change.id), ...linkData(change) }, req, returning: false })
    }
    for (const change of plan.refresh) {
      await db.updateOne({ collection: links, id: change.id, data: { ...stored.get(change.id), score: change.score, reasons: reasonsData(change.reasons) }, req, returning: false })
    }
    if (plan.remove.length > 0) {
      await db.deleteMany({ collection: links, where: { id: { in: plan.remove } }, req })
    }
  }

  /** A document that may no longer be linked to loses the auto links pointing at it, and its own. */
  async removeAutoLinks(id: number | string, req?: Partial<PayloadRequest>): Promise<number> {
    const links = this.options.linksCollection as CollectionSlug
    const where = {
      and: [
        { origin: { equals: 'auto' } },
        { pinned: { not_equals: true } },
        { excluded: { not_equals: true } },
        { or: [{ from: { equals: id } }, { to: { equals: id } }] },
      ],
    }
    const result = await asEngineWrite(req, (context) => this.payload.delete({ collection: links, where, overrideAccess: true, req, context } as never))
    return (result as unknown as { docs: unknown[] }).docs.length
  }

  /** Documents with a link to this one: they must refill their lists when it goes. */
  async linkingTo(id: number | string, req?: Partial<PayloadRequest>): Promise<string[]> {
    const { docs } = await this.payload.find({
      collection: this.options.linksCollection as CollectionSlug,
      where: { to: { equals: id } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return [...new Set(docs.map((link) => idOf((link as unknown as Record<string, unknown>).from)).filter((value): value is string => value !== null))]
  }

  private async existingLinks(id: number | string, req?: Partial<PayloadRequest>): Promise<StoredLink[]> {
    const { docs } = await this.payload.find({
      collection: this.options.linksCollection as CollectionSlug,
      where: { from: { equals: id } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      joins: false as never,
      req,
    })
    return docs.map((link) => {
      const record = link as unknown as Record<string, unknown>
      return {
        id: record.id as number | string,
        to: idOf(record.to),
        origin: record.origin === 'auto' ? 'auto' : 'manual',
        pinned: record.pinned === true,
        excluded: record.excluded === true,
        order: Number(record.order ?? 0),
        stored: record,
      }
    })
  }

  private async titles(slug: string, ids: string[], req?: Partial<PayloadRequest>): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map()
    const title = this.collection(slug).fields.title
    const direct = await titlesOf(this.payload, slug, title, ids, req)
    if (direct) return direct
    const { docs } = await this.payload.find({
      collection: slug as CollectionSlug,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      joins: false as never,
      req,
      select: { [title]: true },
    })
    return new Map(docs.map((doc) => [String(doc.id), String((doc as unknown as Record<string, unknown>)[title] ?? '')]))
  }
}

const toId = (id: string): number | string => (/^\d+$/.test(id) ? Number(id) : id)

const reasonsData = (reasons: ScoredCandidate['reasons']) => ({
  ...reasons,
  sharedPeople: reasons.sharedPeople.map(toId),
})

function linkData(change: { score: number; reasons: ScoredCandidate['reasons']; order: number; position: { placement: string; afterParagraph: null | number } }) {
  return { score: change.score, reasons: reasonsData(change.reasons), order: change.order, position: change.position }
}
