import type { CollectionSlug, TextField } from 'payload'

import { firstFreeSlug, slugify } from '../lib/slugify'
import { checkLength, MAX_LENGTH } from './lengthLimits'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A unique, editable slug generated from another field (the title, the name) when left empty.
 * A clash gets a numeric suffix instead of a unique-constraint error, so two stories with the same
 * headline can both be saved.
 */
export function slugField(sourceField: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: `Part of the URL. Left empty, it is made from the ${sourceField}, transliterated to Latin.`,
    },
    maxLength: MAX_LENGTH.slug,
    validate: async (value: null | string | undefined, options: unknown) => {
      if (value == null || value === '') return true
      const length = await checkLength(value, options as never, 'The slug')
      if (length !== true) return length
      return SLUG_PATTERN.test(value) || 'A slug may only hold lowercase latin letters, digits and single hyphens'
    },
    hooks: {
      beforeValidate: [
        async ({ collection, data, originalDoc, req, value }) => {
          const explicit = typeof value === 'string' ? value.trim() : ''
          const source = data?.[sourceField] ?? originalDoc?.[sourceField]
          const base = explicit ? slugify(explicit) : typeof source === 'string' ? slugify(source) : ''
          if (!base || !collection) return explicit || value
          if (explicit && explicit === originalDoc?.slug) return explicit
          return firstFreeSlug(base, async (candidate) => {
            const { totalDocs } = await req.payload.count({
              collection: collection.slug as CollectionSlug,
              where: {
                and: [{ slug: { equals: candidate } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
              },
              req,
              overrideAccess: true,
            })
            return totalDocs > 0
          })
        },
      ],
    },
  }
}
