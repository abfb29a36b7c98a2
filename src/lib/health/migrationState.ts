/**
 * Whether a database's applied migrations (the names in `payload_migrations`) cover the ones this
 * build ships. Pure, so that readiness can be tested without a server.
 */
export type MigrationState =
  | { ready: true; schema: 'migrated' | 'pushed' }
  | { ready: false; missing: string[] }

/** Payload records a pushed (development) schema as a migration named `dev`. */
const PUSHED_MARKER = 'dev'

export function migrationState(shipped: readonly string[], applied: readonly string[]): MigrationState {
  const done = new Set(applied)
  const missing = shipped.filter((name) => !done.has(name))
  if (missing.length === 0) return { ready: true, schema: 'migrated' }
  // A development database is pushed from the collections, never migrated: it is as current as the code.
  if (done.has(PUSHED_MARKER) && process.env.NODE_ENV !== 'production') return { ready: true, schema: 'pushed' }
  return { ready: false, missing }
}
