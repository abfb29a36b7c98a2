import type { CollectionConfig } from 'payload'

import { readVisibleLinks } from '../access/relatedLinks'
import { editors } from '../access/roles'
import { defaultHeadlineFromTarget } from './hooks/defaultHeadlineFromTarget'
import { validateTarget, validateUrl } from './validate'
import { relationshipMustExist } from '../fields/relationshipMustExist'
import { rejectMalformedId } from '../hooks/rejectMalformedId'
import { MAX_LENGTH, withinLength } from '../fields/lengthLimits'
import { baseVersionField, guardEditConflicts } from '../hooks/editConflicts'
import { reasonsField, validateNotPinnedAndExcluded } from '@newsroom/plugin'
import { buildCollection, type CollectionOptions } from '../options/overrides'
import { type NewsroomSlugs, slugFor } from '../options/slugs'

/** A "read also" headline on an article, pointing at another article or an external page. */
const relatedLinksConfig = (slugs: NewsroomSlugs): CollectionConfig => ({
  slug: slugs.relatedLinks,
  labels: { singular: 'Related link', plural: 'Related links' },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'from', 'to', 'origin', 'score', 'pinned', 'excluded', 'order'],
    // Edited in each article's related-links panel; the collection stays for search and bulk work.
    group: 'Newsroom',
  },
  defaultSort: 'order',
  access: { read: readVisibleLinks, create: editors, update: editors, delete: editors },
  // A second link between the same two articles would show the same headline twice.
  indexes: [{ fields: ['from', 'to'], unique: true }],
  hooks: { beforeOperation: [rejectMalformedId, guardEditConflicts], beforeChange: [defaultHeadlineFromTarget(slugs)] },
  fields: [
    { name: 'from', type: 'relationship', relationTo: slugFor(slugs, 'articles'), validate: relationshipMustExist, required: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'to', type: 'relationship', relationTo: slugFor(slugs, 'articles'), index: true, validate: validateTarget(slugs) },
        { name: 'url', type: 'text', maxLength: MAX_LENGTH.url, validate: validateUrl, admin: { description: 'An external page, instead of an article.' } },
      ],
    },
    { name: 'headline', type: 'text', maxLength: MAX_LENGTH.headline, validate: withinLength('The headline'), admin: { description: "Defaults to the target article's title." } },
    {
      type: 'row',
      fields: [
        {
          name: 'origin',
          type: 'select',
          defaultValue: 'manual',
          options: [
            { label: 'Auto', value: 'auto' },
            { label: 'Manual', value: 'manual' },
          ],
        },
        { name: 'score', type: 'number', min: 0, admin: { readOnly: true } },
        { name: 'order', type: 'number', defaultValue: 0, admin: { description: 'Lower comes first.' } },
      ],
    },
    reasonsField({ name: 'sharedPeople', type: 'relationship', relationTo: slugFor(slugs, 'people'), validate: relationshipMustExist, hasMany: true }),
    {
      name: 'position',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'placement',
              type: 'select',
              defaultValue: 'end',
              options: [
                { label: 'At the end', value: 'end' },
                { label: 'Inline, after a paragraph', value: 'inline' },
              ],
            },
            {
              name: 'afterParagraph',
              type: 'number',
              min: 1,
              admin: { condition: (_, sibling) => sibling?.placement === 'inline' },
              validate: (value: null | number | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
                if (siblingData?.placement !== 'inline') return true
                if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
                  return 'An inline link needs the paragraph it follows: a whole number from 1'
                }
                return true
              },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'pinned', type: 'checkbox', defaultValue: false, admin: { description: 'Kept by every recompute.' } },
        { name: 'excluded', type: 'checkbox', defaultValue: false, validate: validateNotPinnedAndExcluded as never, admin: { description: 'Hidden, and never re-added automatically. Never together with pinned.' } },
      ],
    },
    baseVersionField(),
  ],
})

/** The RelatedLinks collection with an app's slugs, labels and overrides (README "Extend the collections"). */
export const relatedLinksCollection = (options?: CollectionOptions): CollectionConfig => buildCollection(options, relatedLinksConfig)

/** RelatedLinks as the newsroom app configures it: relatedLinksCollection() with the defaults. */
export const RelatedLinks = relatedLinksCollection()
