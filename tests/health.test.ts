import pg from 'pg'

import { GET as live } from '../src/app/(payload)/api/health/route'
import { migrationState } from '../src/lib/health/migrationState'
import { readinessProbe } from '../src/lib/health/readiness'
import { migrations } from '../src/migrations'
import { createFreshDatabase, dropDatabase, serverURI, withDatabase } from './helpers/database'

const shipped = migrations.map((migration) => migration.name)

describe('migrationState', () => {
  it('is ready when every shipped migration is applied, and names the missing ones otherwise', () => {
    expect(migrationState(['a', 'b'], ['a', 'b', 'older'])).toEqual({ ready: true, schema: 'migrated' })
    expect(migrationState(['a', 'b', 'c'], ['a'])).toEqual({ ready: false, missing: ['b', 'c'] })
  })

  it('takes a pushed development schema as current, but not in production', () => {
    expect(migrationState(['a'], ['dev'])).toEqual({ ready: true, schema: 'pushed' })
    const environment = process.env.NODE_ENV
    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    try {
      expect(migrationState(['a'], ['dev'])).toEqual({ ready: false, missing: ['a'] })
    } finally {
      ;(process.env as Record<string, string | undefined>).NODE_ENV = environment
    }
  })
})

describe('GET /api/health (liveness)', () => {
  it('answers 200 without a database, never cached', async () => {
    const response = live()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ status: 'ok' })
  })
})

describe('readiness against a real database', () => {
  let database: string
  let uri: string
  beforeAll(async () => {
    database = await createFreshDatabase('newsroom_health')
    uri = withDatabase(serverURI(), database)
  })
  afterAll(() => dropDatabase(database))

  it('follows the migrate step: no table, some migrations, all of them', async () => {
    const probe = readinessProbe({ connectionString: uri, shipped, cacheMs: 0 })
    const client = new pg.Client({ connectionString: uri })
    await client.connect()
    try {
      const empty = await probe.check()
      expect(empty).toMatchObject({ ready: false })
      expect(empty.reason).toMatch(/no payload_migrations table/)

      await client.query('create table payload_migrations (id serial primary key, name varchar, batch numeric)')
      await client.query('insert into payload_migrations (name, batch) values ($1, 1)', [shipped[0]])
      const partial = await probe.check()
      expect(partial.ready).toBe(false)
      expect(partial.reason).toContain(shipped[shipped.length - 1])
      expect(partial.reason).not.toContain(shipped[0])

      await client.query('insert into payload_migrations (name, batch) select unnest($1::text[]), 1', [shipped.slice(1)])
      expect(await probe.check()).toEqual({ ready: true, schema: 'migrated' })
    } finally {
      await client.end()
      await probe.close()
    }
  })

  it('reuses an answer within its cache time', async () => {
    const probe = readinessProbe({ connectionString: uri, shipped: [...shipped, 'a_future_migration'], cacheMs: 60_000 })
    try {
      const first = probe.check()
      expect(probe.check()).toBe(first)
      expect((await first).reason).toMatch(/a_future_migration/)
    } finally {
      await probe.close()
    }
  })

  it('is not ready, and does not throw, when the database cannot be reached', async () => {
    const unreachable = new URL(uri)
    unreachable.port = '1'
    const probe = readinessProbe({ connectionString: unreachable.toString(), shipped, cacheMs: 0 })
    try {
      const state = await probe.check()
      expect(state.ready).toBe(false)
      expect(state.reason).toMatch(/database unreachable/)
    } finally {
      await probe.close()
    }
  })
})
