import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type PayloadRequest, type TextField } from 'payload'

import { sql, tableOf, transactionOf } from './transactionSql'

/**
 * Two people saving one document must not silently lose a change. Two rules, per collection:
 *
 * 1. Saves of one document are serialised: an update locks the document's row (`select ... for no
 *    key update`, the lock its own UPDATE takes, so links and quotes pointing at the row can still be
 *    inserted meanwhile) in its transaction before Payload reads the stored document, so a second save waits and
 *    then starts from the first one's result instead of from the same old copy (which made it write
 *    back the old value of every field it did not change).
 * 2. A save based on a stale version is refused with a 409: the client sends the `updatedAt` of the
 *    version it loaded, as `updatedAt` or `baseVersion` in the data (the admin sends `baseVersion`,
 *    a read-only field that always holds the loaded document's `updatedAt`). A save that sends
 *    neither is not checked: scripts, imports and the plugin's own writes keep working as before.
 */

/** The virtual field the admin's edit form carries back on save: when the loaded version was saved. */
export const BASE_VERSION_FIELD = 'baseVersion'

export function baseVersionField(): TextField {
  return {
    name: BASE_VERSION_FIELD,
    type: 'text',
    virtual: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      disableListColumn: true,
      disableListFilter: true,
      description: 'When the version you are editing was saved. Saving fails if someone saved a newer one since.',
    },
    hooks: { afterRead: [({ data }) => (data?.updatedAt ? String(data.updatedAt) : null)] },
  }
}

const asTime = (value: unknown): null | number => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : time
}

/** The message a refused stale save answers with. */
export function staleSaveMessage(singular: string, stored: string, sent: string): string {
  // One colon, then comma-separated parts: the admin shows such a message as a list.
  return `This ${singular} was changed by another save after you loaded it: saved at ${stored}, you loaded the version of ${sent}, reload it and apply your change again`
}

/** The version the client says it loaded, or undefined when it sent none. */
function sentVersion(data: unknown): unknown {
  if (!data || typeof data !== 'object') return undefined
  const record = data as Record<string, unknown>
  const sent = record[BASE_VERSION_FIELD] ?? record.updatedAt
  return sent === null || sent === '' ? undefined : sent
}

/**
 * beforeOperation (update by id): locks the document's row until the save commits, then refuses
 * (409) the save when the client's base version is older than the stored one. Both happen here,
 * before Payload reads the document: later hooks only see the client's data merged with the stored
 * document, no longer what the client sent.
 */
export const guardEditConflicts: CollectionBeforeOperationHook = async ({ args, collection, operation }) => {
  if (operation !== 'update') return args
  const { id, req, data } = args as { id?: unknown; req: PayloadRequest; data?: Record<string, unknown> }
  // Bulk updates (by where) are not checked: they name no version.
  if (id === undefined || id === null || !/^\d+$/.test(String(id)) || !req?.payload) return args
  const db = await transactionOf(req)
  if (db) await db.execute(sql`select 1 from ${sql.raw(tableOf(req.payload, collection.slug))} where id = ${Number(id)} for no key update`)
  const sent = sentVersion(data)
  if (data && typeof data === 'object') delete data[BASE_VERSION_FIELD]
  if (sent === undefined) return args
  const sentTime = asTime(sent)
  if (sentTime === null) {
    throw new APIError(`updatedAt (the version you loaded) must be an ISO date, got "${String(sent).slice(0, 40)}"`, 400, null, true)
  }
  // The latest version, draft or not, is what an edit starts from (the admin loads it too).
  const stored = (await req.payload.findByID({
    collection: collection.slug as CollectionSlug,
    id: Number(id),
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { updatedAt: true },
  })) as { updatedAt?: string } | null
  const storedTime = asTime(stored?.updatedAt)
  if (storedTime !== null && storedTime > sentTime) {
    const singular = typeof collection.labels?.singular === 'string' ? collection.labels.singular.toLowerCase() : collection.slug
    throw new APIError(staleSaveMessage(singular, String(stored?.updatedAt), new Date(sentTime).toISOString()), 409, { updatedAt: stored?.updatedAt }, true)
  }
  return args
}
