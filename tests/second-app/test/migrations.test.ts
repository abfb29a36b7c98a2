import { newsroomMigrations } from '@newsroom/plugin'
import { createLocalReq } from 'payload'

import { type SecondApp, startApp } from './app'
import { payloadCli } from './cli'
import { query, scratchDatabase } from './database'

let database: Awaited<ReturnType<typeof scratchDatabase>>
let app: SecondApp

beforeAll(async () => {
  database = await scratchDatabase()
  app = await startApp(database.uri)
})
afterAll(async () => {
  await app?.close()
  await database?.drop()
})

const pluginSchemas = async () =>
  (await query<{ nspname: string }>(database.uri, `select nspname from pg_namespace where nspname like 'newsroom\\_%' order by 1`)).map((row) => row.nspname)
const pluginTables = async () =>
  (await query<{ name: string }>(database.uri, `select table_schema || '.' || table_name as name from information_schema.tables where table_schema like 'newsroom\\_%' order by 1`)).map((row) => row.name)

const liveCountTriggers = async () =>
  (await query<{ table: string }>(database.uri, `select tgrelid::regclass::text as table from pg_trigger where tgname = 'newsroom_views_live_count' order by 1`)).map((row) => row.table)

test('newsroomMigrations, appended to the app’s own, create and drop the plugin’s schemas', async () => {
  const { payload } = app
  const req = await createLocalReq({}, payload)
  // The app created them on start-up; down drops them, up makes the same again, and up is safe to repeat.
  expect(await pluginSchemas()).toEqual(['newsroom_related', 'newsroom_views'])
  const tables = await pluginTables()
  expect(tables).toEqual(expect.arrayContaining(['newsroom_related.docs', 'newsroom_related.postings', 'newsroom_views.daily']))

  expect(await liveCountTriggers()).toEqual(['_posts_v'])

  const [migration] = newsroomMigrations
  await migration.down({ payload, req } as never)
  expect(await pluginSchemas()).toEqual([])
  expect(await liveCountTriggers()).toEqual([])
  await migration.up({ payload, req } as never)
  expect(await pluginTables()).toEqual(tables)
  // The trigger that keeps version rows at the live count comes back with it.
  expect(await liveCountTriggers()).toEqual(['_posts_v'])
  await migration.up({ payload, req } as never)
  expect(await pluginTables()).toEqual(tables)
})

// As the README tells an app to do it: a file in the migration directory re-exports it, after the app's
// own migrations, and Payload's own `payload migrate` runs it and records it.
test('`payload migrate` runs the plugin’s migration from a file of the app’s migration directory', async () => {
  const fresh = await scratchDatabase()
  try {
    const run = payloadCli(['migrate'], fresh.uri)
    // Payload's CLI logs a failed migration and may still exit 0: its log is in the message if this fails.
    expect([run.status, run.stdout.slice(-3000) + run.stderr.slice(-3000) + String(run.error ?? '')]).toEqual([0, expect.stringContaining('Migrated:  20261130_082203_newsroom_plugin')])
    const schemas = await query<{ nspname: string }>(fresh.uri, `select nspname from pg_namespace where nspname like 'newsroom\\_%' order by 1`)
    expect(schemas.map((row) => row.nspname)).toEqual(['newsroom_related', 'newsroom_views'])
    // After the app's own migration made the posts' tables: the live-count trigger too.
    const triggers = await query<{ table: string }>(fresh.uri, `select tgrelid::regclass::text as table from pg_trigger where tgname = 'newsroom_views_live_count'`)
    expect(triggers.map((row) => row.table)).toEqual(['_posts_v'])
    const applied = await query<{ name: string }>(fresh.uri, `select name from payload_migrations order by name`)
    expect(applied.map((row) => row.name)).toContain('20261130_082203_newsroom_plugin')
  } finally {
    await fresh.drop()
  }
}, 150_000)
