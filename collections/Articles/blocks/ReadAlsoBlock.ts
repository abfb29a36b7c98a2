import type { Block } from 'payload'
import { relationshipMustExist } from '../../fields/relationshipMustExist'
import { checkLength, MAX_LENGTH } from '../../fields/lengthLimits'
import { type NewsroomSlugs, slugFor } from '../../options/slugs'

/** Headline, date and views are for a story not in the CMS; with an article chosen they come from it. */
const noArticle = (_: unknown, sibling: Record<string, unknown> | undefined) => !sibling?.article

/**
 * An inline "read also" headline between paragraphs. It points at an article when one is known; a
 * headline taken from a wire text that names no article yet keeps its own text, date and views.
 */
export const ReadAlsoBlock = (slugs: NewsroomSlugs): Block => ({
  slug: 'readAlso',
  interfaceName: 'ReadAlsoBlock',
  labels: { singular: 'Read also', plural: 'Read also' },
  admin: { components: { Label: { path: '@newsroom/schema/client#ReadAlsoBlockLabel', clientProps: { slugs } } } },
  fields: [
    { name: 'article', type: 'relationship', relationTo: slugFor(slugs, 'articles'), validate: relationshipMustExist },
    {
      name: 'headline',
      type: 'text',
      maxLength: MAX_LENGTH.headline,
      admin: { condition: noArticle, description: "Shown instead of the article's title; required when no article is chosen." },
      validate: (value: null | string | undefined, options: { siblingData: Record<string, unknown> }) => {
        if (!options.siblingData?.article && !(typeof value === 'string' && value.trim().length > 0)) {
          return 'A "read also" block needs an article or a headline'
        }
        return checkLength(value, options, 'A "read also" headline')
      },
    },
    { name: 'publishedAt', type: 'date', admin: { condition: noArticle, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'views', type: 'number', min: 0, admin: { condition: noArticle } },
  ],
})
