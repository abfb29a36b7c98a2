import { type ChildProcess, spawn } from 'node:child_process'

import { freePort } from '../../src/lib/freePort'

/** Starts `next dev` for the app (or the one in `cwd`) on a free port and resolves once the admin login page answers. */
export async function startNextDev(env: Record<string, string>, timeoutMs = 240_000, cwd?: string): Promise<{ url: string; stop: () => Promise<void>; log: () => string }> {
  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn('npx', ['next', 'dev', '--port', String(port)], {
    env: { ...process.env, ...env, NODE_ENV: 'development', NODE_OPTIONS: '--no-deprecation', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    cwd,
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  // Next 16 serves its dev resources to localhost only, not to 127.0.0.1.
  const url = `http://localhost:${port}`
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-child.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next dev exited early:\n${output}`)
    try {
      const response = await fetch(`${url}/admin/login`)
      if (response.status === 200) return { url, stop, log: () => output }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  await stop()
  throw new Error(`next dev did not answer within ${timeoutMs / 1000}s:\n${output}`)
}
