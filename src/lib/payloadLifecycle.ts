import type { Payload } from 'payload'

/**
 * Starts Payload for a script or a test. The config reads DATABASE_URI when first imported, so it is
 * imported here, after the caller chose the database.
 */
export async function openPayload(): Promise<Payload> {
  // Scripts (rebuilds, loaders, seed, imports) run statements no reader's request should, so the
  // statement timeout that protects the server is off for them unless they set one.
  process.env.NEWSROOM_STATEMENT_TIMEOUT_MS ??= '0'
  const { default: configPromise } = await import('@payload-config')
  const { getPayload } = await import('payload')
  return getPayload({ config: await configPromise })
}

/**
 * payload.destroy() leaves the adapter's pool open, with one client it checked out at connect and
 * never released; a process or jest would wait on those sockets forever. Clients still running a
 * query (a hook's last write) are waited for, not released under it.
 */
export async function closePayload(payload: Payload): Promise<void> {
  await payload.destroy()
  const pool = (payload.db as unknown as { pool?: PoolInternals }).pool
  if (!pool) return
  // A database dropped right after (tests, scratch databases) terminates clients still closing;
  // without a listener that error would crash the process.
  pool.on('error', () => {})
  const idle = (client: PooledClient) => pool._idle?.some((entry) => entry.client === client) ?? false
  const busy = (client: PooledClient) => Boolean(client._activeQuery) || (client._queryQueue?.length ?? 0) > 0
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
  // pg's own fields: the public getters are deprecated and warn.
  _activeQuery?: unknown
  _queryQueue?: unknown[]
}

interface PoolInternals {
  _clients?: PooledClient[]
  _idle?: Array<{ client: unknown }>
  end: () => Promise<void>
  on: (event: 'error', listener: (error: Error) => void) => void
}
