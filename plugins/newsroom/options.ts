import proxyaddr from 'proxy-addr'

import type { AnalyzeOptions } from './related/analyze'
import type { InlineLinkBlock } from './related/inlineLinks'
import type { PlacementOption } from './related/placement'
import type { ScoringWeights } from './related/scoring'

/** Which fields of a collection hold what the related-headlines engine reads. */
export interface RelatedFieldNames {
  /** Default `title`. */
  title?: string
  /** Default `lead`; a missing field is simply skipped. */
  lead?: string
  /** Default `body`: Lexical rich text or plain text. */
  body?: string
  /** Default `people`: a hasMany relationship. */
  people?: string
  /** Default `tags`: a hasMany text field. */
  tags?: string
  /** Default `publishedAt`. */
  publishedAt?: string
}

export interface RelatedCollectionOptions {
  slug: string
  fields?: RelatedFieldNames
  /**
   * Body blocks that already link another story inline, as `{ blockType, field }` (the block's
   * relationship field): a story linked there is never listed again among the related links, neither
   * as an auto link nor a manual one. Default `[{ blockType: 'readAlso', field: 'article' }]`; `[]` for none.
   */
  inlineLinkBlocks?: InlineLinkBlock[]
}

export interface MentionsOptions {
  /** The collection of people to look for. Default `people`. */
  collection?: string
  /** Field with the person's name. Default `name`. */
  nameField?: string
  /** hasMany text field with other spellings. Default `aliases`. */
  aliasesField?: string
  /** Names shorter than this are ignored, so that initials do not match everywhere. Default 4. */
  minLength?: number
}

export interface RelatedOptions {
  /** Collections whose documents get related links to each other. Default `['articles']`. */
  collections?: Array<RelatedCollectionOptions | string>
  /** Collection the links are stored in; created by the plugin when the config has none. Default `related-links`. */
  linksCollection?: string
  /** Links per document, manual and pinned ones included. Default 5. */
  topK?: number
  /** Candidates whose evidence (text, people, tags; time left out) is below this are not linked. Default 0.05. */
  minScore?: number
  /** Relative weights of shared text, people and tags. Default `{ text: 0.7, people: 0.2, tags: 0.1 }`. */
  weights?: Partial<ScoringWeights>
  /** Days apart at which a candidate's score counts half: orders similar evidence, never a cut-off; `null` switches recency off. Default 365. */
  recencyHalfLifeDays?: null | number
  /** Share of the score only a fresh story keeps, fading with its own half-life: the newest of similar stories wins. Default `{ share: 0.5, halfLifeDays: 7 }`. */
  freshness?: { share: number; halfLifeDays: number }
  /** Stories further apart than this many days are never linked. Default 400 (a year's follow-ups and the anniversary). */
  maxAgeDays?: number
  /** Strongest terms of a story that are looked up. Default 40. */
  queryTerms?: number
  /** Terms found in more than this share of stories are ignored. Default 0.05. */
  maxDocumentFrequency?: number
  /**
   * The share of the text evidence decided by the stories' names alone (the cosine of their names
   * and places), so that two look-alike events sharing most words are told apart; only between stories
   * with a lead or body (a headline's capitals are not reliable names). 0 switches it off. Default 0.3.
   */
  namesShare?: number
  /** How strongly a term's rarity counts: 1 is plain IDF, lower flattens it (short texts over-reward rare words). Default 0.5. */
  idfPower?: number
  /** Candidates fetched from PostgreSQL before the final scoring. Default 200. */
  candidates?: number
  /** Older stories re-ranked when one is published, so that they link back to it. Default 10. */
  backlinks?: number
  /** Where auto links go in the body. Default `{ mode: 'every', every: 3, max: 2 }` (the rest at the end). */
  placement?: PlacementOption
  /** Tokenisation weights. */
  analyzer?: Partial<AnalyzeOptions>
  /** Add people named in a story's text to its people; `false` to switch off. */
  mentions?: false | MentionsOptions
  /** Jobs queue the recompute tasks run on. Default `newsroom-related`. */
  queue?: string
  /** Cron (with seconds) on which the app runs queued recomputes; `false` when a worker runs them. Default every 2 seconds. */
  autoRun?: false | string
}

/** A collection whose views are counted, and the fields the counter uses. */
export interface ViewsCollectionOptions {
  slug: string
  /** Number field holding the all-time count; added by the plugin when missing. Default `views`. */
  viewsField?: string
  /** Text field a beacon may name the document by instead of its id. Default `slug`; `false` for none. */
  slugField?: false | string
}

