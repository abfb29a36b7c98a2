import type { Access, FieldAccess } from 'payload'

import { hasRole, isStaffEditor, isWriter } from './roles'

const published = { _status: { equals: 'published' } } as const

/** The public reads published articles only; authors also read their own drafts. */
export const readPublishedOrOwn: Access = ({ req: { user } }) => {
  if (isStaffEditor(user)) return true
  if (user && hasRole(user, 'author')) {
    return { or: [published, { createdBy: { equals: user.id } }] }
  }
  return published
}

/** Editors edit everything; authors only what they created. */
export const updateOwnOrAll: Access = ({ req: { user } }) => {
  if (isStaffEditor(user)) return true
  if (user && hasRole(user, 'author')) return { createdBy: { equals: user.id } }
  return false
}

/**
 * Who made an article is newsroom business: editors see it on every article, an author on their own,
 * the public never. Also keeps `createdBy.email` and the like out of filters: without it an author could
 * find staff emails with `where[createdBy.email][like]=…` (access rules themselves still use the field).
 */
export const readCreatedBy: FieldAccess = ({ req: { user }, doc }) => {
  if (isStaffEditor(user)) return true
  // Only our writers own articles: a user of another auth collection may share an id with one of them.
  if (!isWriter(user) || !doc) return false
  const owner = typeof doc.createdBy === 'object' && doc.createdBy !== null ? doc.createdBy.id : doc.createdBy
  return owner !== undefined && owner !== null && String(owner) === String(user!.id)
}
