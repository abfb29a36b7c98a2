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

let pool: pg.Pool | undefined
/** A pool of one, apart from Payload's: readiness must answer when Payload's pool is exhausted or not made yet. */
function probePool(): pg.Pool {
  if (!pool) {
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URI, max: 1, connectionTimeoutMillis: 2_000, statement_timeout: 2_000, idleTimeoutMillis: 30_000 })
    pool.on('error', () => {})
  }
  return pool
}

const shipped = migrations.map((migration) => migration.name)
// A load balancer polls every instance every few seconds; one probe a second is plenty.
const CACHE_MS = 1_000
let cached: { at: number; answer: Promise<Readiness> } | undefined

async function probe(): Promise<Readiness> {
  try {
    const table = await probePool().query<{ exists: boolean }>(`select to_regclass('payload_migrations') is not null as exists`)
    if (!table.rows[0]?.exists) return { ready: false, reason: 'the database has no payload_migrations table: run the migrate step (npm run payload -- migrate)' }
    const { rows } = await probePool().query<{ name: string }>('select name from payload_migrations')
    const state = migrationState(shipped, rows.map((row) => row.name))
    if (!state.ready) return { ready: false, reason: `migrations not applied yet: ${state.missing.join(', ')}` }
    return { ready: true, schema: state.schema }
  } catch (error) {
    return { ready: false, reason: `database unreachable (${error instanceof Error ? error.message : String(error)})` }
  }
}

/** Database reachable, every shipped migration applied, and not shutting down. Never throws. */
export async function readiness(): Promise<Readiness> {
  // A draining instance must leave the load balancer's rotation before it stops answering.
  if (isDraining()) return { ready: false, reason: 'shutting down' }
  if (!cached || Date.now() - cached.at > CACHE_MS) cached = { at: Date.now(), answer: probe() }
  return cached.answer
}
