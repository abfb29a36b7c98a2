import type { AnalyzeOptions } from './related/analyze'
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
  /** Candidates scoring below this are not linked. Default 0.05. */
  minScore?: number
  /** Relative weights of shared text, people and tags. Default `{ text: 0.7, people: 0.2, tags: 0.1 }`. */
  weights?: Partial<ScoringWeights>
  /** Days after which closeness in time counts half; `null` switches recency off. Default 7. */
  recencyHalfLifeDays?: null | number
  /** Stories further apart than this many days are never linked. Default 90. */
  maxAgeDays?: number
  /** Strongest terms of a story that are looked up. Default 40. */
  queryTerms?: number
  /** Terms found in more than this share of stories are ignored. Default 0.05. */
  maxDocumentFrequency?: number
  /** How strongly a term's rarity counts: 1 is plain IDF, lower flattens it (short texts over-reward rare words). Default 0.5. */
  idfPower?: number
  /** Candidates fetched from PostgreSQL before the final scoring. Default 100. */
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

export interface NewsroomPluginOptions {
  /** Keeps the plugin's fields and collections (so the schema and migrations do not change) but switches off all behaviour. */
  disabled?: boolean
  /** Related headlines; `false` to leave the feature out entirely. */
  related?: false | RelatedOptions
}

export interface SanitizedRelatedCollection {
  slug: string
  fields: Required<RelatedFieldNames>
}

export interface SanitizedRelatedOptions {
  collections: SanitizedRelatedCollection[]
  linksCollection: string
  topK: number
  minScore: number
  weights: ScoringWeights
  recencyHalfLifeDays: null | number
  maxAgeDays: number
  queryTerms: number
  maxDocumentFrequency: number
  idfPower: number
  candidates: number
  backlinks: number
  placement: PlacementOption
  analyzer: AnalyzeOptions
  mentions: false | Required<MentionsOptions>
  queue: string
  autoRun: false | string
}

export interface SanitizedNewsroomOptions {
  disabled: boolean
  related: false | SanitizedRelatedOptions
}

/** Every default in one place. */
export const RELATED_DEFAULTS: Omit<SanitizedRelatedOptions, 'collections'> = {
  linksCollection: 'related-links',
  topK: 5,
  minScore: 0.05,
  weights: { text: 0.7, people: 0.2, tags: 0.1 },
  recencyHalfLifeDays: 7,
  maxAgeDays: 90,
  queryTerms: 40,
  maxDocumentFrequency: 0.05,
  idfPower: 0.5,
  candidates: 100,
  backlinks: 10,
  placement: { mode: 'every', every: 3, max: 2 },
  analyzer: { fieldWeights: { title: 3, lead: 2, body: 1 }, phraseWeight: 1.5, nameWeight: 2, maxTerms: 300 },
  mentions: { collection: 'people', nameField: 'name', aliasesField: 'aliases', minLength: 4 },
  queue: 'newsroom-related',
  autoRun: '*/2 * * * * *',
}

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
  const disabled = incoming.disabled ?? false
  if (incoming.related === false) return { disabled, related: false }
  const related = incoming.related ?? {}
  const collections = (related.collections ?? ['articles']).map((entry) => {
    const slug = typeof entry === 'string' ? entry : entry?.slug
    if (!slug || !collectionSlugs.includes(slug)) {
      throw new NewsroomOptionsError(`related.collections names "${slug}", which is not a collection in this config (have: ${collectionSlugs.join(', ')})`)
    }
    return { slug, fields: { ...FIELD_DEFAULTS, ...(typeof entry === 'string' ? {} : entry.fields) } }
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
  return { disabled, related: merged }
}
