import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { SanitizedRelatedOptions } from '../options'

/** Finds a document by id or slug, as the reader may see it. */
export async function findByKey(req: PayloadRequest, collection: string, key: { id?: null | string; slug?: null | string }) {
  const where: Where | null = key.id ? { id: { equals: key.id } } : key.slug ? { slug: { equals: key.slug } } : null
  if (!where) return null
  if (key.id && !/^\d+$/.test(key.id)) return null
  const { docs } = await req.payload.find({ collection: collection as CollectionSlug, where, limit: 1, depth: 0, req, overrideAccess: false })
  return docs[0] ?? null
}

/** A document's visible links in order: what frontends render. */
export async function linksOf(req: PayloadRequest, options: SanitizedRelatedOptions, id: number | string, limit: number, depth: number) {
  const { docs } = await req.payload.find({
    collection: options.linksCollection as CollectionSlug,
    where: { and: [{ from: { equals: id } }, { excluded: { not_equals: true } }] },
    sort: 'order',
    limit,
    depth,
    req,
    overrideAccess: false,
  })
  return docs
}
