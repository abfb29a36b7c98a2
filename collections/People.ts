import type { CollectionConfig } from 'payload'

import { anyone, editors, writers } from './access/roles'
import { slugField } from './fields/slug'
import { rejectMalformedId } from './hooks/rejectMalformedId'
import { nonBlank } from './fields/nonBlank'
import { MAX_LENGTH, withinLength } from './fields/lengthLimits'
import { baseVersionField, guardEditConflicts } from './hooks/editConflicts'
import { refuseDeleteWhileReferenced } from './hooks/refuseDeleteWhileReferenced'
import { keepPersonSearchFields, NAME_AND_ALIASES, normalisePeopleSearch, personSearchFields, SEARCH_TEXT } from './hooks/peopleSearch'
import { buildCollection, type CollectionOptions } from './options/overrides'
import { type NewsroomSlugs, slugFor } from './options/slugs'

/** People and organisations that write, are named in or are quoted by stories. */
const peopleConfig = (slugs: NewsroomSlugs): CollectionConfig => ({
  slug: slugs.people,
  labels: { singular: 'Person', plural: 'People' },
  admin: {
    // Pickers search and filter by the title, so it holds the aliases too; the list search and API
    // filters go through the normalised search text (collections/hooks/peopleSearch.ts).
    useAsTitle: NAME_AND_ALIASES,
    listSearchableFields: [SEARCH_TEXT],
    defaultColumns: ['name', 'role', 'kind', 'updatedAt'],
    group: 'Content',
  },
  hooks: {
    beforeOperation: [rejectMalformedId, guardEditConflicts, normalisePeopleSearch],
    beforeChange: [keepPersonSearchFields],
    // A person still named by a story or a quote is not deleted: the story would lose its byline
    // without a word and the quote its speaker (and then fail validation without an attribution).
    beforeDelete: [
      refuseDeleteWhileReferenced('person', [
        { collection: slugFor(slugs, 'articles'), field: 'author', titleField: 'title', role: 'the author of', noun: ['article', 'articles'] },
        { collection: slugFor(slugs, 'articles'), field: 'people', hasMany: true, titleField: 'title', role: 'named in', noun: ['article', 'articles'] },
        { collection: slugFor(slugs, 'quotes'), field: 'speaker', titleField: 'text', role: 'the speaker of', noun: ['quote', 'quotes'] },
      ]),
    ],
  },
  access: { read: anyone, create: writers, update: writers, delete: editors },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      index: true,
      maxLength: MAX_LENGTH.name,
      validate: nonBlank('A name'),
    },
    slugField('name'),
    {
      name: 'role',
      type: 'text',
      maxLength: MAX_LENGTH.role,
      validate: withinLength('The role'),
      admin: { description: 'Role or description, as a story would name them, e.g. "President of Ukraine".' },
    },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'person',
      options: [
        { label: 'Person', value: 'person' },
        { label: 'Organisation', value: 'organisation' },
      ],
    },
    {
      name: 'aliases',
      type: 'text',
      hasMany: true,
      maxLength: MAX_LENGTH.alias,
      validate: withinLength('An alias'),
      admin: {
        description: 'Other spellings and names in any language or script, e.g. "Zelensky", "Зеленський".',
      },
    },
    { name: 'bio', type: 'textarea', maxLength: MAX_LENGTH.bio, validate: withinLength('The bio') },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Articles',
          fields: [
            { name: 'articlesWritten', type: 'join', collection: slugFor(slugs, 'articles'), on: 'author', defaultSort: '-publishedAt', maxDepth: 2 },
            { name: 'mentionedIn', type: 'join', collection: slugFor(slugs, 'articles'), on: 'people', defaultSort: '-publishedAt', maxDepth: 2 },
          ],
        },
        {
          label: 'Quotes',
          fields: [{ name: 'quotes', type: 'join', collection: slugFor(slugs, 'quotes'), on: 'speaker', defaultSort: '-saidAt', maxDepth: 2 }],
        },
      ],
    },
    ...personSearchFields(),
    baseVersionField(),
  ],
})

/** The People collection with an app's slugs, labels and overrides (README "Extend the collections"). */
export const peopleCollection = (options?: CollectionOptions): CollectionConfig => buildCollection(options, peopleConfig)

/** People as the newsroom app configures it: peopleCollection() with the defaults. */
export const People = peopleCollection()
