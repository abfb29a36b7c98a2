import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import type { SanitizedRelatedOptions } from '../../options'
import { asEngineWrite, ENGINE_CONTEXT, poolOf, RelatedEngine } from '../engine'
import { queueRecompute } from '../jobs/recompute'
import { removeDocument } from '../store'

const LINKERS = 'newsroomRelatedLinkers'

/**
 * Any save queues a recompute; the job reads the published document and decides (index and link it,
 * or take it out when it was unpublished). Reads never compute anything.
 */
export const queueOnChange =
  (options: SanitizedRelatedOptions): CollectionAfterChangeHook =>
  async ({ collection, context, doc, req }) => {
    if (context[ENGINE_CONTEXT]) return doc
    await queueRecompute(req.payload, options, { collection: collection.slug, id: String(doc.id), backlinks: true }, req)
    return doc
  }

/** Remembers who linked to a document before the links go with it, and removes them. */
export const captureLinkersBeforeDelete =
  (options: SanitizedRelatedOptions): CollectionBeforeDeleteHook =>
  async ({ id, context, req }) => {
    const engine = new RelatedEngine(req.payload, options)
    context[LINKERS] = await engine.linkingTo(id, req)
    await asEngineWrite(req, (engineContext) =>
      req.payload.delete({
        collection: options.linksCollection as never,
        where: { or: [{ from: { equals: id } }, { to: { equals: id } }] },
        overrideAccess: true,
        req,
        context: engineContext,
      }),
    )
  }

export const unindexAfterDelete =
  (options: SanitizedRelatedOptions): CollectionAfterDeleteHook =>
  async ({ collection, context, id, req }) => {
    await removeDocument(poolOf(req.payload), collection.slug, String(id))
    for (const other of (context[LINKERS] as string[] | undefined) ?? []) {
      if (other !== String(id)) await queueRecompute(req.payload, options, { collection: collection.slug, id: other }, req)
    }
  }
