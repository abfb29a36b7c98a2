import type { RelationshipFieldSingleValidation, TextFieldSingleValidation } from 'payload'

import { checkLength } from '../fields/lengthLimits'
import { relationshipMustExist } from '../fields/relationshipMustExist'
import { type NewsroomSlugs, slugFor } from '../options/slugs'

const idOf = (value: unknown): null | number | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return (value as { id?: number | string }).id ?? null
  return value as number | string
}

/** Exactly one of `to` and `url`; never the article itself; never a second link to the same target. */
export const validateTarget =
  (slugs: NewsroomSlugs): RelationshipFieldSingleValidation =>
  async (value, options) => {
    const { id, req, siblingData: sibling } = options
    const exists = await relationshipMustExist(value as never, options as never)
    if (exists !== true) return exists
    const siblingData = sibling as Record<string, unknown>
    const to = idOf(value)
    const url = typeof siblingData?.url === 'string' ? siblingData.url.trim() : ''
    if (to === null && !url) return 'A related link needs a target article (to) or an external url'
    if (to !== null && url) return 'A related link points at an article (to) or at a url, not both'
    if (to === null) return true
    const from = idOf(siblingData?.from)
    if (from !== null && String(from) === String(to)) return 'An article cannot link to itself'
    if (from === null) return true
    const { totalDocs } = await req.payload.count({
      collection: slugFor(slugs, 'relatedLinks'),
      where: {
        and: [{ from: { equals: from } }, { to: { equals: to } }, ...(id ? [{ id: { not_equals: id } }] : [])],
      },
      overrideAccess: true,
      req,
    })
    return totalDocs === 0 || `Article ${from} already links to article ${to}: edit that link instead`
  }

export const validateUrl: TextFieldSingleValidation = async (value, options) => {
  if (value === null || value === undefined || value === '') return true
  const length = await checkLength(value, options as never, 'The url')
  if (length !== true) return length
  try {
    const url = new URL(value)
    return ['http:', 'https:'].includes(url.protocol) || 'The url must start with http:// or https://'
  } catch {
    return `"${value}" is not a valid url`
  }
}
