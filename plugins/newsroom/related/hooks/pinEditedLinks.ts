import type { CollectionBeforeChangeHook } from 'payload'

import { ENGINE_CONTEXT } from '../engine'

/**
 * An editor who reorders, moves or retitles an auto link has made a choice; pinning it keeps every
 * later recompute from undoing that choice (the panel says so on its move buttons). An excluded link is
 * never pinned this way: it is hidden, its place does not matter, and a link is never both.
 */
export const pinEditedLinks: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || context[ENGINE_CONTEXT] || !req.user || originalDoc?.origin !== 'auto') return data
  const excluded = 'excluded' in data ? data.excluded === true : originalDoc.excluded === true
  if (excluded) return data
  const changed = (key: string) => key in data && JSON.stringify(data[key]) !== JSON.stringify(originalDoc[key])
  // An explicit change of `pinned` in the same save is the editor's own word and wins.
  if (['order', 'position', 'headline'].some(changed) && !changed('pinned')) return { ...data, pinned: true }
  return data
}
