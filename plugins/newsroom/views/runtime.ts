import type { Payload } from 'payload'
import type { Pool } from 'pg'

import type { SanitizedViewsOptions } from '../options'
import { clientAddressOf, compileTrust, type TrustFunction, UNKNOWN_ADDRESS, type WithHeaders } from './clientAddress'
import { ViewCounter } from './counter'
import { sessionCheck, type SessionCheck } from './session'
import { quoteIdent, tableKey } from '../sql'
import { ensureLiveVersionCounts, ensureViewsSchema, type ViewTarget } from './store'

interface DrizzleAdapter {
  pool?: Pool
  schemaName?: string
  versionsSuffix?: string
  tableNameMap: Map<string, string>
  tables: Record<string, Record<string, { name: string } | undefined>>
}

const adapterOf = (payload: Payload): DrizzleAdapter & { pool: Pool } => {
  const db = payload.db as unknown as DrizzleAdapter
  if (!db.pool || !db.tableNameMap) throw new Error('newsroomPlugin: view tracking needs @payloadcms/db-postgres')
  return db as DrizzleAdapter & { pool: Pool }
}

export const poolOf = (payload: Payload): Pool => adapterOf(payload).pool

/** Finds each tracked collection's table and columns as the database adapter built them. */
export async function viewTargets(payload: Payload, options: SanitizedViewsOptions): Promise<ViewTarget[]> {
  const db = adapterOf(payload)
  const schema = db.schemaName ?? 'public'
  return Promise.all(
    options.collections.map(async (collection) => {
      const tableName = db.tableNameMap.get(tableKey(collection.slug)) ?? tableKey(collection.slug)
      const columns = db.tables[tableName] ?? {}
      const column = (field: string) => columns[field]?.name ?? null
      const table = `${quoteIdent(schema)}.${quoteIdent(tableName)}`
      const { rows } = await db.pool.query<{ type: string }>(`select format_type(atttypid, atttypmod) as type from pg_attribute where attrelid = $1::regclass and attname = 'id'`, [table])
      const versions = (payload.collections as Record<string, { config: { versions?: false | { drafts?: unknown } } } | undefined>)[collection.slug]?.config.versions
      const drafts = Boolean(versions && versions.drafts)
      const versionsName = versions ? db.tableNameMap.get(`_${tableKey(collection.slug)}${db.versionsSuffix ?? '_v'}`) : undefined
      const versionsColumn = versionsName ? db.tables[versionsName]?.[`version_${collection.viewsField}`]?.name : undefined
      return {
        slug: collection.slug,
        table,
        idSqlType: rows[0]?.type.replace(/\(\d+\)$/, '') ?? 'integer',
        viewsColumn: column(collection.viewsField) ?? tableKey(collection.viewsField),
        slugColumn: collection.slugField ? column(collection.slugField) : null,
        statusColumn: drafts ? (column('_status') ?? '_status') : null,
        versions: versionsName && versionsColumn ? { table: `${quoteIdent(schema)}.${quoteIdent(versionsName)}`, viewsColumn: versionsColumn } : null,
      }
    }),
  )
}

const watchedPools = new WeakSet<Pool>()
/**
 * Keeps the process alive through a database restart: an idle client killed by it makes the pool emit
 * `error`, which ends the process when nobody listens (Payload's adapter does not), and a client kept
 * checked out (the adapter holds one) emits on itself. Called at start-up, not at the first view.
 */
export function survivePoolErrors(payload: Payload): void {
  const pool = adapterOf(payload).pool
  if (watchedPools.has(pool)) return
  watchedPools.add(pool)
  const lost = (error: Error) => payload.logger.warn(`newsroom views: database connection lost (${error.message}); views are kept and written when it is back`)
  pool.on('error', lost)
  const listen = (client: { on: (event: 'error', listener: (error: Error) => void) => unknown }) => client.on('error', lost)
  pool.on('connect', listen)
  for (const client of (pool as unknown as { _clients?: Array<Parameters<typeof listen>[0]> })._clients ?? []) listen(client)
}

