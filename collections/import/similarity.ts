/**
 * Headline matching for "read also" lines: a wire text names a related story only by its headline, so
 * the importer (and the hook that resolves such headlines later) compares it with article titles. Pure
 * and dependency-free; the two functions that query the database only use `searchTerms` to pick cheap
 * candidates and `headlineSimilarity` to decide.
 */
import { matchSourcePrefix } from './wireStoryLines'

/** Two headlines at least this similar (Dice coefficient on character bigrams) name the same story. */
export const HEADLINE_MATCH_THRESHOLD = 0.85

/**
 * Lowercase; quotes and apostrophes dropped ("Ukraine's" → "ukraines"); every other run of punctuation,
 * symbols and spaces becomes one space. Works for any script.
 */
export function normalizeHeadline(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/['’‘ʼ`´"«»“”„‹›]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The multiset of adjacent character pairs of a string, spaces left out. */
function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/ /g, '')]
  const counts = new Map<string, number>()
  for (let i = 0; i < chars.length - 1; i++) {
    const pair = chars[i] + chars[i + 1]
    counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  return counts
}

/**
 * Sørensen–Dice coefficient of the character bigrams of two (already normalised) strings: 1 for equal
 * strings, 0 for strings that share no pair. One-character strings compare by equality.
 */
export function diceCoefficient(a: string, b: string): number {
  if (a === b) return 1
  const left = bigrams(a)
  const right = bigrams(b)
  let total = 0
  for (const count of left.values()) total += count
  for (const count of right.values()) total += count
  if (total === 0) return 0
  let shared = 0
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0)
  return (2 * shared) / total
}

/** The headline, and the headline without an opening "Reuters:"-style source prefix when it has one. */
function variants(headline: string): string[] {
  const found = [normalizeHeadline(headline)]
  const source = matchSourcePrefix(headline.trim())
  if (source) found.push(normalizeHeadline(headline.trim().slice(source.length + 1)))
  return [...new Set(found.filter(Boolean))]
}

/** Normalised forms a stored headline may be compared by for an exact match (see `variants`). */
export function headlineKeys(headline: string): string[] {
  return variants(headline)
}

/**
 * How alike two headlines are, from 0 to 1: exact after normalisation is 1; otherwise the Dice
 * coefficient, the best over the forms with and without a source prefix ("Reuters: X" matches "X").
 */
export function headlineSimilarity(a: string, b: string): number {
  let best = 0
  for (const left of variants(a)) {
    for (const right of variants(b)) {
      best = Math.max(best, diceCoefficient(left, right))
      if (best === 1) return 1
    }
  }
  return best
}

export function headlinesMatch(a: string, b: string, threshold = HEADLINE_MATCH_THRESHOLD): boolean {
  return headlineSimilarity(a, b) >= threshold
}

/**
 * The `count` longest distinct words of a headline, lowercased: a cheap `contains` prefilter for
 * candidate titles. Each is a maximal run of letters and digits, so it occurs verbatim both in the raw
 * title (matched case-insensitively by ILIKE) and in its normalised form. Short words are used only
 * when there are no longer ones.
 */
export function searchTerms(headline: string, count = 3): string[] {
  const words = [...new Set(headline.normalize('NFKC').toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))]
  const long = words.filter((word) => [...word].length >= 4)
  const pool = long.length > 0 ? long : words
  return pool.sort((a, b) => [...b].length - [...a].length).slice(0, count)
}
