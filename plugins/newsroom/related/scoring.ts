/** Pure scoring: how related two stories are, from what PostgreSQL found they share. */
import { readableTerms } from './wording'

export interface ScoringWeights {
  text: number
  people: number
  tags: number
}

export interface ScoringOptions {
  weights: ScoringWeights
  /**
   * A story this many days older or newer counts half. Long on purpose (months): time orders
   * candidates of similar evidence and sets apart a look-alike event years away, it never cuts a
   * story's follow-ups off. null turns recency off.
   */
  recencyHalfLifeDays: null | number
  /**
   * The share of the score that only a fresh candidate keeps, fading with its own (short) half-life:
   * among stories of similar evidence the newest wins, while a follow-up months later keeps the rest.
   * Off with recency.
   */
  freshness?: { share: number; halfLifeDays: number }
  /** Candidates whose evidence (text, people, tags, before any time factor) is below this are not linked. */
  minScore: number
  /**
   * The share of the text evidence that the stories' names alone decide (their cosine); 0 or absent
   * switches it off. Two look-alike events share most words and differ by names and places.
   */
  namesShare?: number
}

export interface SourceFacts {
  publishedAt: Date
  people: string[]
  tags: string[]
  /** How the story writes its terms (`termWording`), for reasons an editor reads; stems without it. */
  wording?: Map<string, string>
}

export interface CandidateFacts {
  id: string
  textScore: number
  /** Cosine of the two stories' names alone; null when either names nobody (no evidence either way). */
  nameScore?: null | number
  sharedTerms: string[]
  people: string[]
  tags: string[]
  publishedAt: Date
}

export interface Reasons {
  sharedPeople: string[]
  sharedTags: string[]
  sharedTerms: string[]
  textScore: number
  peopleScore: number
  tagScore: number
  recencyScore: number
}

export interface ScoredCandidate {
  id: string
  score: number
  /** What the stories share, before time: what `minScore` is compared with. */
  evidence: number
  reasons: Reasons
}

const DAY_MS = 86_400_000
const NO_WORDING = new Map<string, string>()

const overlap = (a: string[], b: string[]): string[] => {
  const set = new Set(b)
  return [...new Set(a)].filter((value) => set.has(value))
}

/** Set similarity normalised by both sizes, so that sharing one of two people beats one of twenty. */
const cosineOfSets = (shared: number, a: number, b: number): number => (shared === 0 ? 0 : shared / Math.sqrt(a * b))

export function recencyFactor(source: Date, candidate: Date, halfLifeDays: null | number, freshness?: ScoringOptions['freshness']): number {
  if (halfLifeDays === null) return 1
  const days = Math.abs(source.getTime() - candidate.getTime()) / DAY_MS
  const fresh = freshness && freshness.share > 0 ? 1 - freshness.share + freshness.share * 0.5 ** (days / freshness.halfLifeDays) : 1
  return fresh * 0.5 ** (days / halfLifeDays)
}

/**
 * The text evidence: the cosine of all terms, part of it replaced by the cosine of the names alone.
 * Among all terms a story's few names weigh little against the many words two look-alike events
 * share (two earthquakes, two court rulings); on their own they tell the events apart. When either
 * story names nobody (a Title Case headline, a short blurb) there is no evidence either way, and
 * the text counts alone.
 */
export function textEvidence(text: number, names: null | number, namesShare: number): number {
  if (names === null || namesShare <= 0) return text
  return (1 - namesShare) * text + namesShare * names
}

const round = (value: number) => Math.round(value * 10_000) / 10_000

/** The best candidate whatever its evidence: what an editor is told when a story got no links. */
export function strongestCandidate(source: SourceFacts, candidates: CandidateFacts[], options: ScoringOptions): null | ScoredCandidate {
  const all = scoreCandidates(source, candidates, { ...options, minScore: 0 })
  return all.reduce<null | ScoredCandidate>((best, candidate) => (!best || candidate.evidence > best.evidence ? candidate : best), null)
}

export function scoreCandidates(source: SourceFacts, candidates: CandidateFacts[], options: ScoringOptions): ScoredCandidate[] {
  const { weights } = options
  const total = weights.text + weights.people + weights.tags || 1
  return candidates
    .map((candidate) => {
      const sharedPeople = overlap(source.people, candidate.people)
      const sharedTags = overlap(source.tags.map((tag) => tag.toLowerCase()), candidate.tags.map((tag) => tag.toLowerCase()))
      const nameScore = candidate.nameScore === null || candidate.nameScore === undefined ? null : Math.min(1, Math.max(0, candidate.nameScore))
      const textScore = textEvidence(Math.min(1, Math.max(0, candidate.textScore)), nameScore, options.namesShare ?? 0)
      const peopleScore = cosineOfSets(sharedPeople.length, source.people.length, candidate.people.length)
      const tagScore = cosineOfSets(sharedTags.length, source.tags.length, candidate.tags.length)
      const recencyScore = recencyFactor(source.publishedAt, candidate.publishedAt, options.recencyHalfLifeDays, options.freshness)
      const evidence = (weights.text * textScore + weights.people * peopleScore + weights.tags * tagScore) / total
      return {
        id: candidate.id,
        score: round(evidence * recencyScore),
        evidence: round(evidence),
        reasons: {
          sharedPeople,
          sharedTags,
          sharedTerms: readableTerms(candidate.sharedTerms, source.wording ?? NO_WORDING, 6),
          textScore: round(textScore),
          peopleScore: round(peopleScore),
          tagScore: round(tagScore),
          recencyScore: round(recencyScore),
        },
      }
    })
    // The threshold is on the evidence: a follow-up months later shares as much as one the next day.
    .filter((candidate) => candidate.evidence >= options.minScore)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
}
