import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import pg from 'pg'

import { createFreshDatabase, dropDatabase, serverURI, withDatabase } from './helpers/database'
import { startPayload, type TestPayload } from './helpers/payload'
import { SCRIPT_NODE_OPTIONS } from './helpers/nodeOptions'

const run = promisify(execFile)

/** Every table, column, type, nullability and index of a database's public schema. */
async function describeSchema(uri: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const columns = await client.query(
      `select table_name, column_name, data_type, udt_name, is_nullable from information_schema.columns
       where table_schema = 'public' and table_name not like 'payload_migrations%'`,
    )
    const indexes = await client.query(`select indexdef from pg_indexes where schemaname = 'public' and tablename not like 'payload_migrations%'`)
    return [
      ...columns.rows.map((row) => `${row.table_name}.${row.column_name} ${row.data_type}/${row.udt_name} null=${row.is_nullable}`),
      ...indexes.rows.map((row) => row.indexdef.replace(/\s+/g, ' ')),
    ].sort()
  } finally {
    await client.end()
  }
}

let t: TestPayload
let migrated: string
beforeAll(async () => {
  t = await startPayload()
  process.env.NEWSROOM_TEST_SERVER_URI = serverURI()
  migrated = await createFreshDatabase('newsroom_migrated')
})
afterAll(async () => {
  await t?.close()
  if (migrated) await dropDatabase(migrated)
})

test('the committed migrations build exactly the schema that the collections describe', async () => {
  const uri = withDatabase(serverURI(), migrated)
  const { stdout, stderr } = await run('npx', ['payload', 'migrate'], {
    env: { ...process.env, DATABASE_URI: uri, NODE_OPTIONS: SCRIPT_NODE_OPTIONS, PAYLOAD_LOG_LEVEL: 'info' },
    timeout: 120_000,
  })
  // Payload logs to stdout or stderr depending on its logger settings.
  expect(stdout + stderr).toMatch(/Migrated:/)
  const pushed = await describeSchema(process.env.DATABASE_URI as string)
  const fromMigrations = await describeSchema(uri)
  expect(fromMigrations).toEqual(pushed)
}, 180_000)
