import { freePort } from '../../src/lib/freePort'
import { e2eMode } from './mode'
import { startNextProduction } from './productionServer'
import { type E2EServer, startServerProcess } from './serverProcess'

export type { E2EServer } from './serverProcess'

export interface StartServerOptions {
  /** Whole-run limit for the server to answer; `next dev` compiles on the first request. */
  timeoutMs?: number
  /** The address it listens on and the tests use; `localhost` (any loopback) unless a test needs a given one. */
  hostname?: string
  /** Waited for until it answers 200. */
  readyPath?: string
}

/**
 * The app on a free port, on the database and with the environment in `env`, seeded with the sample
 * content and the editor LOGIN: `next dev`, or the production build with NEWSROOM_E2E_NEXT=start (mode.ts).
 */
export async function startServer(env: Record<string, string>, options: StartServerOptions = {}): Promise<E2EServer> {
  const readyPath = options.readyPath ?? '/admin/login'
  const timeoutMs = options.timeoutMs ?? 240_000
  if (e2eMode() === 'start') return startNextProduction(env, { hostname: options.hostname, readyPath, timeoutMs })
  return startNextDev(env, { hostname: options.hostname, readyPath, timeoutMs })
}

/**
 * `next dev`, which seeds an empty database with the sample content and the development login at start-up;
 * with `cwd`, the Next app in that folder instead (the second app, which has no production build).
 */
export async function startNextDev(env: Record<string, string>, options: { hostname?: string; readyPath: string; timeoutMs: number; cwd?: string }): Promise<E2EServer> {
  const port = await freePort()
  // Next 16 serves its dev resources to localhost only, not to 127.0.0.1.
  const url = `http://${options.hostname ?? 'localhost'}:${port}`
  return startServerProcess({
    name: 'next dev',
    command: 'npx',
    args: ['next', 'dev', '--port', String(port), ...(options.hostname ? ['--hostname', options.hostname] : [])],
    env: { ...process.env, ...env, NODE_ENV: 'development', NODE_OPTIONS: '--no-deprecation', NEXT_TELEMETRY_DISABLED: '1' },
    cwd: options.cwd,
    url,
    readyPath: options.readyPath,
    timeoutMs: options.timeoutMs,
  })
}