export interface ViewsOptions {
  /** Collections whose views are counted. Default `['articles']`. */
  collections?: Array<string | ViewsCollectionOptions>
  /** The same visitor counts once per document within this many minutes. Default 30. */
  dedupeWindowMinutes?: number
  /**
   * Where the "seen recently" keys live: `memory` (one process; the default) or `postgres` (shared by
   * every app instance and collector, so a visitor whose requests land on different instances counts once).
   */
  dedupeStore?: 'memory' | 'postgres'
  /** Most keys the in-memory store holds; the oldest go first beyond it. Default 500,000 (about 80 MB). */
  dedupeMaxEntries?: number
  /** Buffered views are written at least this often, in milliseconds. Default 1000. */
  flushIntervalMs?: number
  /** ...or as soon as this many views are buffered. Default 1000. */
  flushMaxViews?: number
  /**
   * Addresses whose `X-Forwarded-For` is believed (proxy-addr syntax: `loopback`, `10.0.0.0/8`, ...).
   * Default `['loopback']`: the address of the proxy in front of the app on the same machine. The
   * Next.js route and the Payload endpoint know the socket address only when the app's
   * `instrumentation.ts` calls `stampPeerAddresses()` (see the README); without it no
   * `X-Forwarded-For` is believed.
   */
  trustedProxies?: string[]
  /**
   * Beacons one client address (an IPv6 /64) may send per minute, whatever they are about; more are
   * answered 429 with `Retry-After` and not counted. Generous, since many readers can share an address
   * behind a NAT. Default 600.
   */
  beaconPerMinute?: number
  /** Do not count visitors who send `DNT: 1` or `Sec-GPC: 1`. Default true. */
  respectPrivacySignals?: boolean
  /** Largest beacon body accepted, in bytes; larger answers 413. Default 1024. */
  maxBodyBytes?: number
  /** IANA time zone whose calendar days the daily counts follow. Default `UTC`. */
  timeZone?: string
  /** Seconds a most-read list is reused before it is read again. Default 30. */
  mostReadCacheSeconds?: number
}

export interface NewsroomPluginOptions {
  /** Keeps the plugin's fields and collections (so the schema and migrations do not change) but switches off all behaviour. */
  disabled?: boolean
  /** Related headlines; `false` to leave the feature out entirely. */
  related?: false | RelatedOptions
  /** View tracking; `false` to leave the feature out entirely. */
  views?: false | ViewsOptions
}

export interface SanitizedRelatedCollection {
  slug: string
  fields: Required<RelatedFieldNames>
  inlineLinkBlocks: InlineLinkBlock[]
}

export interface SanitizedRelatedOptions {
  collections: SanitizedRelatedCollection[]
  linksCollection: string
  topK: number
  minScore: number
  weights: ScoringWeights
  recencyHalfLifeDays: null | number
  freshness: { share: number; halfLifeDays: number }
  maxAgeDays: number
  queryTerms: number
  maxDocumentFrequency: number
  idfPower: number
  namesShare: number
  candidates: number
  backlinks: number
  placement: PlacementOption
  analyzer: AnalyzeOptions
  mentions: false | Required<MentionsOptions>
  queue: string
  autoRun: false | string
}

export interface SanitizedViewsCollection {
  slug: string
  viewsField: string
  slugField: false | string
}

export interface SanitizedViewsOptions extends Required<Omit<ViewsOptions, 'collections'>> {
  collections: SanitizedViewsCollection[]
}

export interface SanitizedNewsroomOptions {
  disabled: boolean
  related: false | SanitizedRelatedOptions
  views: false | SanitizedViewsOptions
}

export const VIEWS_DEFAULTS: Omit<SanitizedViewsOptions, 'collections'> = {
  dedupeWindowMinutes: 30,
  dedupeStore: 'memory',
  dedupeMaxEntries: 500_000,
  flushIntervalMs: 1000,
  flushMaxViews: 1000,
  trustedProxies: ['loopback'],
  beaconPerMinute: 600,
  respectPrivacySignals: true,
  maxBodyBytes: 1024,
  timeZone: 'UTC',
  mostReadCacheSeconds: 30,
}

/** Every default in one place. */
export const RELATED_DEFAULTS: Omit<SanitizedRelatedOptions, 'collections'> = {
  linksCollection: 'related-links',
  topK: 5,
  minScore: 0.05,
  weights: { text: 0.7, people: 0.2, tags: 0.1 },
  recencyHalfLifeDays: 365,
  freshness: { share: 0.5, halfLifeDays: 7 },
  maxAgeDays: 400,
  queryTerms: 40,
  maxDocumentFrequency: 0.05,
  idfPower: 0.5,
  namesShare: 0.3,
  candidates: 200,
  backlinks: 10,
  placement: { mode: 'every', every: 3, max: 2 },
  analyzer: { fieldWeights: { title: 3, lead: 2, body: 1 }, phraseWeight: 1.5, nameWeight: 2, numberWeight: 1, maxTerms: 300 },
  mentions: { collection: 'people', nameField: 'name', aliasesField: 'aliases', minLength: 4 },
  queue: 'newsroom-related',
  autoRun: '*/2 * * * * *',
}

