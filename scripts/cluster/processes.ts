// The processes of `npm run test:cluster`: started with their output kept (and prefixed on failure),
// waited for by HTTP, stopped by signal.
import { type ChildProcess, spawn } from 'node:child_process'

export interface Child {
  name: string
  process: ChildProcess
  output: string[]
  exited: Promise<{ code: null | number; signal: NodeJS.Signals | null }>
}

export type Env = Record<string, string | undefined>

export function start(name: string, command: string, args: string[], env: Env, cwd: string): Child {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const output: string[] = []
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) output.push(line)
    if (output.length > 2000) output.splice(0, output.length - 2000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<{ code: null | number; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  return { name, process: child, output, exited }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `url` until it answers `status`; fails early when the process dies. */
export async function waitForStatus(child: Child, url: string, status: number, timeoutMs = 180_000): Promise<number> {
  const started = Date.now()
  let last = 'no answer'
  while (Date.now() - started < timeoutMs) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(`${child.name} exited (${child.process.exitCode ?? child.process.signalCode}) before ${url} answered ${status}:\n${tail(child)}`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      last = `${response.status} ${await response.text()}`
      if (response.status === status) return Date.now() - started
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    await sleep(250)
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms (last: ${last}):\n${tail(child)}`)
}

export async function waitForLine(child: Child, pattern: RegExp, timeoutMs = 180_000): Promise<void> {
  const started = Date.now()
  while (!child.output.some((line) => pattern.test(line))) {
    if (child.process.exitCode !== null) throw new Error(`${child.name} exited (${child.process.exitCode}) before printing ${pattern}:\n${tail(child)}`)
    if (Date.now() - started > timeoutMs) throw new Error(`${child.name} did not print ${pattern} within ${timeoutMs} ms:\n${tail(child)}`)
    await sleep(100)
  }
}

/** Runs a command to its end; throws with its output when it fails. */
export async function runToEnd(name: string, command: string, args: string[], env: Env, cwd: string): Promise<Child> {
  const child = start(name, command, args, env, cwd)
  const { code } = await child.exited
  if (code !== 0) throw new Error(`${name} failed (exit ${code}):\n${tail(child, 60)}`)
  return child
}

/** Sends `signal` and waits for the exit; SIGKILL after `timeoutMs`. */
export async function stop(child: Child, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 40_000): Promise<{ code: null | number; signal: NodeJS.Signals | null }> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return child.exited
  child.process.kill(signal)
  const timer = setTimeout(() => child.process.kill('SIGKILL'), timeoutMs)
  const result = await child.exited
  clearTimeout(timer)
  return result
}

export const tail = (child: Child, lines = 30): string => child.output.slice(-lines).map((line) => `  [${child.name}] ${line}`).join('\n')
