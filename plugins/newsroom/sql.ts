import type { Pool, PoolClient } from 'pg'

/** Runs `work` in one transaction on a client of its own; rolled back on any error. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('begin')
    const result = await work(client)
    await client.query('commit')
    return result
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`

/** The Postgres adapter's key for a collection slug or field name in its table map (`related-links` → `related_links`). */
export const tableKey = (slug: string): string =>
  slug
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase()