/** The newsroom's "Read also" block; a collection without such blocks simply finds none. */
const INLINE_LINK_BLOCKS_DEFAULT: InlineLinkBlock[] = [{ blockType: 'readAlso', field: 'article' }]

const FIELD_DEFAULTS: Required<RelatedFieldNames> = {
  title: 'title',
  lead: 'lead',
  body: 'body',
  people: 'people',
  tags: 'tags',
  publishedAt: 'publishedAt',
}

export class NewsroomOptionsError extends Error {
  constructor(message: string) {
    super(`newsroomPlugin: ${message}`)
    this.name = 'NewsroomOptionsError'
  }
}

const positive = (name: string, value: number, { integer = false, max = Infinity } = {}) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > max || (integer && !Number.isInteger(value))) {
    throw new NewsroomOptionsError(`related.${name} must be a ${integer ? 'whole ' : ''}number above 0${max < Infinity ? ` and at most ${max}` : ''} (got ${JSON.stringify(value)})`)
  }
}

/** Merges defaults and rejects options that cannot work, naming the option and the fix. */
export function sanitizeOptions(incoming: NewsroomPluginOptions, collectionSlugs: string[]): SanitizedNewsroomOptions {
  if (incoming === null || typeof incoming !== 'object') throw new NewsroomOptionsError('options must be an object')
  return {
    disabled: incoming.disabled ?? false,
    related: incoming.related === false ? false : sanitizeRelated(incoming.related ?? {}, collectionSlugs),
    views: incoming.views === false ? false : sanitizeViews(incoming.views ?? {}, collectionSlugs),
  }
}

function sanitizeRelated(related: RelatedOptions, collectionSlugs: string[]): SanitizedRelatedOptions {
  const collections = (related.collections ?? ['articles']).map((entry) => {
    const slug = typeof entry === 'string' ? entry : entry?.slug
    if (!slug || !collectionSlugs.includes(slug)) {
      throw new NewsroomOptionsError(`related.collections names "${slug}", which is not a collection in this config (have: ${collectionSlugs.join(', ')})`)
    }
    const inlineLinkBlocks = (typeof entry === 'string' ? undefined : entry.inlineLinkBlocks) ?? INLINE_LINK_BLOCKS_DEFAULT
    if (!Array.isArray(inlineLinkBlocks) || inlineLinkBlocks.some((block) => typeof block?.blockType !== 'string' || typeof block?.field !== 'string')) {
      throw new NewsroomOptionsError(`related.collections "${slug}": inlineLinkBlocks must be a list of { blockType, field } (got ${JSON.stringify(inlineLinkBlocks)})`)
    }
    return { slug, fields: { ...FIELD_DEFAULTS, ...(typeof entry === 'string' ? {} : entry.fields) }, inlineLinkBlocks }
  })
  if (collections.length === 0) throw new NewsroomOptionsError('related.collections is empty: name at least one collection, or set related: false')

  const merged: SanitizedRelatedOptions = {
    ...RELATED_DEFAULTS,
    ...Object.fromEntries(Object.entries(related).filter(([, value]) => value !== undefined)),
    collections,
    weights: { ...RELATED_DEFAULTS.weights, ...related.weights },
    analyzer: { ...RELATED_DEFAULTS.analyzer, ...related.analyzer, fieldWeights: { ...RELATED_DEFAULTS.analyzer.fieldWeights, ...related.analyzer?.fieldWeights } },
    mentions: related.mentions === false ? false : { ...(RELATED_DEFAULTS.mentions as Required<MentionsOptions>), ...related.mentions },
  } as SanitizedRelatedOptions

  positive('topK', merged.topK, { integer: true, max: 50 })
  positive('maxAgeDays', merged.maxAgeDays)
  positive('queryTerms', merged.queryTerms, { integer: true })
  positive('candidates', merged.candidates, { integer: true })
  positive('maxDocumentFrequency', merged.maxDocumentFrequency, { max: 1 })
  positive('idfPower', merged.idfPower, { max: 3 })
  if (merged.recencyHalfLifeDays !== null) positive('recencyHalfLifeDays', merged.recencyHalfLifeDays)
  merged.freshness = { ...RELATED_DEFAULTS.freshness, ...related.freshness }
  if (typeof merged.freshness.share !== 'number' || merged.freshness.share < 0 || merged.freshness.share > 1) {
    throw new NewsroomOptionsError(`related.freshness.share must be between 0 and 1 (got ${JSON.stringify(merged.freshness.share)})`)
  }
  positive('freshness.halfLifeDays', merged.freshness.halfLifeDays)
  if (typeof merged.namesShare !== 'number' || merged.namesShare < 0 || merged.namesShare > 1) {
    throw new NewsroomOptionsError(`related.namesShare must be between 0 and 1 (got ${JSON.stringify(merged.namesShare)})`)
  }
  if (typeof merged.minScore !== 'number' || merged.minScore < 0 || merged.minScore > 1) {
    throw new NewsroomOptionsError(`related.minScore must be between 0 and 1 (got ${JSON.stringify(merged.minScore)})`)
  }
  if (!Number.isInteger(merged.backlinks) || merged.backlinks < 0) {
    throw new NewsroomOptionsError(`related.backlinks must be a whole number, 0 or more (got ${JSON.stringify(merged.backlinks)})`)
  }
  for (const [name, weight] of Object.entries(merged.weights)) {
    if (typeof weight !== 'number' || weight < 0) throw new NewsroomOptionsError(`related.weights.${name} must be 0 or more (got ${JSON.stringify(weight)})`)
  }
  const placement = merged.placement
  if (!placement || !['end', 'afterParagraph', 'every'].includes(placement.mode)) {
    throw new NewsroomOptionsError(`related.placement.mode must be "end", "afterParagraph" or "every" (got ${JSON.stringify(placement?.mode)})`)
  }
  if (placement.mode === 'afterParagraph') positive('placement.paragraph', placement.paragraph, { integer: true })
  if (placement.mode === 'every') {
    positive('placement.every', placement.every, { integer: true })
    positive('placement.max', placement.max, { integer: true })
  }
  if (merged.mentions && !collectionSlugs.includes(merged.mentions.collection)) {
    throw new NewsroomOptionsError(`related.mentions.collection "${merged.mentions.collection}" is not a collection in this config; set related.mentions: false to switch mentions off`)
  }
  return merged
}

