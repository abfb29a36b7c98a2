import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildIsStale } from '../../scripts/buildIsStale'
import { freePort } from '../../src/lib/freePort'
import { LOGIN } from './login'
import { type E2EServer, startServerProcess } from './serverProcess'

// Jest and npm run the tests from the repository's root.
const ROOT = process.cwd()
const STANDALONE = path.join('.next', 'standalone')
// As the image runs it (Dockerfile, target app).
const NODE_OPTIONS = '--no-deprecation --conditions=production'

/** Throws unless `npm run build` has made a standalone server from the sources as they are now. */
function requireCurrentBuild(): void {
  if (buildIsStale(ROOT, path.join(STANDALONE, 'server.js'))) {
    throw new Error('NEWSROOM_E2E_NEXT=start runs the browser tests against the production build, and there is none newer than the sources: run `npm run build` first (or unset NEWSROOM_E2E_NEXT for next dev).')
  }
}

/**
 * The sample content and the editor, as `npm run seed` loads them into a production database: production
 * never seeds at start-up. Its Payload applies the migrations first, as the server would.
 */
async function seed(env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/seed/run.ts'], {
    cwd: ROOT,
    // The server runs the jobs the seed queues: a job this short-lived process claimed would die with it.
    env: { ...env, NEWSROOM_ADMIN_EMAIL: LOGIN.email, NEWSROOM_ADMIN_PASSWORD: LOGIN.password, NEWSROOM_JOBS_AUTORUN: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const code = await new Promise<null | number>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`seeding the production database failed (exit ${code}):\n${output}`)
  return output
}

/**
 * A folder of its own for one server: the standalone server and its static files, as the Dockerfile
 * copies them. Next keeps its data cache and regenerated pages inside its build folder, so servers of
 * different test files (each on its own database) sharing one would read each other's pages.
 * Outside the repository, as in the image, so Node cannot find a package the trace left out.
 */
async function serverDir(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-server-'))
  await fs.promises.cp(path.join(ROOT, STANDALONE), dir, { recursive: true })
  await fs.promises.cp(path.join(ROOT, '.next', 'static'), path.join(dir, '.next', 'static'), { recursive: true })
  return dir
}

/**
 * The production build's standalone server (`node server.js`, as the image runs it) on a seeded
 * database. It gets the environment production needs and the tests have no `next dev` to lean on:
 * its public address (CSRF, CORS and the admin's serverURL), NODE_ENV=production.
 */
export async function startNextProduction(env: Record<string, string>, options: { hostname?: string; readyPath: string; timeoutMs: number }): Promise<E2EServer> {
  requireCurrentBuild()
  const port = await freePort()
  // Loopback only; named localhost, which Chromium counts as secure, so it keeps the Secure session cookie.
  const url = `http://${options.hostname ?? 'localhost'}:${port}`
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEWSROOM_PUBLIC_URL: url,
    ...env,
    NODE_ENV: 'production',
    NODE_OPTIONS,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const [seedLog, dir] = await Promise.all([seed(serverEnv), serverDir()])
  return startServerProcess({
    name: 'next start (standalone server)',
    command: process.execPath,
    args: ['server.js'],
    cwd: dir,
    env: { ...serverEnv, PORT: String(port), HOSTNAME: options.hostname ?? '127.0.0.1' },
    url,
    readyPath: options.readyPath,
    timeoutMs: options.timeoutMs,
    earlierLog: seedLog,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  })
}
