import type { Block, FilterOptions, RelationshipFieldSingleValidation, Where } from 'payload'
import { relationshipMustExist } from '../../fields/relationshipMustExist'
import { checkLength, MAX_LENGTH } from '../../fields/lengthLimits'
import { type NewsroomSlugs, slugFor } from '../../options/slugs'

/**
 * The article a block belongs to. Inside a rich text body a block field's `id` is sometimes the block's
 * own id ("quote-1"), so the document data's id comes first, and only a whole number counts.
 */
function articleIdOf(options: { id?: unknown; data?: unknown; req?: { routeParams?: Record<string, unknown> } }): null | string {
  const candidates = [(options.data as { id?: unknown } | undefined)?.id, options.req?.routeParams?.id, options.id]
  const found = candidates.find((value) => /^\d+$/.test(String(value ?? '')))
  return found === undefined ? null : String(found)
}

/** The picker offers this article's own quotes and the unplaced library, never another story's. */
const thisArticlesOrLibrary: FilterOptions = (options): Where => {
  const library: Where = { article: { exists: false } }
  const id = articleIdOf(options as never)
  return id ? { or: [{ article: { equals: id } }, library] } : library
}

/**
 * The same rule as the picker's, checked on save. Payload's own filterOptions check reads through its
 * data loader, which does not see a Quote made earlier in the same save (saveBodyQuotes): so it is
 * left out here and done with a query in the save's transaction.
 */
const validateQuote =
  (slugs: NewsroomSlugs): RelationshipFieldSingleValidation =>
  async (value, options) => {
    const exists = await relationshipMustExist(value as never, { ...options, filterOptions: undefined } as never)
    if (exists !== true || options.event === 'onChange' || value === null || value === undefined || value === '') return exists
    const quoteId = typeof value === 'object' ? (value as { id?: number | string }).id : value
    const { docs } = await options.req.payload.find({ collection: slugFor(slugs, 'quotes'), where: { id: { equals: quoteId } }, depth: 0, limit: 1, overrideAccess: true, req: options.req, select: { article: true } })
    const owner: unknown = docs[0]?.article
    const ownerId = owner && typeof owner === 'object' ? (owner as { id?: number | string }).id : owner
    const articleId = articleIdOf(options)
    if (ownerId === null || ownerId === undefined || (articleId !== null && String(ownerId) === articleId)) return true
    return `Quote ${String(quoteId)} belongs to article ${String(ownerId)}: place a quote of this story or of the library`
  }

/**
 * A quote placed in the body where the story carries it. The editor types the words, the attribution
 * and picks the speaker here; on save the Quote document is created or updated from them and belongs
 * to the article (hooks/saveBodyQuotes.ts, linkQuotesToArticle.ts). Or the editor picks a quote from
 * the library, and after save the block shows its words.
 */
export const QuoteBlock = (slugs: NewsroomSlugs): Block => ({
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: 'Quote', plural: 'Quotes' },
  admin: { components: { Label: { path: '@newsroom/schema/client#QuoteBlockLabel', clientProps: { slugs } } } },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      label: 'Quote',
      maxLength: MAX_LENGTH.quote,
      validate: (value: null | string | undefined, options: { siblingData: Record<string, unknown> }) => {
        if (!options.siblingData?.quote && !(typeof value === 'string' && value.trim().length > 0)) return 'Type the quote, or choose one from the library'
        return checkLength(value, options as never, 'The quote text')
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'speaker', type: 'relationship', relationTo: slugFor(slugs, 'people'), validate: relationshipMustExist, admin: { width: '40%' } },
        {
          name: 'attribution',
          type: 'text',
          maxLength: MAX_LENGTH.attribution,
          admin: { width: '60%', description: 'How the story attributes it, e.g. "an official told reporters". Required without a speaker.' },
          validate: (value: null | string | undefined, options: { siblingData: Record<string, unknown> }) => {
            const typed = typeof options.siblingData?.text === 'string' && options.siblingData.text.trim().length > 0
            if (typed && !options.siblingData?.speaker && !(typeof value === 'string' && value.trim().length > 0)) {
              return 'An attribution is required when the quote has no speaker'
            }
            return checkLength(value, options as never, 'The attribution')
          },
        },
      ],
    },
    {
      name: 'quote',
      type: 'relationship',
      relationTo: slugFor(slugs, 'quotes'),
      label: 'Quote document',
      validate: validateQuote(slugs),
      filterOptions: thisArticlesOrLibrary,
      // A new quote is typed in the block itself: no 6-field drawer with a redundant Article field.
      admin: {
        allowCreate: false,
        description: "Made on save from the words above; or choose a quote from the library (this story's or unplaced ones).",
      },
    },
  ],
})
