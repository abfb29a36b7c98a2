import type { CollectionConfig } from 'payload'

/** The people the plugin finds mentioned in a post's text (its `mentions` option). */
export const Authors: CollectionConfig = {
  slug: 'authors',
  admin: { useAsTitle: 'name' },
  access: { read: () => true },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'aliases', type: 'text', hasMany: true },
  ],
}
