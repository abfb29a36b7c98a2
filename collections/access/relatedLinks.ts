import type { Access, Where } from 'payload'

import { hasRole, isStaffEditor } from './roles'

type MaybeUser = Parameters<typeof isStaffEditor>[0]

/** An article at the end of a link (`from` or `to`) that this reader may see: live, or (for an author) their own. */
function readableEnd(end: 'from' | 'to', user: MaybeUser): Where {
  const live: Where = { [`${end}._status`]: { equals: 'published' } }
  if (user?.id !== undefined && hasRole(user, 'author')) return { or: [live, { [`${end}.createdBy`]: { equals: user.id } }] }
  return live
}

/**
 * Who sees a "read also" link. A link carries its target's headline, so it is exactly as secret as both
 * its ends: the public sees a link only when its source is published and its target is a published
 * article or an external page; an unpublished story (published, then set back to draft) disappears from
 * every link at once. Authors also see links of their own drafts; editors and admins see every link,
 * excluded ones too.
 */
export const readVisibleLinks: Access = ({ req: { user } }) => {
  if (isStaffEditor(user)) return true
  const external: Where = { and: [{ to: { exists: false } }, { url: { exists: true } }] }
  return {
    and: [{ excluded: { not_equals: true } }, readableEnd('from', user), { or: [readableEnd('to', user), external] }],
  }
}
