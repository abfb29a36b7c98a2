import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { SanitizedRelatedOptions } from '../options'
import { inlineTargets } from './inlineLinks'

/** Finds a document by id or slug, as the reader may see it. */
export async function findByKey(req: PayloadRequest, collection: string, key: { id?: null | string; slug?: null | string }) {
  const where: Where | null = key.id ? { id: { equals: key.id } } : key.slug ? { slug: { equals: key.slug } } : null
  if (!where) return null
  if (key.id && !/^\d+$/.test(key.id)) return null
  // `pagination: false` everywhere here: nothing reads `totalDocs`, and its count(*) cost 499 ms a call
  // on tables without planner statistics (right after a bulk load or a rebuild).
  const { docs } = await req.payload.find({ collection: collection as CollectionSlug, where, limit: 1, pagination: false, depth: 0, req, overrideAccess: false })
  return docs[0] ?? null
}

type Id = number | string
type LinkDoc = { to?: unknown }

const idOf = (value: unknown): Id | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return ((value as { id?: Id }).id ?? null) as Id | null
  return value as Id
}

/** The collection and id a link points at; null for an external link. Single or polymorphic `to`. */
export function targetOf(link: LinkDoc, defaultCollection: string): { collection: string; id: Id } | null {
  const to = link.to
  if (to && typeof to === 'object' && 'relationTo' in to) {
    const id = idOf((to as { value?: unknown }).value)
    return id === null ? null : { collection: String((to as { relationTo: unknown }).relationTo), id }
  }
  const id = idOf(to)
  return id === null ? null : { collection: defaultCollection, id }
}

/**
 * Drops the links whose target this reader may not read. A link shows its target's headline, so a link
 * to a draft (or to a story unpublished since) is as secret as the draft: the target's own read access
 * decides, whatever collections the plugin links and whatever the links collection lets through.
 */
async function withReadableTargets<T extends LinkDoc>(req: PayloadRequest, options: SanitizedRelatedOptions, links: T[]): Promise<T[]> {
  const fallback = options.collections[0].slug
  const wanted = new Map<string, Set<string>>()
  for (const link of links) {
    const target = targetOf(link, fallback)
    if (target) wanted.set(target.collection, (wanted.get(target.collection) ?? new Set()).add(String(target.id)))
  }
  const readable = new Set<string>()
  for (const [collection, ids] of wanted) {
    const { docs } = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: [...ids] } },
      limit: ids.size,
      pagination: false,
      depth: 0,
      select: {},
      req,
      overrideAccess: false,
    })
    for (const doc of docs) readable.add(`${collection}:${String(doc.id)}`)
  }
  return links.filter((link) => {
    const target = targetOf(link, fallback)
    return target === null || readable.has(`${target.collection}:${String(target.id)}`)
  })
}

/** The stories a document's body already links inline, by the collection's `inlineLinkBlocks` option. */
export function inlineTargetsOf(options: SanitizedRelatedOptions, collection: string, doc: object): Set<string> {
  const entry = options.collections.find((candidate) => candidate.slug === collection)
  return entry ? inlineTargets((doc as Record<string, unknown>)[entry.fields.body], entry.inlineLinkBlocks) : new Set()
}

/** Drops the links to stories the body already links inline: a reader would see them twice. */
export function withoutInline<T extends LinkDoc>(links: T[], inline: ReadonlySet<string>, defaultCollection: string): T[] {
  if (inline.size === 0) return links
  return links.filter((link) => {
    const target = targetOf(link, defaultCollection)
    return target === null || !inline.has(String(target.id))
  })
}

/** A document's visible links in order: what frontends render; `inline` are the targets its body already links. */
export async function linksOf(req: PayloadRequest, options: SanitizedRelatedOptions, id: number | string, limit: number, depth: number, inline: ReadonlySet<string> = new Set()) {
  const { docs } = await req.payload.find({
    collection: options.linksCollection as CollectionSlug,
    where: { and: [{ from: { equals: id } }, { excluded: { not_equals: true } }] },
    sort: 'order',
    // Links to inline targets are dropped after the query: ask for enough to still fill the limit.
    limit: limit + inline.size,
    pagination: false,
    depth,
    req,
    overrideAccess: false,
  })
  const visible = withoutInline(docs as LinkDoc[], inline, options.collections[0].slug)
  return (await withReadableTargets(req, options, visible)).slice(0, limit)
}
