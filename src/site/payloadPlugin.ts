import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, Plugin } from 'payload'

import { articlePath } from './publicUrl'
import { revalidateSite } from './revalidate'

type Doc = Record<string, unknown>
const slugOf = (doc: unknown): string | undefined => (doc && typeof doc === 'object' && typeof (doc as Doc).slug === 'string' ? ((doc as Doc).slug as string) : undefined)

/** A story published, changed while published, or taken back: its page (old and new slug) and every list. */
const articleChanged: CollectionAfterChangeHook = async ({ doc, previousDoc }) => {
  const live = doc?._status === 'published' || previousDoc?._status === 'published'
  if (live) await revalidateSite([slugOf(doc), slugOf(previousDoc)])
  return doc
}
const articleDeleted: CollectionAfterDeleteHook = async ({ doc }) => {
  await revalidateSite([slugOf(doc)])
  return doc
}

/** A related link's source page shows it; its slug is looked up only inside a Next server. */
const linkChanged = async (doc: Doc | undefined, req: Parameters<CollectionAfterChangeHook>[0]['req']) => {
  if (!process.env.NEXT_RUNTIME || !doc) return
  const from = doc.from
  const id = typeof from === 'object' && from ? (from as Doc).id : from
  if (id === undefined || id === null) return
  const source = typeof from === 'object' && from && slugOf(from) ? from : await req.payload.findByID({ collection: 'articles', id: id as number, depth: 0, req, select: { slug: true } }).catch(() => null)
  await revalidateSite([slugOf(source)])
}
const relatedLinkChanged: CollectionAfterChangeHook = async ({ doc, req }) => {
  await linkChanged(doc, req)
  return doc
}
const relatedLinkDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await linkChanged(doc, req)
  return doc
}

/** People and quotes show on stories and person pages: the lists go, stories follow within their revalidate time. */
const listsChanged: CollectionAfterChangeHook = async ({ doc }) => {
  await revalidateSite([])
  return doc
}

const HOOKS: Record<string, { afterChange: CollectionAfterChangeHook[]; afterDelete: CollectionAfterDeleteHook[] }> = {
  articles: { afterChange: [articleChanged], afterDelete: [articleDeleted] },
  'related-links': { afterChange: [relatedLinkChanged], afterDelete: [relatedLinkDeleted] },
  people: { afterChange: [listsChanged], afterDelete: [] },
  quotes: { afterChange: [listsChanged], afterDelete: [] },
}

/** The Preview button: draft mode through the staff-only preview route, opening the story's page. */
export function previewUrl(doc: Doc): string | null {
  const slug = slugOf(doc)
  if (!slug) return null
  // Relative: the admin opens it on its own origin, where the editor's session cookie is.
  return `/api/site/preview?path=${encodeURIComponent(articlePath(slug))}`
}

/**
 * The public site's glue: hooks that expire its cached pages (appended to the collections' own, never
 * replacing them), the articles' Preview button and "View on site" for published stories.
 */
export function sitePlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection): CollectionConfig => {
      const hooks = HOOKS[collection.slug]
      if (!hooks) return collection
      return {
        ...collection,
        ...(collection.slug === 'articles'
          ? {
              admin: {
                ...collection.admin,
                preview: (doc) => previewUrl(doc as Doc),
                // The same staff-only route, framed beside the form; the page refreshes on each save.
                livePreview: { url: ({ data }) => previewUrl(data as Doc) },
                components: {
                  ...collection.admin?.components,
                  edit: {
                    ...collection.admin?.components?.edit,
                    // A path starting with "/" is resolved from admin.importMap.baseDir (src/).
                    beforeDocumentControls: [...(collection.admin?.components?.edit?.beforeDocumentControls ?? []), '/site/admin/ViewOnSite#ViewOnSite'],
                  },
                },
              },
            }
          : {}),
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), ...hooks.afterChange],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), ...hooks.afterDelete],
        },
      }
    }),
  })
}
