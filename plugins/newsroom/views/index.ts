import type { CollectionConfig, Config, Field, NumberField } from 'payload'

import { NewsroomOptionsError, type SanitizedViewsCollection, type SanitizedViewsOptions } from '../options'
import { dailyViewsEndpoint, mostReadEndpoint, viewEndpoints } from './endpoints/views'
import { mostReadQueries, trackViewMutation } from './graphql/viewsSchema'
import { forgetLookupsOnChange, forgetViewsOnDelete } from './hooks/forgetOnChange'
import { keepCountedViews, rememberExplicitCount } from './hooks/protectCount'
import { flushOnSignals, poolOf, stopCounter, survivePoolErrors, viewTargets } from './runtime'
import { ensureLiveVersionCounts, ensureViewsSchema } from './store'

const nobody = () => false

const VIEWS_CELL = '@newsroom/plugin/client#ViewsCell'

/** The count field: added when missing; an existing one is made read-only through the APIs and indexed for sorting. */
function withViewsField(collection: CollectionConfig, entry: SanitizedViewsCollection): Field[] {
  const existing = collection.fields.find((field) => 'name' in field && field.name === entry.viewsField)
  if (existing && existing.type !== 'number') {
    throw new NewsroomOptionsError(`views: field "${entry.viewsField}" of "${collection.slug}" is a ${existing.type} field; view counts need a number field (set views.collections[].viewsField)`)
  }
  const chart: Field = {
    name: `${entry.viewsField}Chart`,
    type: 'ui',
    admin: { position: 'sidebar', disableListColumn: true, components: { Field: '@newsroom/plugin/client#ViewsChart' } },
  }
  if (!existing) {
    const field: NumberField = {
      name: entry.viewsField,
      type: 'number',
      defaultValue: 0,
      min: 0,
      index: true,
      access: { create: nobody, update: nobody },
      hooks: { beforeChange: [keepCountedViews] },
      admin: { position: 'sidebar', readOnly: true, description: 'Counted by view tracking; not editable.', components: { Cell: VIEWS_CELL } },
    }
    return [...collection.fields, field, chart]
  }
  const fields = collection.fields.map((field) =>
    field === existing
      ? ({
          ...existing,
          index: true,
          // The list shows the count with thousands separators, unless the collection has its own cell.
          admin: { ...existing.admin, components: { Cell: VIEWS_CELL, ...existing.admin?.components } },
          access: { ...existing.access, update: existing.access?.update ?? nobody },
          hooks: { ...existing.hooks, beforeChange: [...(existing.hooks?.beforeChange ?? []), keepCountedViews] },
        } as Field)
      : field,
  )
  const at = fields.findIndex((field) => 'name' in field && field.name === entry.viewsField)
  return [...fields.slice(0, at + 1), chart, ...fields.slice(at + 1)]
}

const labelOf = (collection: CollectionConfig) => {
  const plural = collection.labels?.plural
  return typeof plural === 'string' ? plural : plural && typeof plural === 'object' && 'en' in plural ? String(plural.en) : collection.slug
}

/** Adds view tracking: the count field and chart, the beacon and most-read endpoints, GraphQL, the dashboard widget and the flush on shutdown. */
export function applyViews(config: Config, options: SanitizedViewsOptions, disabled: boolean): Config {
  const tracked = new Map(options.collections.map((entry) => [entry.slug, entry]))
  const collections = (config.collections ?? []).map((collection): CollectionConfig => {
    const entry = tracked.get(collection.slug)
    if (!entry) return collection
    const fields = withViewsField(collection, entry)
    const defaultColumns = collection.admin?.defaultColumns
    const admin = defaultColumns && !defaultColumns.includes(entry.viewsField) ? { ...collection.admin, defaultColumns: [...defaultColumns, entry.viewsField] } : collection.admin
    const hooks = collection.hooks ?? {}
    // Kept when disabled too: without it an editor's save would write back a stale count.
    const protectedHooks = { ...hooks, beforeOperation: [...(hooks.beforeOperation ?? []), rememberExplicitCount(entry.viewsField)] }
    if (disabled) return { ...collection, fields, admin, hooks: protectedHooks }
    return {
      ...collection,
      fields,
      admin,
      endpoints: [
        ...(collection.endpoints || []),
        ...viewEndpoints(collection.slug),
        mostReadEndpoint(entry, collection.admin?.useAsTitle ?? 'id'),
        dailyViewsEndpoint(entry),
      ],
      hooks: {
        ...protectedHooks,
        afterChange: [...(hooks.afterChange ?? []), forgetLookupsOnChange],
        afterDelete: [...(hooks.afterDelete ?? []), forgetViewsOnDelete],
      },
    }
  })
  const custom = { ...config.custom, newsroomViews: options }
  if (disabled) return { ...config, collections, custom }

  const previousQueries = config.graphQL?.queries
  const previousMutations = config.graphQL?.mutations
  const widget = {
    path: '@newsroom/plugin/client#MostReadWidget',
    clientProps: { collections: options.collections.map((entry) => ({ slug: entry.slug, label: labelOf((config.collections ?? []).find((c) => c.slug === entry.slug) as CollectionConfig) })) },
  }
  return {
    ...config,
    collections,
    custom,
    admin: {
      ...config.admin,
      components: { ...config.admin?.components, beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), widget] },
    },
    graphQL: {
      ...config.graphQL,
      queries: (GraphQL, payload) => ({ ...(previousQueries ? previousQueries(GraphQL, payload) : {}), ...mostReadQueries(options)(GraphQL as never, payload as never) }),
      mutations: (GraphQL, payload) => ({ ...(previousMutations ? previousMutations(GraphQL, payload) : {}), ...trackViewMutation(options)(GraphQL as never) }),
    },
    onInit: async (payload) => {
      if (config.onInit) await config.onInit(payload)
      survivePoolErrors(payload)
      // The counts' tables exist from start-up, so that hooks (a deletion) can rely on them.
      await ensureViewsSchema(poolOf(payload))
      // Before the first view too: an editor's draft save must already take the live count.
      await ensureLiveVersionCounts(poolOf(payload), await viewTargets(payload, options)).catch((error: unknown) =>
        payload.logger.warn(`newsroom views: version rows will take the live count once the tables exist (${error instanceof Error ? error.message : String(error)})`),
      )
      flushOnSignals()
      const destroy = payload.destroy
      // Payload's shutdown closes the pool: the buffered views are written before it does.
      payload.destroy = async () => {
        await stopCounter(payload)
        await destroy()
      }
    },
  }
}
