import type { Access, CollectionConfig, Field, Where } from 'payload'

import type { SanitizedRelatedOptions } from '../options'
import { reasonsField } from './fields/reasonsField'
import { validateNotPinnedAndExcluded } from './pinRules'

/** Fields the engine reads and writes on whatever links collection it is given. */
export const REQUIRED_LINK_FIELDS = ['from', 'to', 'headline', 'origin', 'score', 'reasons', 'position', 'pinned', 'excluded', 'order'] as const

/**
 * What the public may read of a generated links collection: links not excluded and, when the linked
 * collection has drafts, only between published documents (or to an external url). A link carries its
 * target's headline, so a link to a draft would publish the draft's headline. With several linked
 * draft-enabled collections the relationship is polymorphic and cannot be filtered by status in a query,
 * so the public reads none: such a site brings its own links collection with a rule that fits it (the
 * endpoint and GraphQL query also drop every link whose target the reader may not read).
 */
export function publicLinkRead(slugs: string[], withDrafts: ReadonlySet<string>): Access {
  const notExcluded: Where = { excluded: { not_equals: true } }
  const single = slugs.length === 1 && withDrafts.has(slugs[0])
  const publicWhere: Where | false = single
    ? {
        and: [
          notExcluded,
          { 'from._status': { equals: 'published' } },
          { or: [{ 'to._status': { equals: 'published' } }, { and: [{ to: { exists: false } }, { url: { exists: true } }] }] },
        ],
      }
    : slugs.every((slug) => !withDrafts.has(slug))
      ? notExcluded
      : false
  return ({ req }) => (req.user ? true : publicWhere)
}

/**
 * The links collection the plugin creates when the app has none: the same shape as the newsroom's
 * own RelatedLinks, for any collections named in the options.
 */
export function relatedLinksCollection(options: SanitizedRelatedOptions, withDrafts: ReadonlySet<string> = new Set()): CollectionConfig {
  const slugs = options.collections.map((collection) => collection.slug)
  const relationTo = (slugs.length === 1 ? slugs[0] : slugs) as never
  const fields: Field[] = [
    { name: 'from', type: 'relationship', relationTo, required: true, index: true },
    { name: 'to', type: 'relationship', relationTo, index: true },
    { name: 'url', type: 'text', maxLength: 2048 },
    { name: 'headline', type: 'text', maxLength: 300 },
    { name: 'origin', type: 'select', defaultValue: 'manual', options: ['auto', 'manual'] },
    { name: 'score', type: 'number' },
    reasonsField(
      options.mentions
        ? { name: 'sharedPeople', type: 'relationship', relationTo: options.mentions.collection as never, hasMany: true }
        : { name: 'sharedPeople', type: 'text', hasMany: true },
    ),
    {
      name: 'position',
      type: 'group',
      fields: [
        { name: 'placement', type: 'select', defaultValue: 'end', options: ['end', 'inline'] },
        { name: 'afterParagraph', type: 'number', min: 1 },
      ],
    },
    { name: 'pinned', type: 'checkbox', defaultValue: false },
    { name: 'excluded', type: 'checkbox', defaultValue: false, validate: validateNotPinnedAndExcluded as never },
    { name: 'order', type: 'number', defaultValue: 0 },
  ]
  return {
    slug: options.linksCollection,
    admin: { useAsTitle: 'headline', group: 'Newsroom', defaultColumns: ['headline', 'from', 'to', 'origin', 'score', 'pinned', 'excluded'] },
    defaultSort: 'order',
    // Links are curated by people who can edit: the public only reads them.
    access: { read: publicLinkRead(slugs, withDrafts), create: ({ req }) => Boolean(req.user), update: ({ req }) => Boolean(req.user), delete: ({ req }) => Boolean(req.user) },
    fields,
  }
}
