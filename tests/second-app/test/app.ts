import { getPayload, type Payload } from 'payload'

import { secondAppConfig } from '../config'

export interface SecondApp {
  payload: Payload
  close: () => Promise<void>
}

/**
 * The second app's Payload on `databaseUri`, schema pushed. `key` keeps a second instance apart from
 * the default one, which Payload's REST and GraphQL route handlers use.
 */
export async function startApp(databaseUri: string, { disabled = false, key }: { disabled?: boolean; key?: string } = {}): Promise<SecondApp> {
  const payload = await getPayload({ config: await secondAppConfig({ databaseUri, disabled }), key, cron: false })
  return { payload, close: () => closePayload(payload) }
}

/**
 * payload.destroy() leaves the pool open with a client it checked out at connect, and jest would wait
 * on its socket: release such clients once no query runs on them, then end the pool.
 */
async function closePayload(payload: Payload): Promise<void> {
  await payload.destroy()
  const pool = (payload.db as unknown as { pool?: PoolInternals }).pool
  if (!pool) return
  pool.on('error', () => {})
  const idle = (client: PooledClient) => pool._idle?.some((entry) => entry.client === client) ?? false
  const busy = (client: PooledClient) => Boolean(client._activeQuery) || (client._queryQueue?.length ?? 0) > 0
  const deadline = Date.now() + 5000
  while ((pool._clients ?? []).some((client) => !idle(client) && busy(client)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
  for (const client of pool._clients ?? []) if (!idle(client) && !busy(client)) client.release?.()
  await pool.end()
}

interface PooledClient {
  release?: () => void
  _activeQuery?: unknown
  _queryQueue?: unknown[]
}

interface PoolInternals {
  _clients?: PooledClient[]
  _idle?: Array<{ client: unknown }>
  end: () => Promise<void>
  on: (event: 'error', listener: (error: Error) => void) => void
}

/** Runs the queued recomputes, and those they queue (backlinks), until none is left. */
export async function runRelatedJobs(payload: Payload): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] } })
    if (totalDocs === 0) return
    await payload.jobs.run({ queue: 'newsroom-related', limit: 100 })
  }
  throw new Error('the related jobs did not settle')
}

/** A Lexical body of plain paragraphs. */
export function lexical(...paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
}
