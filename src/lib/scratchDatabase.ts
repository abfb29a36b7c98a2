import crypto from 'node:crypto'

import pg from 'pg'

/** The same server, another database: `postgres://.../newsroom` → `postgres://.../<name>`. */
export function withDatabase(uri: string, database: string): string {
  const url = new URL(uri)
  url.pathname = `/${database}`
  return url.toString()
}

async function onServer(uri: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(uri, 'postgres') })
  await admin.connect()
  try {
    await admin.query(sql)
  } finally {
    await admin.end()
  }
}

/** Creates an empty database beside the one in `uri`, for work that must never touch that one. */
export async function createScratchDatabase(uri: string, prefix: string): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`
  await onServer(uri, `create database "${name}"`)
  return name
}

export async function dropScratchDatabase(uri: string, name: string): Promise<void> {
  await onServer(uri, `drop database if exists "${name}" with (force)`)
}
