import type { Config } from 'payload'

import { tableKey } from '../sql'

/**
 * The Postgres adapter stores a `hasMany` text or number field in a side table (`<table>_texts`,
 * `<table>_numbers`) whose only index is (order, parent). Every lookup by parent — reading a
 * document's values, deleting a link's `reasons` rows, the cascade when a link goes — is then a
 * sequential scan of the whole side table: at 100,000 stories the links' texts table holds about
 * two million rows and rewriting one story's links took 40–70 ms instead of under one. The plugin
 * adds a parent index to the side tables of the collections it writes, through the adapter's own
 * `beforeSchemaInit` hook, so that schema push and `payload migrate:create` both know it.
 */
interface RawIndex {
  name: string
  on: string | string[]
}
interface RawTable {
  columns: Record<string, unknown>
  indexes?: Record<string, RawIndex>
}
interface SchemaHookAdapter {
  rawTables: Record<string, RawTable>
  tableNameMap: Map<string, string>
  versionsSuffix?: string
  beforeSchemaInit?: Array<(args: { adapter: SchemaHookAdapter; schema: unknown }) => unknown>
}

const SIDE_TABLES = ['_texts', '_numbers']

/** Adds `<side table>_parent_idx` on (parent) to the side tables of these collections and their versions. */
export function addParentIndexes(adapter: SchemaHookAdapter, slugs: string[]): void {
  const suffix = adapter.versionsSuffix ?? '_v'
  for (const slug of slugs) {
    const roots = [adapter.tableNameMap.get(tableKey(slug)), adapter.tableNameMap.get(`_${tableKey(slug)}${suffix}`)]
    for (const root of roots) {
      if (!root) continue
      for (const side of SIDE_TABLES) {
        const table = adapter.rawTables[`${root}${side}`]
        if (!table || !('parent' in table.columns)) continue
        const covered = Object.values(table.indexes ?? {}).some((index) => (Array.isArray(index.on) ? index.on[0] : index.on) === 'parent')
        if (covered) continue
        table.indexes = { ...table.indexes, newsroomParentIdx: { name: `${root}${side}_parent_idx`, on: 'parent' } }
      }
    }
  }
}

/**
 * Chains a `beforeSchemaInit` hook onto the database adapter the config already has; adapters
 * without schema hooks (MongoDB) are left as they are.
 */
export function withParentIndexes(config: Config, slugs: string[]): Config {
  const db = config.db
  if (!db || typeof db.init !== 'function') return config
  const init = db.init
  return {
    ...config,
    db: {
      ...db,
      init: (args: Parameters<typeof init>[0]): ReturnType<typeof init> => {
        const adapter = init(args)
        const hooks = adapter as unknown as Partial<SchemaHookAdapter>
        if (Array.isArray(hooks.beforeSchemaInit)) {
          hooks.beforeSchemaInit = [
            ...hooks.beforeSchemaInit,
            ({ adapter: building, schema }) => {
              addParentIndexes(building, slugs)
              return schema
            },
          ]
        }
        return adapter
      },
    },
  }
}
