import { type CollectionBeforeOperationHook, type CollectionSlug, type PayloadRequest, ValidationError } from 'payload'

/** The fields of Media that a client writes; Payload's upload fields are its own. */
const CONTENT_FIELDS = ['alt', 'caption', 'credit']

/**
 * beforeOperation on media: an update that brings a new file makes Payload delete the old files and
 * write the new ones before it validates the fields, so a refused update (blank alt text) would leave
 * the document pointing at files that are gone. The content fields are validated here first, against
 * the stored document with the changes applied, with the fields' own validators: a 400, nothing touched.
 */
export const validateBeforeFileWork: CollectionBeforeOperationHook = async ({ args, collection, operation }) => {
  const { id, data, req } = args as { id?: number | string; data?: Record<string, unknown>; req?: PayloadRequest }
  if (operation !== 'update' || !req?.file || id === undefined || id === null || !data || typeof data !== 'object') return args
  const stored = (await req.payload.findByID({ collection: collection.slug as CollectionSlug, id, depth: 0, overrideAccess: true, disableErrors: true, req })) as Record<string, unknown> | null
  if (!stored) return args
  const merged = { ...stored, ...data }
  const errors: Array<{ path: string; message: string }> = []
  for (const field of collection.fields) {
    if (!('name' in field) || !CONTENT_FIELDS.includes(field.name)) continue
    const validate = (field as { validate?: (value: never, options: never) => Promise<string | true> | string | true }).validate
    if (typeof validate !== 'function') continue
    const result = await validate(merged[field.name] as never, { ...field, req, data: merged, siblingData: merged, id, operation: 'update', event: 'submit', path: [field.name], preferences: { fields: {} } } as never)
    if (result !== true) errors.push({ path: field.name, message: String(result) })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return args
}
