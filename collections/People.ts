import type { CollectionConfig } from 'payload'

import { anyone, editors, writers } from './access/roles'
import { slugField } from './fields/slug'
import { rejectMalformedId } from './hooks/rejectMalformedId'
import { nonBlank } from './fields/nonBlank'
import { MAX_LENGTH, withinLength } from './fields/lengthLimits'
import { baseVersionField, guardEditConflicts } from './hooks/editConflicts'
import { refuseDeleteWhileReferenced } from './hooks/refuseDeleteWhileReferenced'
import { keepPersonSearchFields, NAME_AND_ALIASES, normalisePeopleSearch, personSearchFields, SEARCH_TEXT } from './hooks/peopleSearch'

/** People and organisations that write, are named in or are quoted by stories. */
export const People: CollectionConfig = {
  slug: 'people',
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
        { collection: 'articles', field: 'author', titleField: 'title', role: 'the author of', noun: ['article', 'articles'] },
        { collection: 'articles', field: 'people', hasMany: true, titleField: 'title', role: 'named in', noun: ['article', 'articles'] },
        { collection: 'quotes', field: 'speaker', titleField: 'text', role: 'the speaker of', noun: ['quote', 'quotes'] },
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
            { name: 'articlesWritten', type: 'join', collection: 'articles', on: 'author', defaultSort: '-publishedAt', maxDepth: 2 },
            { name: 'mentionedIn', type: 'join', collection: 'articles', on: 'people', defaultSort: '-publishedAt', maxDepth: 2 },
          ],
        },
        {
          label: 'Quotes',
          fields: [{ name: 'quotes', type: 'join', collection: 'quotes', on: 'speaker', defaultSort: '-saidAt', maxDepth: 2 }],
        },
      ],
    },
    ...personSearchFields(),
    baseVersionField(),
  ],
}
