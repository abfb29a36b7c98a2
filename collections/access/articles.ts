import type { Access } from 'payload'

import { hasRole, isStaffEditor } from './roles'

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
