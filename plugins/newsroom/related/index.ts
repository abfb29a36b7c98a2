import type { CollectionConfig, Config, Field } from 'payload'

import { NewsroomOptionsError, type SanitizedRelatedCollection, type SanitizedRelatedOptions } from '../options'
import { relatedPanelField } from './admin/panelField'
import { recomputeEndpoint, relatedLinksEndpoint, whyNoLinksEndpoint } from './endpoints/related'
import { relatedArticlesQuery } from './graphql/relatedArticlesQuery'
import { addMentions, forgetPeople, MENTIONS_ADDED, MENTIONS_REMOVED } from './hooks/addMentions'
import { excludeInlineLinks, excludeNewInlineLink } from './hooks/excludeInlineLinks'
import { pinEditedLinks } from './hooks/pinEditedLinks'
import { captureLinkersBeforeDelete, queueOnChange, unindexAfterDelete } from './hooks/queueOnChange'
import { recomputeTask } from './jobs/recompute'
import { REQUIRED_LINK_FIELDS, relatedLinksCollection } from './linksCollection'
import { poolOf } from './engine'
import { withParentIndexes } from './sideTableIndexes'
import { binScripts } from '../binScripts'
import { ensureIndexSchema } from './store'

const fieldNames = (fields: Field[]): string[] =>
  fields.flatMap((field) => ('name' in field ? [field.name] : 'fields' in field ? fieldNames(field.fields) : 'tabs' in field ? field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [tab.name] : fieldNames(tab.fields))) : []))

/** Fields the feature adds to every linked collection; kept when the plugin is disabled so the schema does not move. */
function controlFields(options: SanitizedRelatedOptions, entry?: SanitizedRelatedCollection): Field[] {
  const fields: Field[] = [
    {
      name: 'neverAutoLink',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Never link this story automatically, to or from others. Manual links stay.' },
    },
  ]
  if (options.mentions) {
    const relationTo = options.mentions.collection as never
    // The feature's own bookkeeping: an editor looks only to learn why a person was added, so folded away.
    fields.push({
      type: 'collapsible',
      label: 'Automatic mentions',
      admin: { position: 'sidebar', initCollapsed: true },
      fields: [
        { name: MENTIONS_ADDED, type: 'relationship', relationTo, hasMany: true, admin: { readOnly: true, disableListColumn: true, description: 'People added because the text names them.' } },
        {
          name: MENTIONS_REMOVED,
          type: 'relationship',
          relationTo,
          hasMany: true,
          admin: { readOnly: true, disableListColumn: true, description: 'People an editor took out after they were added: never added again.' },
        },
      ],
    })
  }
  fields.push(relatedPanelField(entry, options.linksCollection))
  return fields
}

/** Adds the related-headlines feature: fields, hooks, a background job, endpoints and a GraphQL query. */
export function applyRelated(config: Config, options: SanitizedRelatedOptions, disabled: boolean): Config {
  const tracked = new Map(options.collections.map((collection) => [collection.slug, collection]))
  let collections = config.collections ?? []

  const existingLinks = collections.find((collection) => collection.slug === options.linksCollection)
  if (existingLinks) {
    const missing = REQUIRED_LINK_FIELDS.filter((name) => !fieldNames(existingLinks.fields).includes(name))
    if (missing.length > 0) {
      throw new NewsroomOptionsError(`related.linksCollection "${options.linksCollection}" lacks the fields ${missing.join(', ')}; remove it to let the plugin create one, or add them`)
    }
  } else {
    const withDrafts = new Set(collections.filter((collection) => tracked.has(collection.slug) && typeof collection.versions === 'object' && collection.versions.drafts).map((collection) => collection.slug))
    collections = [...collections, relatedLinksCollection(options, withDrafts)]
  }

  collections = collections.map((collection): CollectionConfig => {
    const entry = tracked.get(collection.slug)
    if (entry) {
      const hooks = collection.hooks ?? {}
      return {
        ...collection,
        fields: [...collection.fields, ...controlFields(options, entry)],
        endpoints: disabled ? collection.endpoints : [...(collection.endpoints || []), relatedLinksEndpoint(collection.slug, options), recomputeEndpoint(collection.slug, options), whyNoLinksEndpoint(collection.slug, options)],
        hooks: disabled
          ? hooks
          : {
              ...hooks,
              beforeChange: [...(hooks.beforeChange ?? []), ...(options.mentions ? [addMentions(entry, options.mentions)] : [])],
              afterChange: [...(hooks.afterChange ?? []), excludeInlineLinks(entry, options), queueOnChange(options)],
              // First, so that the links pointing here are still there to be counted.
              beforeDelete: [captureLinkersBeforeDelete(options), ...(hooks.beforeDelete ?? [])],
              afterDelete: [...(hooks.afterDelete ?? []), unindexAfterDelete(options)],
            },
      }
    }
    if (disabled) return collection
    if (collection.slug === options.linksCollection) {
      return { ...collection, hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), excludeNewInlineLink(options), pinEditedLinks] } }
    }
    if (options.mentions && collection.slug === options.mentions.collection) {
      return { ...collection, hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), forgetPeople] } }
    }
    return collection
  })

  const jobs = config.jobs ?? {}
  const existingAutoRun = jobs.autoRun
  const previousQueries = config.graphQL?.queries
  const query = relatedArticlesQuery(options)
  // Schema, so kept when disabled: the tables must not change with the switch.
  const indexed = withParentIndexes(config, [options.linksCollection, ...tracked.keys()])
  return {
    ...indexed,
    collections,
    // Commands (rebuild, eval) read the sanitized options from the running config.
    custom: { ...config.custom, newsroomRelated: options },
    bin: [...(config.bin ?? []), ...binScripts()],
    jobs: {
      ...jobs,
      // The task is registered even when disabled: queued jobs and the jobs schema stay valid.
      tasks: [...(jobs.tasks ?? []), recomputeTask(options)],
      autoRun:
        disabled || options.autoRun === false
          ? existingAutoRun
          : async (payload) => [
              ...(typeof existingAutoRun === 'function' ? await existingAutoRun(payload) : (existingAutoRun ?? [])),
              { cron: options.autoRun as string, queue: options.queue, limit: 50 },
            ],
    },
    graphQL: disabled
      ? config.graphQL
      : {
          ...config.graphQL,
          queries: (GraphQL, payload) => ({ ...(previousQueries ? previousQueries(GraphQL, payload) : {}), ...query(GraphQL as never, payload) }),
        },
    onInit: async (payload) => {
      if (config.onInit) await config.onInit(payload)
      if (!disabled) await ensureIndexSchema(poolOf(payload))
    },
  }
}
