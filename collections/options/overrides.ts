import type { CollectionConfig, Field } from 'payload'

import { type NewsroomSlugs, resolveSlugs } from './slugs'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * What an app changes in one of the collections without forking it, in the style of Payload's own
 * plugins (form-builder, search): `fields` gets ours and returns the list to use; `hooks` are run after
 * ours, never instead of them (they hold the collection's integrity rules); `access` and `admin` are
 * merged key by key over ours; any other key of a collection config replaces ours.
 */
export type CollectionOverrides = Partial<Omit<CollectionConfig, 'access' | 'admin' | 'fields' | 'hooks' | 'labels' | 'slug'>> & {
  fields?: (args: { defaultFields: Field[] }) => Field[]
  hooks?: Partial<Hooks>
  access?: CollectionConfig['access']
  admin?: CollectionConfig['admin']
}

export interface CollectionOptions {
  /** The collections' slugs; give the same object to every factory (newsroomCollections does). */
  slugs?: Partial<NewsroomSlugs>
  labels?: CollectionConfig['labels']
  overrides?: CollectionOverrides
}

/** A collection built from our defaults: the factory's config, with the app's labels and overrides. */
export function buildCollection(
  options: CollectionOptions | undefined,
  make: (slugs: NewsroomSlugs) => CollectionConfig,
): CollectionConfig {
  const base = make(resolveSlugs(options?.slugs))
  const { fields, hooks, access, admin, ...rest } = options?.overrides ?? {}
  return {
    ...base,
    ...rest,
    ...(options?.labels ? { labels: options.labels } : {}),
    ...(admin ? { admin: { ...base.admin, ...admin, components: { ...base.admin?.components, ...admin.components } } } : {}),
    ...(access ? { access: { ...base.access, ...access } } : {}),
    ...(hooks ? { hooks: chainHooks(base.hooks ?? {}, hooks) } : {}),
    fields: fields ? fields({ defaultFields: base.fields }) : base.fields,
  }
}

function chainHooks(ours: Hooks, theirs: Partial<Hooks>): Hooks {
  const chained: Record<string, unknown[]> = { ...(ours as Record<string, unknown[]>) }
  for (const [key, list] of Object.entries(theirs as Record<string, unknown[] | undefined>)) {
    if (list?.length) chained[key] = [...(chained[key] ?? []), ...list]
  }
  return chained as Hooks
}
