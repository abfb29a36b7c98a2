import { createRequire } from 'node:module'

import { stemmer as englishStem } from '@orama/stemmers/english'
import { stemmer as russianStem } from '@orama/stemmers/russian'
import { stemmer as ukrainianStem } from '@orama/stemmers/ukrainian'
import { transliterate } from 'transliteration'

// stopwords-iso ships plain JSON as its entry point, which an ES module can only require.
const stopwordsByLanguage = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>
const STOPWORDS = new Set(['en', 'uk', 'ru', 'de', 'fr', 'es', 'it', 'pl'].flatMap((language) => stopwordsByLanguage[language] ?? []))

export interface DocumentText {
  title: string
  lead?: null | string
  body?: null | string
}

export interface AnalyzeOptions {
  /** How much one occurrence counts in each part of the story. */
  fieldWeights: { title: number; lead: number; body: number }
  /** Multiplier for two adjacent content words ("security guarantees"). */
  phraseWeight: number
  /** Multiplier for a proper name ("Witkoff", "Зеленський"). */
  nameWeight: number
  /**
   * Multiplier for a figure as written ("7.8", "50,000", "MU5735"): two look-alike events share
   * their words and differ by their figures. 0 (or absent) reads figures as plain words.
   */
  numberWeight?: number
  /** Terms kept per document, the strongest first. */
  maxTerms: number
}

export const NAME_PREFIX = '@'
export const NUMBER_PREFIX = '#'

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
// With figures weighed, a figure keeps its decimal point and separators: "7.8" and "50,000" are one token.
const TOKEN_WITH_FIGURES = /\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
const FIGURE = /\p{N}/u
// English writes days and months with a capital; they name a date, not the event's people or places.
const CALENDAR_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
)
const UKRAINIAN_LETTERS = /[іїєґ]/iu
const CYRILLIC = /\p{Script=Cyrillic}/u
const LATIN = /\p{Script=Latin}/u

interface Token {
  text: string
  stem: string
  isName: boolean
  isAcronym: boolean
  /** A stopword or a punctuation break sits between this token and the previous one. */
  breakBefore: boolean
}

/**
 * A phonetic key that lets one name match across scripts and spellings: "Zelenskyy", "Zelensky"
 * and "Зеленський" all become "zelen"; "Macron" and "Макрон" both "makro".
 */
export function nameKey(name: string): string {
  return transliterate(name.toLowerCase())
    .toLowerCase()
    .replace(/ph/g, 'f')
    .replace(/[cq]/g, 'k')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/x/g, 'ks')
    .replace(/[^a-z0-9]/g, '')
    .replace(/(.)\1+/g, '$1')
    .slice(0, 5)
}

export function stemFor(documentText: string): (word: string) => string {
  const ukrainian = UKRAINIAN_LETTERS.test(documentText)
  return (word) => {
    if (CYRILLIC.test(word)) return ukrainian ? ukrainianStem(word) : russianStem(word)
    if (LATIN.test(word)) return englishStem(word)
    return word
  }
}

export function tokenize(text: string, stem: (word: string) => string, isHeadline: boolean, figures = false): Token[] {
  const tokens: Token[] = []
  let pendingBreak = true
  let sentenceStart = true
  let last = 0
  for (const match of text.matchAll(figures ? TOKEN_WITH_FIGURES : TOKEN)) {
    const between = text.slice(last, match.index)
    last = (match.index ?? 0) + match[0].length
    if (/[.!?…:;,()"«»“”—–\n]/u.test(between)) pendingBreak = true
    if (/[.!?…:\n]/u.test(between)) sentenceStart = true
    const raw = match[0].replace(/['’]s$/u, '')
    const lower = raw.toLowerCase()
    const capitalised = raw[0] !== lower[0]
    const isAcronym = raw.length >= 2 && raw === raw.toUpperCase() && /\p{L}/u.test(raw)
    if (STOPWORDS.has(lower) || lower.length < 2) {
      pendingBreak = true
      sentenceStart = false
      continue
    }
    const isName = isAcronym || (capitalised && !sentenceStart && !CALENDAR_WORDS.has(lower))
    tokens.push({ text: raw, stem: stem(lower), isName, breakBefore: pendingBreak, isAcronym })
    pendingBreak = false
    sentenceStart = false
  }
  // In a Title Case Headline every word is capitalised, which says nothing about names.
  if (!isHeadline) return tokens
  const capitalisedShare = tokens.filter((token) => token.text[0] !== token.text[0].toLowerCase()).length / (tokens.length || 1)
  if (tokens.length >= 4 && capitalisedShare >= 0.7) for (const token of tokens) token.isName = token.isAcronym
  return tokens
}

/**
 * The weighted terms of a story: word stems, adjacent pairs of content words, and proper names
 * keyed across scripts. Weights are sublinear in frequency so a word repeated ten times does not
 * drown the rest.
 */
export function analyzeDocument(document: DocumentText, options: AnalyzeOptions): Map<string, number> {
  const all = [document.title, document.lead ?? '', document.body ?? ''].join('\n')
  const stem = stemFor(all)
  const raw = new Map<string, number>()
  const add = (term: string, weight: number) => {
    if (weight > 0) raw.set(term, (raw.get(term) ?? 0) + weight)
  }
  const parts: Array<[string, number]> = [
    [document.title, options.fieldWeights.title],
    [document.lead ?? '', options.fieldWeights.lead],
    [document.body ?? '', options.fieldWeights.body],
  ]
  for (const [text, weight] of parts) {
    if (!text || weight <= 0) continue
    const tokens = tokenize(text, stem, text === document.title, Boolean(options.numberWeight))
    tokens.forEach((token, index) => {
      add(token.stem, weight)
      if (token.isName) {
        const key = nameKey(token.text)
        if (key.length >= 3) add(NAME_PREFIX + key, weight * options.nameWeight)
      }
      if (options.numberWeight && FIGURE.test(token.text)) add(NUMBER_PREFIX + token.text.toLowerCase(), weight * options.numberWeight)
      const previous = tokens[index - 1]
      if (previous && !token.breakBefore && previous.stem !== token.stem) add(`${previous.stem} ${token.stem}`, weight * options.phraseWeight)
    })
  }
  const weighted = [...raw.entries()].map(([term, sum]) => [term, 1 + Math.log(sum)] as const)
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  return new Map(weighted.slice(0, options.maxTerms))
}

/**
 * Length of a story's name terms alone, the other side of the name cosine; 0 when it has none, and
 * for a headline alone: mid-sentence capitals in a lead or body mark names, a headline's often do
 * not ("US open: Stocks fall", Title Case), and its one or two names are too few to judge a story by.
 */
export function nameNorm(terms: Map<string, number>, document: DocumentText): number {
  if (!document.lead?.trim() && !document.body?.trim()) return 0
  let sum = 0
  for (const [term, weight] of terms) if (term.startsWith(NAME_PREFIX)) sum += weight * weight
  return Math.sqrt(sum)
}

/** Euclidean length of a weight vector, for cosine normalisation. */
export function norm(weights: Iterable<number>): number {
  let sum = 0
  for (const weight of weights) sum += weight * weight
  return Math.sqrt(sum) || 1
}
