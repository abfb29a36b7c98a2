import crypto from 'node:crypto'

import pg from 'pg'

/** The server the tests make their databases on (`npm test` starts one and sets DATABASE_URI). */
function serverURI(): string {
  const uri = process.env.DATABASE_URI
  if (!uri) throw new Error('DATABASE_URI is not set: run the tests with `npm test`, which starts a PostgreSQL')
  return uri
}

const withDatabase = (uri: string, database: string) => {
  const url = new URL(uri)
  url.pathname = `/${database}`
  return url.toString()
}

async function onServer(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(serverURI(), 'postgres') })
  await admin.connect()
  try {
    await admin.query(sql)
  } finally {
    await admin.end()
  }
}

/** An empty database of the test file's own; `drop` removes it. */
export async function scratchDatabase(): Promise<{ uri: string; drop: () => Promise<void> }> {
  const name = `second_app_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`
  await onServer(`create database "${name}"`)
  return { uri: withDatabase(serverURI(), name), drop: () => onServer(`drop database if exists "${name}" with (force)`) }
}

/** One query on the app's database, outside Payload (what the plugin keeps in schemas of its own). */
export async function query<T extends pg.QueryResultRow = Record<string, unknown>>(uri: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query<T>(sql, values)).rows
  } finally {
    await client.end()
  }
}
