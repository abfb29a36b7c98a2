/**
 * Names of people a wire story mentions, for the import preview's "people matched / left unmatched".
 * Pure: the importer looks each one up. A name is a run of 2-3 capitalised words, after any title before it; runs made of words
 * that are capitalised for another reason (a sentence's first word, months, institutions) are not names,
 * and a false candidate only costs one line in the preview, so the rules stay simple.
 */
import type { ParsedWireStory } from './parseWireStory'

const WORD = String.raw`\p{Lu}\p{Ll}+(?:[-'’ʼ]\p{Lu}?\p{Ll}+)?`
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])${WORD}(?: ${WORD}){1,5}(?![\p{L}\p{N}])`, 'gu')
// Titles and ranks before a name ("Prime Minister Mark Carney"): dropped from the front of a run.
const TITLES = new Set(
  (
    'prime minister president colonel general major captain lieutenant sergeant mr mrs ms dr professor ' +
    'mayor governor chancellor secretary spokesperson spokesman ambassador senator deputy head chief commander ' +
    'the said according ' +
    'президент прем’єр-міністр міністр полковник генерал майор посол мер голова речник ' +
    'премьер-министр министр полковник генерал посол мэр глава'
  ).split(' '),
)
// Words that start runs of capitals but never a person's name.
const NOT_NAMES = new Set(
  (
    'the a an in on at of and for by with from to this that these after before during while since ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'ukraine ukrainian russia russian european europe union ministry cabinet council national bank president minister ' +
    'general staff armed forces state city regional oblast court office defense defence united states kingdom north south east west ' +
    'у в на з із та і до від за про після під час київ україна україни росія росії міністерство кабінет рада ' +
    'на по с из и от для при москва россия украина министерство'
  ).split(' '),
)

export interface MentionedName {
  name: string
  /**
   * Found only where a sentence starts, where any word is capitalised ("Страны Евросоюза"): worth
   * looking up in People, too doubtful to list as a name left unmatched.
   */
  sentenceStart: boolean
}

export function mentionedNames(story: Pick<ParsedWireStory, 'author' | 'body' | 'lead' | 'quotes'>): MentionedName[] {
  const texts = [
    story.lead ?? '',
    ...story.quotes.map((quote) => quote.attribution),
    ...story.body.flatMap((part) => (part.type === 'paragraph' ? [part.text] : [])),
  ]
  const names = new Map<string, boolean>()
  for (const text of texts) {
    for (const match of text.matchAll(RUN)) {
      const before = text.slice(0, match.index).trimEnd()
      const sentenceStart = before === '' || /[.!?…:"“«]$/u.test(before)
      const words = match[0].split(' ')
      while (words.length > 0 && TITLES.has(words[0].toLocaleLowerCase())) words.shift()
      if (words.length < 2 || words.length > 3) continue
      if (words.some((word) => NOT_NAMES.has(word.toLocaleLowerCase()) || /['’]s$|ing$/u.test(word))) continue
      const name = words.join(' ')
      // Once seen inside a sentence, a name is certain wherever else it appears.
      names.set(name, (names.get(name) ?? true) && sentenceStart)
    }
  }
  if (story.author) names.delete(story.author)
  return [...names].map(([name, sentenceStart]) => ({ name, sentenceStart }))
}
