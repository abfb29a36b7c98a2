import type { CollectionBeforeOperationHook, FieldHook } from 'payload'

const EXPLICIT = 'newsroomViewsExplicit'

type Flags = Record<string, boolean>

/**
 * Notes, before Payload fills in missing fields, whether this update really sets the count: only a
 * Local API call with access overridden (an importer, a seed) may. Payload's update writes every
 * field, taking absent ones from the document it read (for a drafts collection, from the latest
 * version, whose count is never incremented); written back, that stale number would erase views.
 */
export const rememberExplicitCount =
  (viewsField: string): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    if (operation === 'update' || operation === 'updateByID') {
      const data = (args as { data?: Record<string, unknown> }).data
      const flags = ((req.context[EXPLICIT] as Flags | undefined) ??= {})
      flags[collection.slug] = Boolean(data && viewsField in data && (args as { overrideAccess?: boolean }).overrideAccess === true)
    }
    return args
  }

/** Leaves the count out of an update that did not set it, so the database keeps what the counter added meanwhile. */
export const keepCountedViews: FieldHook = ({ collection, operation, req, siblingData, field }) => {
  if (operation !== 'update' || !collection || !('name' in field) || !field.name) return undefined
  const flags = req.context[EXPLICIT] as Flags | undefined
  if (!flags?.[collection.slug]) delete siblingData[field.name]
  return undefined
}
