/**
 * Keeps an import within the collections' length limits without refusing it: a value too long for its
 * field is moved to where no limit is hit (a lead into the body) or kept as text (a quote or "read also"
 * line as a paragraph), or left out (a source), each with a warning naming its line. Pure: the limits
 * are passed in, so this stays free of Payload.
 */
import type { ParsedBodyPart, ParsedWireStory } from './parseWireStory'

export interface StoryLimits {
  source: number
  lead: number
  quote: number
  attribution: number
  headline: number
  name: number
  role: number
}

const tooLong = (what: string, length: number, limit: number) => `${what} is ${length} characters long (at most ${limit})`

export function fitToLimits(story: ParsedWireStory, limits: StoryLimits): ParsedWireStory {
  const warnings = [...story.warnings]
  const fitted: ParsedWireStory = { ...story, warnings }
  const line = (value: null | number) => value ?? story.titleLine

  if (story.source !== null && story.source.length > limits.source) {
    warnings.push({ line: line(story.sourceLine), message: `${tooLong('the source', story.source.length, limits.source)}: left out` })
    fitted.source = null
  }
  if (story.author !== null && story.author.length > limits.name) {
    warnings.push({ line: story.titleLine, message: `${tooLong('the author', story.author.length, limits.name)}: left out` })
    fitted.author = null
  }
  if (story.authorRole !== null && story.authorRole.length > limits.role) fitted.authorRole = null

  // A quote or "read also" headline over its limit stays in the body as a paragraph of its own text.
  const body: ParsedBodyPart[] = []
  const quotes: ParsedWireStory['quotes'] = []
  const related: ParsedWireStory['related'] = []
  // Paragraphs made of quotes and headlines so far: the positions after them move by as many.
  let added = 0
  for (const part of story.body) {
    if (part.type === 'quote') {
      const quote = story.quotes[part.quoteIndex]
      if (quote.text.length > limits.quote || quote.attribution.length > limits.attribution) {
        warnings.push({ line: part.line, message: `${tooLong('this quote or its attribution', Math.max(quote.text.length, quote.attribution.length), Math.min(limits.quote, limits.attribution))}: kept as a paragraph` })
        body.push({ type: 'paragraph', text: `${quote.text} - ${quote.attribution}`, line: part.line })
        added++
        continue
      }
      quotes.push({ ...quote, afterParagraph: quote.afterParagraph + added })
      body.push({ ...part, quoteIndex: quotes.length - 1 })
      continue
    }
    if (part.type === 'readAlso') {
      const headline = story.related[part.relatedIndex]
      if (headline.headline.length > limits.headline) {
        warnings.push({ line: part.line, message: `${tooLong('this "read also" headline', headline.headline.length, limits.headline)}: kept as a paragraph` })
        body.push({ type: 'paragraph', text: headline.headline, line: part.line })
        added++
        continue
      }
      related.push({ ...headline, afterParagraph: headline.afterParagraph + added })
      body.push({ ...part, relatedIndex: related.length - 1 })
      continue
    }
    body.push(part)
  }
  fitted.body = body
  fitted.quotes = quotes
  fitted.related = related

  if (story.lead !== null && story.lead.length > limits.lead) {
    const leadLine = story.leadLine ?? story.titleLine
    warnings.push({ line: leadLine, message: `${tooLong('the lead', story.lead.length, limits.lead)}: kept as the first paragraph, the lead is left empty` })
    fitted.body = [{ type: 'paragraph', text: story.lead, line: leadLine }, ...fitted.body]
    fitted.lead = null
    fitted.leadLine = null
    // One more paragraph before everything: positions counted in paragraphs move by one.
    fitted.quotes = fitted.quotes.map((quote) => ({ ...quote, afterParagraph: quote.afterParagraph + 1 }))
    fitted.related = fitted.related.map((headline) => ({ ...headline, afterParagraph: headline.afterParagraph + 1 }))
  }
  warnings.sort((a, b) => a.line - b.line)
  return fitted
}
