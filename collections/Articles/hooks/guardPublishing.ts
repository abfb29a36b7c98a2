import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole, isStaffEditor } from '../../access/roles'

/** Authors write drafts; only editors and admins put a story in front of readers. */
export const guardPublishing: CollectionBeforeChangeHook = ({ data, req }) => {
  const user = req.user
  if (data._status === 'published' && user && hasRole(user, 'author') && !isStaffEditor(user)) {
    throw new APIError('Authors cannot publish: save the article as a draft and ask an editor to publish it.', 403, null, true)
  }
  return data
}
