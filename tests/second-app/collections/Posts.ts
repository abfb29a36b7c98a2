import type { CollectionConfig } from 'payload'

/** Stories under other names than the plugin's defaults: the plugin is mapped onto them through its options. */
export const Posts: CollectionConfig = {
  slug: 'posts',
  admin: { useAsTitle: 'heading', defaultColumns: ['heading', 'publishedAt', 'views', '_status'] },
  access: { read: () => true },
  versions: { drafts: true },
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'summary', type: 'textarea' },
    { name: 'content', type: 'richText' },
    { name: 'writtenBy', type: 'relationship', relationTo: 'authors' },
    { name: 'mentions', type: 'relationship', relationTo: 'authors', hasMany: true },
    { name: 'topics', type: 'text', hasMany: true },
    { name: 'publishedAt', type: 'date', admin: { position: 'sidebar' } },
  ],
}
