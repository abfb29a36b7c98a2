import type { Block } from 'payload'

import { uploadMustExist } from '../../fields/relationshipMustExist'
import { MAX_LENGTH, withinLength } from '../../fields/lengthLimits'
import { type NewsroomSlugs, slugFor } from '../../options/slugs'

/** A photo between paragraphs: an image from Media, with this story's own caption when it needs one. */
export const ImageBlock = (slugs: NewsroomSlugs): Block => ({
  slug: 'image',
  interfaceName: 'ImageBlock',
  labels: { singular: 'Image', plural: 'Images' },
  fields: [
    { name: 'image', type: 'upload', relationTo: slugFor(slugs, 'media'), required: true, validate: uploadMustExist },
    {
      name: 'caption',
      type: 'textarea',
      maxLength: MAX_LENGTH.caption,
      validate: withinLength('The caption'),
      admin: { description: "Shown instead of the image's own caption, in this story only. Leave empty to use it." },
    },
  ],
})
