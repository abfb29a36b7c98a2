import type { CollectionSlug, PayloadRequest, RelationshipFieldValidation, UploadFieldValidation } from 'payload'

import { relationship as defaultRelationshipValidation, upload as defaultUploadValidation } from 'payload/shared'

const idOf = (value: unknown): null | number | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return (value as { id?: number | string; value?: number | string }).id ?? (value as { value?: number | string }).value ?? null
  return value as number | string
}

/**
 * Payload checks the shape of a relationship id but not that the document exists, and the database
 * then rejects the write with a foreign-key error, a 500. This says which id is missing, as a 400.
 */
export const relationshipMustExist: RelationshipFieldValidation = async (value, options) => {
  const base = await defaultRelationshipValidation(value as never, options as never)
  if (base !== true) return base
  return mustExist(value, options)
}

/** The same for an upload field (a featured image, an Image block): "No media with id 987654". */
export const uploadMustExist: UploadFieldValidation = async (value, options) => {
  const base = await defaultUploadValidation(value as never, options as never)
  if (base !== true) return base
  return mustExist(value, options)
}

async function mustExist(value: unknown, options: { event?: string; relationTo: unknown; req: PayloadRequest }): Promise<string | true> {
  // While an editor types in the admin the check is left to the save, to keep the form responsive.
  if (options.event === 'onChange' || typeof options.relationTo !== 'string') return true
  const ids = [...new Set((Array.isArray(value) ? value : [value]).map(idOf).filter((id) => id !== null))]
  if (ids.length === 0) return true
  const { docs } = await options.req.payload.find({
    collection: options.relationTo as CollectionSlug,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req: options.req,
    select: {},
  })
  const found = new Set(docs.map((doc) => String(doc.id)))
  const missing = ids.filter((id) => !found.has(String(id)))
  return missing.length === 0 || `No ${options.relationTo} with id ${missing.join(', ')}`
}
