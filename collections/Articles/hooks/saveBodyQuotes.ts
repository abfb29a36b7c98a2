import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { blockFieldsOfType } from '../../lib/lexical'
import { blockFields, type Id, idOf, quoteBlockAction, type QuoteWords } from '../../lib/quoteBlocks'
import { type NewsroomSlugs, slugFor } from '../../options/slugs'

const wordsData = (words: QuoteWords) => ({ text: words.text ?? '', speaker: words.speaker, attribution: words.attribution })

/**
 * Quotes typed where they stand: each Quote block's words become (or update) its Quote document on
 * save, and a block that only names a Quote shows that Quote's words. A new Quote starts without an
 * article; linkQuotesToArticle attaches it once the article is saved (and has an id). Writes go
 * through the editor's own access (an author edits only standalone quotes and those of own drafts),
 * in the save's transaction, so a refused article leaves no quote behind.
 */
export const saveBodyQuotes =
  (slugs: NewsroomSlugs): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    if (!data.body) return data
    const blocks = blockFieldsOfType(data.body, 'quote')
    if (blocks.length === 0) return data
    const before = new Map(blockFieldsOfType(originalDoc?.body, 'quote').map((fields) => [String(fields.id), blockFields(fields)]))
    const access = { req, overrideAccess: !req.user, depth: 0 } as const
    const pulls = new Map<string, Array<Record<string, unknown>>>()
    for (const fields of blocks) {
      const action = quoteBlockAction(blockFields(fields), before.get(String(fields.id)) ?? null)
      if (action.kind === 'create') {
        const quote = await req.payload.create({ collection: slugFor(slugs, 'quotes'), data: wordsData(action.words) as never, ...access })
        fields.quote = quote.id
      } else if (action.kind === 'update') {
        await req.payload.update({ collection: slugFor(slugs, 'quotes'), id: action.quote, data: wordsData(action.words) as never, ...access })
      } else if (action.kind === 'pull') {
        const key = String(action.quote)
        pulls.set(key, [...(pulls.get(key) ?? []), fields])
      }
    }
    if (pulls.size > 0) await pullWords(req, slugs, [...pulls.keys()], pulls)
    return data
  }

/** Copies each chosen Quote's words into the blocks that show it; a missing Quote is the validator's to report. */
async function pullWords(req: PayloadRequest, slugs: NewsroomSlugs, ids: Id[], blocks: Map<string, Array<Record<string, unknown>>>) {
  const { docs } = await req.payload.find({ collection: slugFor(slugs, 'quotes'), where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, req })
  for (const quote of docs) {
    for (const fields of blocks.get(String(quote.id)) ?? []) {
      fields.text = quote.text
      fields.speaker = idOf(quote.speaker)
      fields.attribution = quote.attribution ?? null
    }
  }
}
