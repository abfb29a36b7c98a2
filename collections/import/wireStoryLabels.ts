/**
 * The page furniture and labelled lines the agencies print between a story's sentences, in English,
 * Ukrainian and Russian: captions, "N min read", "Source:", "Details:", "Advertisement", "Editor's Note",
 * "Read also:", an author's role. Each recogniser looks at one normalised line and returns null when it
 * is not its kind, so the parser decides what to keep.
 */

const label = (words: string) => new RegExp(String.raw`^(?:${words})\s*:\s*(.*)$`, 'iu')

const CAPTION = label(String.raw`photo|photos|illustrative photo|фото|ілюстративне фото|иллюстративное фото|фотографія|фотография`)
// A caption without its label still ends with the photo agency in brackets: "... (Getty Images)".
// Only photo credits count: a sentence ending "(Reuters)" is text, not a caption.
const CREDIT_IN_BRACKETS = /\((?:getty images|shutterstock|[^()]*via getty images|фото:?[^()]*|photo(?: by)?:?[^()]*)\)$/iu
const READ_TIME =
  /^(?:\d+\s*(?:min(?:ute)?s?\.?|хв\.?|хвилин[аи]?|мин\.?|минут[аы]?)\s*(?:read|reading|читання|чтения|на читання|на чтение)|(?:reading time|час читання|время чтения)\s*:?\s*\d+\s*(?:min(?:ute)?s?|хв(?:илин[аи]?)?|мин(?:ут[аы]?)?)\.?)$/iu
const ADVERTISEMENT = /^(?:advertisement|advertising|реклама|ad)\s*:?$/iu
const SOURCE = label(String.raw`source|джерело|источник`)
const DETAILS = label(String.raw`details|подробиці|подробности|деталі|детали`)
const BACKGROUND = label(String.raw`background|передісторія|предыстория|контекст|context`)
const QUOTE_LABEL = label(String.raw`quote|direct speech|цитата|пряма мова|прямая речь`)
const EDITORS_NOTE = /^(?:editor['’]s note|note from the editor|примітка редакції|від редакції|примечание редакции|от редакции)\s*[:.–—-]?\s*(.*)$/iu
const READ_ALSO = label(String.raw`read also|also read|read more|read more on this|see also|читайте також|також читайте|читайте ще|читайте также|также читайте|читайте еще|по теме|на тему`)
const AUTHOR_LABEL = label(String.raw`author|by|автор|авторка|текст`)
const SUBSCRIBE = /^(?:subscribe to|follow us on|support (?:up|ukrainska pravda|us)|become our patron|підписуйтесь|підпишіться|підтримайте|подписывайтесь|подпишитесь|поддержите)(?!\p{L})/iu
const ROLE = /(?<!\p{L})(?:desk|editor|editors|correspondent|reporter|journalist|writer|columnist|producer|news|кореспондент(?:ка)?|редактор(?:ка)?|журналіст(?:ка)?|журналист(?:ка)?|оглядач(?:ка)?|обозреватель(?:ница)?|корреспондент)(?!\p{L})/iu

export function matchCaption(line: string): string | null {
  const labelled = CAPTION.exec(line)
  if (labelled) return labelled[1] || line
  return CREDIT_IN_BRACKETS.test(line) && line.split(' ').length <= 40 ? line : null
}

export const isReadTime = (line: string): boolean => READ_TIME.test(line)
export const isAdvertisement = (line: string): boolean => ADVERTISEMENT.test(line)
export const isSubscribePrompt = (line: string): boolean => SUBSCRIBE.test(line) && line.split(' ').length <= 12

/** "Source: Reuters" → "Reuters"; the trailing full stop is punctuation, not part of the name. */
export function matchSourceLabel(line: string): string | null {
  const match = SOURCE.exec(line)
  return match && match[1] ? match[1].replace(/\.$/u, '').trim() : null
}

/** "Details: The official said ..." → the sentence without its label; "Background:" likewise. */
export function stripParagraphLabel(line: string): string | null {
  const match = DETAILS.exec(line) ?? BACKGROUND.exec(line)
  return match && match[1] ? match[1] : null
}

/** `Quote: "..." - he said.` → the quote line without its label, for the inline-quote reader. */
export function stripQuoteLabel(line: string): string {
  const match = QUOTE_LABEL.exec(line)
  return match && match[1] ? match[1] : line
}

/** "Олег Петренко, редактор": a by-line and the author's role on one line. */
export function matchAuthorWithRole(line: string, isName: (text: string) => boolean): { author: string; role: string } | null {
  const comma = line.indexOf(', ')
  if (comma === -1) return null
  const [author, role] = [line.slice(0, comma), line.slice(comma + 2)]
  return isName(author) && isAuthorRole(role) ? { author, role } : null
}

const LABEL_ONLY = /^(?:details|background|quote|подробиці|деталі|передісторія|пряма мова|цитата|подробности|детали|предыстория|прямая речь)\s*:$/iu
const QUOTE_FROM = /^(?:quote|цитата|пряма мова|прямая речь)\s+(?:from|of|від|от)\s+([^:]{2,60}):\s*(["“«„].+)$/iu

/** "Details:" on a line of its own: the label of the next paragraph, not text. */
export const isLabelOnly = (line: string): boolean => LABEL_ONLY.test(line)

/** Ukrainska Pravda's `Quote from Zelensky: "..."` → the quote line and who said it. */
export function matchQuoteFrom(line: string): { speaker: string; quote: string } | null {
  const match = QUOTE_FROM.exec(line)
  return match ? { speaker: match[1].trim(), quote: match[2].trim() } : null
}

export function matchEditorsNote(line: string): string | null {
  const match = EDITORS_NOTE.exec(line)
  return match ? match[1] || line : null
}

/** "Read also: <headline>" → the headline; a "read also" without a date or views. */
export function matchReadAlsoLabel(line: string): string | null {
  const match = READ_ALSO.exec(line)
  return match && /\p{L}/u.test(match[1]) ? match[1].trim() : null
}

export function matchAuthorLabel(line: string): string | null {
  const match = AUTHOR_LABEL.exec(line)
  return match && match[1] ? match[1].trim() : null
}

/** An author box's second line: "Head of North America desk", "Кореспондентка УНН". */
export function isAuthorRole(line: string): boolean {
  return ROLE.test(line) && line.split(' ').length <= 8 && !/[.!?]$/u.test(line)
}
