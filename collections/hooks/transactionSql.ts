import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { quoteIdent, tableKey } from '@newsroom/plugin'

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Array<Record<string, unknown>> }> }

interface PostgresInternals {
  drizzle: Executor
  sessions?: Record<number | string, { db?: Executor } | undefined>
  tableNameMap: Map<string, string>
  schemaName?: string
}

const adapterOf = (payload: Payload) => payload.db as unknown as PostgresInternals

/** The connection of the request's transaction, or null when the operation runs without one. */
export async function transactionOf(req: Partial<PayloadRequest>): Promise<Executor | null> {
  if (!req.payload || !req.transactionID) return null
  const id = await req.transactionID
  return adapterOf(req.payload).sessions?.[id as number | string]?.db ?? null
}

/** The quoted, schema-qualified table of a collection (`_v` for its versions). */
export function tableOf(payload: Payload, slug: string, versions = false): string {
  const db = adapterOf(payload)
  const key = versions ? `_${tableKey(slug)}_v` : tableKey(slug)
  const name = db.tableNameMap.get(key)
  if (!name) throw new Error(`No table for collection "${slug}"${versions ? ' versions' : ''}`)
  return db.schemaName && db.schemaName !== 'public' ? `${quoteIdent(db.schemaName)}.${quoteIdent(name)}` : quoteIdent(name)
}

export { sql }
