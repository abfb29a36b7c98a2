/**
 * The Quote block is where an editor types a quote; the Quote document is what the API serves. This
 * decides, per block, which way a save copies: pure, from the block as saved now, the same block as
 * it was stored before, and the Quote it points at.
 */

export type Id = number | string

/** The words of a quote as the block and the Quote document both hold them. */
export interface QuoteWords {
  text: null | string
  speaker: Id | null
  attribution: null | string
}

export interface QuoteBlockFields extends QuoteWords {
  quote: Id | null
}

export type QuoteBlockAction =
  /** Typed in the body with no Quote yet: make one. */
  | { kind: 'create'; words: QuoteWords }
  /** Edited in the body: the Quote takes the block's words. */
  | { kind: 'update'; quote: Id; words: QuoteWords }
  /** Not touched here: the block shows the Quote's words as they are now (chosen, or edited elsewhere). */
  | { kind: 'pull'; quote: Id }
  | { kind: 'none' }

export const idOf = (value: unknown): Id | null => {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return null
}

const blank = (value: unknown): null | string => (typeof value === 'string' && value.trim() !== '' ? value : null)

export function blockFields(fields: Record<string, unknown>): QuoteBlockFields {
  return { quote: idOf(fields.quote), text: blank(fields.text), speaker: idOf(fields.speaker), attribution: blank(fields.attribution) }
}

const sameWords = (a: QuoteWords, b: QuoteWords) =>
  (a.text ?? '') === (b.text ?? '') && String(a.speaker ?? '') === String(b.speaker ?? '') && (a.attribution ?? '') === (b.attribution ?? '')

/**
 * `before` is the same block (same block id) as stored before this save, when there was one. Words
 * changed in the body win; otherwise the Quote's own words win, so an edit made in the Quotes list is
 * never overwritten by the copy the body holds.
 */
export function quoteBlockAction(now: QuoteBlockFields, before: null | QuoteBlockFields): QuoteBlockAction {
  const typed = now.text !== null
  if (now.quote === null) return typed ? { kind: 'create', words: now } : { kind: 'none' }
  // A new block that names a Quote and has words typed too: the words are the editor's latest.
  if (before === null) return typed ? { kind: 'update', quote: now.quote, words: now } : { kind: 'pull', quote: now.quote }
  // Another Quote chosen: the words still in the block were the old one's.
  if (String(before.quote ?? '') !== String(now.quote)) return { kind: 'pull', quote: now.quote }
  if (typed && !sameWords(now, before)) return { kind: 'update', quote: now.quote, words: now }
  return { kind: 'pull', quote: now.quote }
}
