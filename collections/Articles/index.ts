import type { CollectionConfig } from 'payload'

import { BlocksFeature, HeadingFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { readCreatedBy, readPublishedOrOwn, updateOwnOrAll } from '../access/articles'
import { editors, nobody, writers } from '../access/roles'
import { slugField } from '../fields/slug'
import { ImageBlock } from './blocks/ImageBlock'
import { QuoteBlock } from './blocks/QuoteBlock'
import { ReadAlsoBlock } from './blocks/ReadAlsoBlock'
import { deleteQuotes } from './hooks/deleteQuotes'
import { deleteRelatedLinks } from './hooks/deleteRelatedLinks'
import { importWireStoryEndpoint } from './endpoints/importWireStory'
import { guardPublishing } from './hooks/guardPublishing'
import { dropUnplacedQuotes, rememberLiveQuotes } from './hooks/dropUnplacedQuotes'
import { linkQuotesToArticle } from './hooks/linkQuotesToArticle'
import { saveBodyQuotes } from './hooks/saveBodyQuotes'
import { resolveReadAlso } from './hooks/resolveReadAlso'
import { setCreatedBy } from './hooks/setCreatedBy'
import { stampPublishedAt } from './hooks/stampPublishedAt'
import { relationshipMustExist, uploadMustExist } from '../fields/relationshipMustExist'
import { rejectMalformedId } from '../hooks/rejectMalformedId'
import { nonBlank } from '../fields/nonBlank'
import { baseVersionField, guardEditConflicts } from '../hooks/editConflicts'
import { detachReadAlso } from './hooks/detachReadAlso'
import { markArticlesDeleting } from '../hooks/deletingArticles'
import { MAX_LENGTH, withinLength } from '../fields/lengthLimits'
import { validateLexical } from '../security/input/lexicalField'
import { buildCollection, type CollectionOptions } from '../options/overrides'
import { type NewsroomSlugs, slugFor } from '../options/slugs'

/** A news story in the shape of a wire agency's: headline, dateline and credit, lead, body, byline. */
const articlesConfig = (slugs: NewsroomSlugs): CollectionConfig => ({
  slug: slugs.articles,
  labels: { singular: 'Article', plural: 'Articles' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'author', 'dateline', 'credit', 'publishedAt', 'views', '_status'],
    listSearchableFields: ['title', 'lead', 'slug'],
    group: 'Content',
    components: {
      beforeListTable: [{ path: '@newsroom/schema/client#ImportFromText', clientProps: { articles: slugs.articles } }],
    },
  },
  defaultSort: '-publishedAt',
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: readPublishedOrOwn,
    create: writers,
    update: updateOwnOrAll,
    delete: editors,
    readVersions: editors,
  },
  hooks: {
    beforeOperation: [rejectMalformedId, guardEditConflicts, markArticlesDeleting(slugs)],
    beforeChange: [setCreatedBy(slugs), guardPublishing, stampPublishedAt, saveBodyQuotes(slugs), rememberLiveQuotes(slugs)],
    afterChange: [linkQuotesToArticle(slugs), dropUnplacedQuotes(slugs), resolveReadAlso(slugs)],
    beforeDelete: [deleteRelatedLinks(slugs), detachReadAlso(slugs), deleteQuotes(slugs)],
  },
  // POST /api/<articles>/import: a plain-text wire story in, a structured draft out.
  endpoints: [importWireStoryEndpoint(slugs)],
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: MAX_LENGTH.title,
      validate: nonBlank('A headline'),
    },
    slugField('title'),
    {
      type: 'row',
      fields: [
        { name: 'dateline', type: 'text', maxLength: MAX_LENGTH.dateline, validate: withinLength('The dateline'), admin: { description: 'Where the story was filed, e.g. Kyiv.' } },
        { name: 'credit', type: 'text', index: true, maxLength: MAX_LENGTH.credit, validate: withinLength('The credit'), admin: { description: 'The publishing agency, e.g. UNN.' } },
        { name: 'source', type: 'text', maxLength: MAX_LENGTH.source, validate: withinLength('The source'), admin: { description: 'An outlet the story cites, e.g. Reuters.' } },
      ],
    },
    {
      name: 'featuredImage',
      type: 'upload',
      relationTo: slugFor(slugs, 'media'),
      validate: uploadMustExist,
      admin: { description: 'The photo shown with the headline, in lists and on social cards (its "og" size).' },
    },
    { name: 'lead', type: 'textarea', maxLength: MAX_LENGTH.lead, validate: withinLength('The lead'), admin: { description: 'The opening summary shown under the headline.' } },
    {
      name: 'body',
      type: 'richText',
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures.filter((feature) => feature.key !== 'heading'),
          HeadingFeature({ enabledHeadingSizes: ['h2', 'h3'] }),
          BlocksFeature({ blocks: [QuoteBlock(slugs), ReadAlsoBlock(slugs), ImageBlock(slugs)] }),
        ],
      }),
      // Known node types only, bounded depth and size (security/input/lexical.ts), then the editor's own checks.
      validate: validateLexical,
    },
    {
      name: 'relatedLinks',
      type: 'join',
      collection: slugFor(slugs, 'relatedLinks'),
      on: 'from',
      defaultSort: 'order',
      defaultLimit: 50,
      // Joins stop at depth 1 by default; a frontend needs each link's target article too.
      maxDepth: 2,
      // Editors work on links in the related-links panel (one place); the join stays for REST and GraphQL.
      admin: { hidden: true, description: '"Read also" headlines shown with this story, in order.' },
    },
    {
      name: 'quotes',
      type: 'join',
      collection: slugFor(slugs, 'quotes'),
      on: 'article',
      defaultSort: 'saidAt',
      maxDepth: 2,
      // Quotes are typed in the body's Quote block; a second way in (a drawer with an Article field) only confused.
      admin: { allowCreate: false, description: 'Quotes this story carries: type them in the body with the Quote block.' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: slugFor(slugs, 'people'),
      validate: relationshipMustExist,
      index: true,
      admin: { position: 'sidebar', description: 'The byline.' },
    },
    {
      name: 'people',
      type: 'relationship',
      relationTo: slugFor(slugs, 'people'),
      validate: relationshipMustExist,
      hasMany: true,
      admin: { position: 'sidebar', description: 'People and organisations the story names.' },
    },
    { name: 'tags', type: 'text', hasMany: true, maxLength: MAX_LENGTH.tag, validate: withinLength('A tag'), admin: { position: 'sidebar' } },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Set on publishing when empty.' },
    },
    {
      name: 'views',
      type: 'number',
      defaultValue: 0,
      min: 0,
      index: true,
      // Only view tracking (and the wire importer, through the Local API) may set the count.
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true, description: 'Counted by view tracking; not editable.' },
    },
    {
      // Bookkeeping that staff sometimes need and editors never change: folded away at the foot of the sidebar.
      type: 'collapsible',
      label: 'Internal',
      admin: { position: 'sidebar', initCollapsed: true },
      fields: [
        {
          name: 'createdBy',
          type: 'relationship',
          relationTo: slugFor(slugs, 'users'),
          validate: relationshipMustExist,
          access: { read: readCreatedBy, create: nobody, update: nobody },
          admin: { readOnly: true },
        },
        {
          // A hash of the normalised headline, date and credit of an imported wire story: importing the same
          // story again finds and updates this article instead of making a second one.
          name: 'importKey',
          type: 'text',
          maxLength: MAX_LENGTH.blockId,
          unique: true,
          index: true,
          access: { create: nobody, update: nobody },
          hooks: { beforeDuplicate: [() => null] },
          admin: {
            readOnly: true,
            disableListColumn: true,
            condition: (data) => Boolean(data?.importKey),
            description: 'Set by the wire importer; identifies the story it was imported from.',
          },
        },
      ],
    },
    {
      // A digest of the content the last import wrote (headline, dateline, credit, source, lead, body text):
      // a re-import compares it with the article as it is now, and an editor's changes make the re-import a
      // new draft version instead of overwriting them.
      name: 'importDigest',
      type: 'text',
      maxLength: MAX_LENGTH.blockId,
      access: { create: nobody, update: nobody },
      hooks: { beforeDuplicate: [() => null] },
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
    {
      // "Read also" headlines of an imported story that named no article yet; each is resolved (its body
      // block linked, a related link made) when an article with a matching title is published.
      name: 'unresolvedHeadlines',
      type: 'array',
      access: { create: nobody, update: nobody },
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
      fields: [
        { name: 'blockId', type: 'text', required: true, maxLength: MAX_LENGTH.blockId },
        { name: 'headline', type: 'text', required: true, maxLength: MAX_LENGTH.headline },
        { name: 'normalized', type: 'text', index: true, maxLength: MAX_LENGTH.headline },
        { name: 'publishedAt', type: 'date' },
        { name: 'views', type: 'number' },
      ],
    },
    baseVersionField(),
  ],
})

/** The Articles collection with an app's slugs, labels and overrides (README "Extend the collections"). */
export const articlesCollection = (options?: CollectionOptions): CollectionConfig => buildCollection(options, articlesConfig)

/** Articles as the newsroom app configures it: articlesCollection() with the defaults. */
export const Articles = articlesCollection()
