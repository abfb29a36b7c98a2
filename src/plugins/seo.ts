import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Field, Plugin } from 'payload'

import { absoluteUrl, articlePath } from '../site/publicUrl'

type StoryDoc = { title?: null | string; lead?: null | string; slug?: null | string; featuredImage?: unknown }

/** Longest SEO title and description an editor may set: search engines cut titles near 60 and descriptions near 160 characters. */
export const SEO_MAX_LENGTH = { title: 200, description: 500 } as const

/**
 * Payload's official SEO plugin on Articles: a `meta` group (title, description, image from Media) that
 * the site's pages, Open Graph and Twitter cards use, each falling back to the story's own headline,
 * lead and featured image when left empty. "Auto-generate" in the admin fills them from the same.
 */
export function articleSeo(): Plugin {
  return seoPlugin({
    collections: ['articles'],
    uploadsCollection: 'media',
    tabbedUI: false,
    generateTitle: ({ doc }) => (doc as StoryDoc).title ?? '',
    generateDescription: ({ doc }) => (doc as StoryDoc).lead?.slice(0, 300) ?? '',
    generateImage: ({ doc }) => {
      const image = (doc as StoryDoc).featuredImage
      return (typeof image === 'object' && image !== null ? (image as { id: number }).id : image) as never
    },
    generateURL: ({ doc }) => ((doc as StoryDoc).slug ? absoluteUrl(articlePath((doc as StoryDoc).slug as string)) : ''),
    // Every free-text field of ours has a length limit (collections/fields/lengthLimits.ts).
    fields: ({ defaultFields }) =>
      defaultFields.map((field: Field) => {
        if (!('name' in field)) return field
        if (field.name === 'title') return { ...field, maxLength: SEO_MAX_LENGTH.title } as Field
        if (field.name === 'description') return { ...field, maxLength: SEO_MAX_LENGTH.description } as Field
        return field
      }),
  })
}

