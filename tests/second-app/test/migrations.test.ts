import { newsroomMigrations } from '@newsroom/plugin'
import { createLocalReq } from 'payload'

import { type SecondApp, startApp } from './app'
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

test('newsroomMigrations, appended to the app’s own, create and drop the plugin’s schemas', async () => {
  const { payload } = app
  const req = await createLocalReq({}, payload)
  // The app created them on start-up; down drops them, up makes the same again, and up is safe to repeat.
  expect(await pluginSchemas()).toEqual(['newsroom_related', 'newsroom_views'])
  const tables = await pluginTables()
  expect(tables).toEqual(expect.arrayContaining(['newsroom_related.docs', 'newsroom_related.postings', 'newsroom_views.daily']))

  const [migration] = newsroomMigrations
  await migration.down({ payload, req } as never)
  expect(await pluginSchemas()).toEqual([])
  await migration.up({ payload, req } as never)
  expect(await pluginTables()).toEqual(tables)
  await migration.up({ payload, req } as never)
  expect(await pluginTables()).toEqual(tables)
})
