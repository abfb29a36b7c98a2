import { type ChildProcess, spawn } from 'node:child_process'

export interface E2EServer {
  url: string
  stop: () => Promise<void>
  /** Everything the server (and, in production mode, the seed before it) printed. */
  log: () => string
}

export interface ServerProcessOptions {
  name: string
  command: string
  args: string[]
  env: NodeJS.ProcessEnv
  cwd?: string
  url: string
  /** Answers 200 once the server is up (and, for the admin, has rendered its login page once). */
  readyPath: string
  timeoutMs: number
  /** Output printed before the server started, kept at the head of its log. */
  earlierLog?: string
  /** Runs after the process is gone. */
  cleanup?: () => Promise<void> | void
}

/** Starts a server in its own process group and resolves once `readyPath` answers 200. */
export async function startServerProcess(options: ServerProcessOptions): Promise<E2EServer> {
  let output = options.earlierLog ?? ''
  const child: ChildProcess = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  let cleaned = false
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      // The whole group: `npx next dev` runs Next in a grandchild.
      process.kill(-child.pid, 'SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL')
    }
    if (!cleaned) {
      cleaned = true
      await options.cleanup?.()
    }
  }
  const deadline = Date.now() + options.timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`${options.name} exited early:\n${output}`)
    }
    try {
      const response = await fetch(`${options.url}${options.readyPath}`)
      if (response.status === 200) return { url: options.url, stop, log: () => output }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`${options.name} did not answer within ${options.timeoutMs / 1000}s:\n${output}`)
}
