import type { CollectionConfig } from 'payload'

import { authorsQuoteOwnDrafts, readQuotes, updateQuotes } from './access/quotes'
import { editors, writers } from './access/roles'
import { relationshipMustExist } from './fields/relationshipMustExist'
import { rejectMalformedId } from './hooks/rejectMalformedId'
import { nonBlank } from './fields/nonBlank'
import { checkLength, MAX_LENGTH, withinLength } from './fields/lengthLimits'
import { baseVersionField, guardEditConflicts } from './hooks/editConflicts'
import { refuseDeleteWhilePlaced } from './hooks/refuseDeleteWhilePlaced'
import { buildCollection, type CollectionOptions } from './options/overrides'
import { type NewsroomSlugs, slugFor } from './options/slugs'

/** Something said, with who said it or, when the speaker goes unnamed, how the story attributes it. */
const quotesConfig = (slugs: NewsroomSlugs): CollectionConfig => ({
  slug: slugs.quotes,
  labels: { singular: 'Quote', plural: 'Quotes' },
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'speaker', 'attribution', 'article', 'saidAt'],
    // The list's search looks in the words and in how the story attributes them.
    listSearchableFields: ['text', 'attribution'],
    group: 'Content',
  },
  // What a quote carries where it is populated (an article body's quote blocks): not its `article`,
  // which in a body is the story itself, copied into its own body (19 KB of a 22 KB page).
  defaultPopulate: { text: true, speaker: true, attribution: true, saidAt: true, source: true },
  hooks: { beforeOperation: [rejectMalformedId, guardEditConflicts], beforeChange: [authorsQuoteOwnDrafts(slugs)], beforeDelete: [refuseDeleteWhilePlaced(slugs)] },
  // Who reads and writes what: collections/access/quotes.ts.
  access: { read: readQuotes, create: writers, update: updateQuotes, delete: editors },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: MAX_LENGTH.quote,
      validate: nonBlank('The quote text'),
    },
    { name: 'speaker', type: 'relationship', relationTo: slugFor(slugs, 'people'), validate: relationshipMustExist, index: true },
    {
      name: 'attribution',
      type: 'text',
      maxLength: MAX_LENGTH.attribution,
      admin: {
        description:
          'How the story attributes the quote, e.g. "a representative of the French president\'s office told reporters before the summit". Required when there is no speaker.',
      },
      validate: (value: null | string | undefined, options: { siblingData: Record<string, unknown> }) => {
        if (!options.siblingData?.speaker && !(typeof value === 'string' && value.trim().length > 0)) {
          return 'An attribution is required when the quote has no speaker'
        }
        return checkLength(value, options, 'The attribution')
      },
    },
    { name: 'article', type: 'relationship', relationTo: slugFor(slugs, 'articles'), validate: relationshipMustExist, index: true },
    { name: 'saidAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'source', type: 'text', maxLength: MAX_LENGTH.source, validate: withinLength('The source'), admin: { description: 'Where the quote was first published, e.g. Reuters.' } },
    baseVersionField(),
  ],
})

/** The Quotes collection with an app's slugs, labels and overrides (README "Extend the collections"). */
export const quotesCollection = (options?: CollectionOptions): CollectionConfig => buildCollection(options, quotesConfig)

/** Quotes as the newsroom app configures it: quotesCollection() with the defaults. */
export const Quotes = quotesCollection()
