import type { Block } from 'payload'

import { uploadMustExist } from '../../fields/relationshipMustExist'
import { MAX_LENGTH, withinLength } from '../../fields/lengthLimits'

/** A photo between paragraphs: an image from Media, with this story's own caption when it needs one. */
export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  labels: { singular: 'Image', plural: 'Images' },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true, validate: uploadMustExist },
    {
      name: 'caption',
      type: 'textarea',
      maxLength: MAX_LENGTH.caption,
      validate: withinLength('The caption'),
      admin: { description: "Shown instead of the image's own caption, in this story only. Leave empty to use it." },
    },
  ],
}
