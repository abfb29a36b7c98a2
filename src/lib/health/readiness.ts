import pg from 'pg'

import { migrations } from '../../migrations'
import { isDraining } from '../shutdown/drain'
import { migrationState } from './migrationState'

export interface Readiness {
  ready: boolean
  /** Why not, in words an operator can act on. */
  reason?: string
  schema?: 'migrated' | 'pushed'
}

export interface ReadinessProbe {
  check(): Promise<Readiness>
  close(): Promise<void>
}

/**
 * Database reachable and every shipped migration applied, on a pool of one of its own: readiness must
 * answer when Payload's pool is exhausted or not made yet. Answers are reused for `cacheMs`, since a
 * load balancer polls every instance every few seconds. Never throws.
 */
export function readinessProbe(options: { connectionString: string | undefined; shipped: readonly string[]; cacheMs?: number }): ReadinessProbe {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 1, connectionTimeoutMillis: 2_000, statement_timeout: 2_000, idleTimeoutMillis: 30_000 })
  pool.on('error', () => {})
  const cacheMs = options.cacheMs ?? 1_000
  let cached: { at: number; answer: Promise<Readiness> } | undefined

  async function probe(): Promise<Readiness> {
    try {
      const table = await pool.query<{ exists: boolean }>(`select to_regclass('payload_migrations') is not null as exists`)
      if (!table.rows[0]?.exists) return { ready: false, reason: 'the database has no payload_migrations table: run the migrate step (npm run payload -- migrate)' }
      const { rows } = await pool.query<{ name: string }>('select name from payload_migrations')
      const state = migrationState(options.shipped, rows.map((row) => row.name))
      if (!state.ready) return { ready: false, reason: `migrations not applied yet: ${state.missing.join(', ')}` }
      return { ready: true, schema: state.schema }
    } catch (error) {
      return { ready: false, reason: `database unreachable (${error instanceof Error ? error.message : String(error)})` }
    }
  }

  return {
    check() {
      if (!cached || Date.now() - cached.at > cacheMs) cached = { at: Date.now(), answer: probe() }
      return cached.answer
    },
    close: () => pool.end(),
  }
}

let probe: ReadinessProbe | undefined

/** This process's readiness: the probe on DATABASE_URI against this build's migrations, and not shutting down. */
export async function readiness(): Promise<Readiness> {
  // A draining instance must leave the load balancer's rotation before it stops answering.
  if (isDraining()) return { ready: false, reason: 'shutting down' }
  probe ??= readinessProbe({ connectionString: process.env.DATABASE_URI, shipped: migrations.map((migration) => migration.name) })
  return probe.check()
}
