import type { Block, FilterOptions, Where } from 'payload'
import { relationshipMustExist } from '../../fields/relationshipMustExist'
import { checkLength, MAX_LENGTH } from '../../fields/lengthLimits'

/** The picker offers this article's own quotes and the unplaced library, never another story's. */
const thisArticlesOrLibrary: FilterOptions = ({ id }): Where => {
  const library: Where = { article: { exists: false } }
  return id ? { or: [{ article: { equals: id } }, library] } : library
}

/**
 * A quote placed in the body where the story carries it. The editor types the words, the attribution
 * and picks the speaker here; on save the Quote document is created or updated from them and belongs
 * to the article (hooks/saveBodyQuotes.ts, linkQuotesToArticle.ts). Or the editor picks a quote from
 * the library, and after save the block shows its words.
 */
export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: 'Quote', plural: 'Quotes' },
  admin: { components: { Label: '/../collections/Articles/admin/BlockLabels#QuoteBlockLabel' } },
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
        { name: 'speaker', type: 'relationship', relationTo: 'people', validate: relationshipMustExist, admin: { width: '40%' } },
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
      relationTo: 'quotes',
      label: 'Quote document',
      validate: relationshipMustExist,
      filterOptions: thisArticlesOrLibrary,
      admin: { description: 'Made on save from the words above; or choose a quote from the library (this story\'s or unplaced ones).' },
    },
  ],
}
