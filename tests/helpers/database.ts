import crypto from 'node:crypto'

import pg from 'pg'

/** The server every test database lives on, from DATABASE_URI (set by the launcher or by CI). */
export function serverURI(): string {
  const uri = process.env.NEWSROOM_TEST_SERVER_URI ?? process.env.DATABASE_URI
  if (!uri) throw new Error('DATABASE_URI is not set: run the tests with `npm test`, which starts a PostgreSQL')
  return uri
}

export function withDatabase(uri: string, database: string): string {
  const url = new URL(uri)
  url.pathname = `/${database}`
  return url.toString()
}

/** Creates an empty database of its own for one test file. */
export async function createFreshDatabase(prefix = 'newsroom_test'): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`
  const admin = new pg.Client({ connectionString: withDatabase(serverURI(), 'postgres') })
  await admin.connect()
  try {
    await admin.query(`create database "${name}"`)
  } finally {
    await admin.end()
  }
  return name
}

export async function dropDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(serverURI(), 'postgres') })
  await admin.connect()
  try {
    await admin.query(`drop database if exists "${name}" with (force)`)
  } finally {
    await admin.end()
  }
}