type Registry = { counters: WeakMap<Payload, Promise<ViewCounter>>; live: Set<ViewCounter>; signalsInstalled: boolean }
// Next.js may load this module more than once in one process; the registry must be one.
const registry: Registry = ((globalThis as Record<symbol, unknown>)[Symbol.for('newsroom.views')] as Registry | undefined) ??
  ((globalThis as Record<symbol, unknown>)[Symbol.for('newsroom.views')] = { counters: new WeakMap(), live: new Set(), signalsInstalled: false } as Registry)

/** The view counter of a Payload instance, made on first use (the tables exist only after schema push or migrations). */
export function counterFor(payload: Payload): Promise<ViewCounter> {
  let counter = registry.counters.get(payload)
  if (!counter) {
    const options = payload.config.custom?.newsroomViews as SanitizedViewsOptions | undefined
    if (!options) throw new Error('newsroomPlugin: view tracking is not configured')
    counter = (async () => {
      const pool = adapterOf(payload).pool
      survivePoolErrors(payload)
      await ensureViewsSchema(pool)
      const targets = await viewTargets(payload, options)
      await ensureLiveVersionCounts(pool, targets)
      const created = new ViewCounter(pool, targets, options, (error) =>
        payload.logger.warn(`newsroom views: could not write views yet, will retry (${error instanceof Error ? error.message : String(error)})`),
      )
      registry.live.add(created)
      return created
    })()
    registry.counters.set(payload, counter)
    counter.catch(() => registry.counters.delete(payload))
  }
  return counter
}

/** The counter if one was made already; hooks use it without making one. */
export function existingCounter(payload: Payload): Promise<ViewCounter> | undefined {
  return registry.counters.get(payload)
}

/** Writes what is buffered and stops the counter; Payload's `destroy` calls it first. */
export async function stopCounter(payload: Payload, timeoutMs?: number): Promise<boolean> {
  const counter = registry.counters.get(payload)
  if (!counter) return true
  registry.counters.delete(payload)
  const created = await counter.catch(() => null)
  if (!created) return true
  registry.live.delete(created)
  return created.stop(timeoutMs)
}

const sessions = new WeakMap<Payload, SessionCheck>()
/** Verifies Payload session tokens with the instance's secret (for the ways in that bypass Payload's auth). */
export function sessionCheckFor(payload: Payload): SessionCheck {
  let check = sessions.get(payload)
  if (!check) {
    check = sessionCheck(payload.secret, payload.config.cookiePrefix ?? 'payload')
    sessions.set(payload, check)
  }
  return check
}

/**
 * On SIGTERM or SIGINT, writes every counter's buffer before the process goes. Next.js exits on those
 * signals at once unless NEXT_MANUAL_SIG_HANDLE is set, so the app's start scripts set it.
 */
export function flushOnSignals(): void {
  if (registry.signalsInstalled) return
  registry.signalsInstalled = true
  installSignalHandlers()
}

/** Writes every counter's buffer and stops them all (a process's own shutdown); false when some views could not be written. */
export async function stopAllCounters(timeoutMs: number): Promise<boolean> {
  const results = await Promise.all([...registry.live].map((counter) => counter.stop(timeoutMs)))
  return results.every(Boolean)
}

/** For a process that stops its counters itself on signals (the collector): Payload's init then leaves signals alone. */
export function manageSignalsYourself(): void {
  registry.signalsInstalled = true
}

function installSignalHandlers(): void {
  const handler = (signal: NodeJS.Signals) => {
    void Promise.all([...registry.live].map((counter) => counter.stop(8_000))).finally(() => {
      // Ours was the only listener: end the process the way the signal would have.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
    })
  }
  process.once('SIGTERM', handler)
  process.once('SIGINT', handler)
}

const trusts = new WeakMap<Payload, TrustFunction>()
/**
 * The client address of a request to this Payload (a `PayloadRequest`, or any web Request with the
 * instance), by the one rule and the views' `trustedProxies`: what the app's own rate limits (GraphQL,
 * login, import) call, so that they see the address the beacon sees.
 */
export function requestAddress(request: WithHeaders & { payload: Payload }): string {
  let trust = trusts.get(request.payload)
  if (!trust) {
    const options = request.payload.config.custom?.newsroomViews as SanitizedViewsOptions | undefined
    trust = compileTrust(options?.trustedProxies ?? ['loopback'])
    trusts.set(request.payload, trust)
  }
  return clientAddressOf(request, trust) || UNKNOWN_ADDRESS
}
