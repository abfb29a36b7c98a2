import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug, type PayloadRequest, type Where } from 'payload'

/** A place where other documents point at the one being deleted. */
export interface Reference {
  collection: CollectionSlug
  /** The relationship field that points here; hasMany fields are matched by containment. */
  field: string
  hasMany?: boolean
  /** The field shown for each referencing document (its title). */
  titleField: string
  /** How the reference reads in the message, e.g. "the author of". */
  role: string
  /** The referencing collection's documents, singular and plural, e.g. ["article", "articles"]. */
  noun: [string, string]
}

/** How many referencing documents a refusal names, per reference; the total is always given. */
export const LISTED_REFERENCES = 5

export interface Found {
  total: number
  listed: Array<{ id: number | string; title: string }>
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text)

/**
 * Finds the documents that point at `id` through one reference: the stored documents and, for a
 * collection with drafts, the latest draft of each (an unpublished draft would fail validation too).
 */
async function findReferences(req: PayloadRequest, reference: Reference, id: number | string): Promise<Found> {
  const where: Where = { [reference.field]: reference.hasMany ? { in: [id] } : { equals: id } }
  const config = req.payload.collections[reference.collection]?.config
  const drafts = Boolean(config?.versions && typeof config.versions === 'object' && config.versions.drafts)
  const byId = new Map<string, { id: number | string; title: string }>()
  let total = 0
  for (const draft of drafts ? [false, true] : [false]) {
    const result = await req.payload.find({
      collection: reference.collection,
      where,
      draft,
      depth: 0,
      limit: LISTED_REFERENCES,
      sort: 'id',
      overrideAccess: true,
      req,
      select: { [reference.titleField]: true },
    })
    total = Math.max(total, result.totalDocs)
    for (const doc of result.docs as unknown as Array<Record<string, unknown>>) {
      byId.set(String(doc.id), { id: doc.id as number | string, title: String(doc[reference.titleField] ?? '') })
    }
  }
  const listed = [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id)).slice(0, LISTED_REFERENCES)
  return { total: Math.max(total, byId.size), listed }
}

/**
 * One entry per listed document (`the author of article #4 "Title"`), then how many more there are.
 * Entries are joined by commas after one colon: the admin shows such a message as a list.
 */
export function describeReferences(reference: Pick<Reference, 'noun' | 'role'>, found: Found): string[] {
  const entries = found.listed.map((doc) => `${reference.role} ${reference.noun[0]} #${doc.id} "${clip(doc.title)}"`)
  const more = found.total - found.listed.length
  if (more > 0) entries.push(`${reference.role} ${more} more ${more === 1 ? reference.noun[0] : reference.noun[1]}`)
  return entries
}

/**
 * beforeDelete: refuses (409) to delete a document that others still point at, naming them, so that
 * no article is left with an author that is gone and no quote with neither speaker nor attribution.
 * The editor re-assigns or removes the references, then deletes. Runs for each document of a bulk
 * delete too: those with references are refused one by one, the others are deleted.
 */
export function refuseDeleteWhileReferenced(singular: string, references: Reference[]): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const found: string[] = []
    for (const reference of references) {
      const result = await findReferences(req, reference, id)
      if (result.total > 0) found.push(...describeReferences(reference, result))
    }
    if (found.length === 0) return
    throw new APIError(`Cannot delete ${singular} ${id} while it is still referenced: ${found.join(', ')}. Change those first, then delete.`, 409, null, true)
  }
}
