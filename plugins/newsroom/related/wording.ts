import { type DocumentText, NAME_PREFIX, nameKey, NUMBER_PREFIX, stemFor, tokenize } from './analyze'

/**
 * How a story writes each of its index terms: "secur guarante" is "security guarantees", "@vitko"
 * is "Witkoff". Reasons are read by editors, who should see the story's own words, not stems.
 * The first spelling met wins: the headline's, where the term is in the headline.
 */
export function termWording(document: DocumentText, figures = false): Map<string, string> {
  const all = [document.title, document.lead ?? '', document.body ?? ''].join('\n')
  const stem = stemFor(all)
  const wording = new Map<string, string>()
  const keep = (term: string, text: string) => {
    if (!wording.has(term)) wording.set(term, text)
  }
  const parts = [document.title, document.lead ?? '', document.body ?? ''].filter(Boolean).map((text) => tokenize(text, stem, text === document.title, figures))
  // A word capitalised as a name anywhere keeps its capital everywhere, also first in a sentence.
  const names = new Map(parts.flat().filter((token) => token.isName).map((token) => [token.text.toLowerCase(), token.text]))
  const written = (token: { text: string }) => names.get(token.text.toLowerCase()) ?? token.text.toLowerCase()
  for (const tokens of parts) {
    tokens.forEach((token, index) => {
      keep(token.stem, written(token))
      if (token.isName) keep(NAME_PREFIX + nameKey(token.text), token.text)
      if (figures) keep(NUMBER_PREFIX + token.text.toLowerCase(), token.text)
      const previous = tokens[index - 1]
      if (previous && !token.breakBefore) keep(`${previous.stem} ${token.stem}`, `${written(previous)} ${written(token)}`)
    })
  }
  return wording
}

/** Shared terms as written, without a word that a shared phrase already shows ("security" beside "security guarantees"). */
export function readableTerms(terms: string[], wording: Map<string, string>, max: number): string[] {
  const shown = [...new Set(terms.map((term) => wording.get(term) ?? (term.startsWith(NAME_PREFIX) || term.startsWith(NUMBER_PREFIX) ? term.slice(1) : term)))]
  const phrases = shown.filter((term) => term.includes(' '))
  return shown.filter((term) => term.includes(' ') || !phrases.some((phrase) => phrase.split(' ').includes(term))).slice(0, max)
}
