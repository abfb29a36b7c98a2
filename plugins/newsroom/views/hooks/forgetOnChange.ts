import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { existingCounter, poolOf } from '../runtime'
import { forgetDocument } from '../store'

/** A story published or unpublished here counts (or stops counting) at once, not after the lookup cache expires. */
export const forgetLookupsOnChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const status = (doc as { _status?: string })._status
  if (status !== (previousDoc as { _status?: string } | undefined)?._status) {
    const counter = await existingCounter(req.payload)?.catch(() => null)
    counter?.forget(collection.slug)
  }
  return doc
}

/** A deleted document's daily counts go with it, so they cannot surface in most-read lists or charts. */
export const forgetViewsOnDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const counter = await existingCounter(req.payload)?.catch(() => null)
  counter?.forget(collection.slug)
  await forgetDocument(poolOf(req.payload), collection.slug, String(id))
}
