import type { Payload, SanitizedConfig } from 'payload'

import { createFreshDatabase, dropDatabase, serverURI, withDatabase } from './database'

export interface TestPayload {
  payload: Payload
  config: SanitizedConfig
  close: () => Promise<void>
}

/**
 * A real Payload on a database of its own, with the schema pushed. The config reads DATABASE_URI when
 * it is first imported, so it is imported only once the fresh database is named.
 */
export async function startPayload(): Promise<TestPayload> {
  const server = serverURI()
  process.env.NEWSROOM_TEST_SERVER_URI = server
  const database = await createFreshDatabase()
  process.env.DATABASE_URI = withDatabase(server, database)
  const { default: configPromise } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const config = await configPromise
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    close: async () => {
      await payload.destroy()
      await closePool(payload)
      await dropDatabase(database)
    },
  }
}

/**
 * payload.destroy() leaves the adapter's pool open, with one client it checked out at connect and
 * never released; jest would wait on those sockets forever. Clients still running a query (a hook's
 * last write) are waited for, not released under it.
 */
async function closePool(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: PoolInternals }).pool
  if (!pool) return
  const idle = (client: PooledClient) => pool._idle?.some((entry) => entry.client === client) ?? false
  const busy = (client: PooledClient) => Boolean(client.activeQuery ?? client._activeQuery) || (client.queryQueue?.length ?? 0) > 0
  const deadline = Date.now() + 5000
  while ((pool._clients ?? []).some((client) => !idle(client) && busy(client)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  for (const client of pool._clients ?? []) {
    if (!idle(client) && !busy(client)) client.release?.()
  }
  await pool.end()
}

interface PooledClient {
  release?: () => void
  activeQuery?: unknown
  _activeQuery?: unknown
  queryQueue?: unknown[]
}

interface PoolInternals {
  _clients?: PooledClient[]
  _idle?: Array<{ client: unknown }>
  end: () => Promise<void>
}
