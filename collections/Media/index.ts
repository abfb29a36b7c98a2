import type { CollectionConfig } from 'payload'

import { anyone, editors, writers } from '../access/roles'
import { MAX_LENGTH, withinLength } from '../fields/lengthLimits'
import { nonBlank } from '../fields/nonBlank'
import { baseVersionField, guardEditConflicts } from '../hooks/editConflicts'
import { rejectMalformedId } from '../hooks/rejectMalformedId'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced'
import { refuseDeleteWhileInBody } from './hooks/refuseDeleteWhileInBody'
import { refuseFileURL } from './hooks/refuseFileURL'
import { validateBeforeFileWork } from './hooks/validateBeforeFileWork'
import { readMediaStorage } from './storage'
import { buildCollection, type CollectionOptions } from '../options/overrides'
import { type NewsroomSlugs, slugFor } from '../options/slugs'

/**
 * Images only, in the formats sharp reads and browsers show. SVG is left out: it can carry scripts
 * and sharp would only rasterise it.
 */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']

/** The sizes made on upload, by name: what a frontend asks for in GraphQL (`sizes { card { url } }`). */
export const IMAGE_SIZES = [
  // The admin's list and pickers, and small teasers.
  { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
  // A story card in a list: full width of a column, height kept.
  { name: 'card', width: 768, height: undefined, position: 'centre' },
  // Open Graph and social cards, and the wide hero: 1200×630 around the focal point.
  { name: 'og', width: 1200, height: 630, position: 'centre' },
] as const

const storage = readMediaStorage()

/**
 * Photos and graphics for stories: the featured image of an article and Image blocks in its body.
 * Media are public assets: anyone may read them and their files, as a CDN would serve them, whether
 * or not the story using them is published yet (do not upload an embargoed photo before its time).
 */
const mediaConfig = (slugs: NewsroomSlugs): CollectionConfig => ({
  slug: slugs.media,
  labels: { singular: 'Image', plural: 'Media' },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
    listSearchableFields: ['alt', 'caption', 'credit', 'filename'],
    group: 'Content',
  },
  access: { read: anyone, create: writers, update: writers, delete: editors },
  // Payload makes `url` (the file's and each size's) from `filename` when it reads a document: a read
  // selecting only what it shows (`select: true` in GraphQL, `select` in REST) asks for `url`, not for
  // `filename`, and got null URLs without this.
  forceSelect: { filename: true, sizes: Object.fromEntries(IMAGE_SIZES.map((size) => [size.name, { filename: true }])) } as never,
  upload: {
    // With S3 configured the adapter keeps the files and this folder is not written (disableLocalStorage).
    staticDir: storage.kind === 'disk' ? storage.dir : undefined,
    mimeTypes: IMAGE_MIME_TYPES,
    imageSizes: IMAGE_SIZES.map((size) => ({ ...size, withoutEnlargement: true })),
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    crop: true,
    // EXIF may hold the photographer's location; orientation is applied before it is dropped.
    withMetadata: false,
  },
  hooks: {
    beforeOperation: [rejectMalformedId, guardEditConflicts, refuseFileURL, validateBeforeFileWork],
    // An image still shown by a story is not deleted: the story would lose its photo without a word.
    beforeDelete: [
      refuseDeleteWhileReferenced('image', [
        { collection: slugFor(slugs, 'articles'), field: 'featuredImage', titleField: 'title', role: 'the featured image of', noun: ['article', 'articles'] },
      ]),
      refuseDeleteWhileInBody(slugs),
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: MAX_LENGTH.alt,
      validate: nonBlank('Alt text'),
      admin: { description: 'What the image shows, for readers who cannot see it (screen readers, failed loads).' },
    },
    {
      name: 'caption',
      type: 'textarea',
      maxLength: MAX_LENGTH.caption,
      validate: withinLength('The caption'),
      admin: { description: 'Shown under the image; an Image block may override it for one story.' },
    },
    {
      name: 'credit',
      type: 'text',
      maxLength: MAX_LENGTH.photoCredit,
      validate: withinLength('The credit'),
      admin: { description: 'Photographer and agency, e.g. "Photo: Jane Doe / UNN".' },
    },
    baseVersionField(),
  ],
})

/** The Media collection with an app's slugs, labels and overrides (README "Extend the collections"). */
export const mediaCollection = (options?: CollectionOptions): CollectionConfig => buildCollection(options, mediaConfig)

/** Media as the newsroom app configures it: mediaCollection() with the defaults. */
export const Media = mediaCollection()