function sanitizeViews(views: ViewsOptions, collectionSlugs: string[]): SanitizedViewsOptions {
  const collections = (views.collections ?? ['articles']).map((entry): SanitizedViewsCollection => {
    const slug = typeof entry === 'string' ? entry : entry?.slug
    if (!slug || !collectionSlugs.includes(slug)) {
      throw new NewsroomOptionsError(`views.collections names "${slug}", which is not a collection in this config (have: ${collectionSlugs.join(', ')})`)
    }
    const given: ViewsCollectionOptions = typeof entry === 'string' ? { slug } : entry
    return { slug, viewsField: given.viewsField ?? 'views', slugField: given.slugField ?? 'slug' }
  })
  if (collections.length === 0) throw new NewsroomOptionsError('views.collections is empty: name at least one collection, or set views: false')
  const merged = {
    ...VIEWS_DEFAULTS,
    ...Object.fromEntries(Object.entries(views).filter(([, value]) => value !== undefined)),
    collections,
  } as SanitizedViewsOptions
  const positiveViews = (name: string, value: number, integer = false) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
      throw new NewsroomOptionsError(`views.${name} must be a ${integer ? 'whole ' : ''}number above 0 (got ${JSON.stringify(value)})`)
    }
  }
  positiveViews('dedupeWindowMinutes', merged.dedupeWindowMinutes)
  positiveViews('dedupeMaxEntries', merged.dedupeMaxEntries, true)
  positiveViews('flushIntervalMs', merged.flushIntervalMs, true)
  positiveViews('flushMaxViews', merged.flushMaxViews, true)
  positiveViews('maxBodyBytes', merged.maxBodyBytes, true)
  positiveViews('beaconPerMinute', merged.beaconPerMinute, true)
  if (typeof merged.mostReadCacheSeconds !== 'number' || merged.mostReadCacheSeconds < 0) {
    throw new NewsroomOptionsError(`views.mostReadCacheSeconds must be 0 or more (got ${JSON.stringify(merged.mostReadCacheSeconds)})`)
  }
  if (!['memory', 'postgres'].includes(merged.dedupeStore)) {
    throw new NewsroomOptionsError(`views.dedupeStore must be "memory" or "postgres" (got ${JSON.stringify(merged.dedupeStore)})`)
  }
  if (!Array.isArray(merged.trustedProxies) || merged.trustedProxies.some((entry) => typeof entry !== 'string')) {
    throw new NewsroomOptionsError(`views.trustedProxies must be a list of addresses or ranges (got ${JSON.stringify(merged.trustedProxies)})`)
  }
  try {
    proxyaddr.compile(merged.trustedProxies)
  } catch (error) {
    throw new NewsroomOptionsError(`views.trustedProxies: ${error instanceof Error ? error.message : String(error)}`)
  }
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: merged.timeZone })
  } catch {
    throw new NewsroomOptionsError(`views.timeZone must be an IANA time zone such as "Europe/Kyiv" (got ${JSON.stringify(merged.timeZone)})`)
  }
  return merged
}
