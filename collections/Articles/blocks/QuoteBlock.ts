import type { Block } from 'payload'
import { relationshipMustExist } from '../../fields/relationshipMustExist'

/** A quote placed in the body where the story carries it; the words and attribution live in Quotes. */
export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: 'Quote', plural: 'Quotes' },
  fields: [{ name: 'quote', type: 'relationship', relationTo: 'quotes', validate: relationshipMustExist, required: true }],
}
