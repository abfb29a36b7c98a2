import http from 'node:http'
import https from 'node:https'

/**
 * Graceful shutdown of an app process on SIGTERM/SIGINT: leave the load balancer's rotation
 * (readiness answers 503), stop accepting connections, let the requests in flight finish, then write
 * the buffered view counts, then exit. Next.js's own handler would exit at once; it stays out of the
 * way when `NEXT_MANUAL_SIG_HANDLE=true` (the image and `npm start` set it).
 */

interface DrainState {
  draining: boolean
  installed: boolean
  inFlight: number
  servers: Set<http.Server>
}

// Instrumentation and route handlers are separate bundles: the state must be one per process.
const state: DrainState = ((globalThis as Record<symbol, unknown>)[Symbol.for('newsroom.drain')] as DrainState | undefined) ??
  ((globalThis as Record<symbol, unknown>)[Symbol.for('newsroom.drain')] = { draining: false, installed: false, inFlight: 0, servers: new Set() } as DrainState)

export const isDraining = (): boolean => state.draining

export interface DrainOptions {
  /** Still serving while readiness says 503, so that the load balancer stops sending first. `NEWSROOM_DRAIN_DELAY_MS`. */
  delayMs: number
  /** Longest wait for requests in flight. `NEWSROOM_DRAIN_TIMEOUT_MS`. */
  timeoutMs: number
  /** Runs after the last request: writes what is buffered. Resolves to false when something could not be written. */
  flush: () => Promise<boolean>
  log?: (message: string) => void
}

type Emit = (event: string | symbol, ...args: unknown[]) => boolean

/** Counts the requests in flight on every HTTP server of the process; call before the server starts. */
export function trackRequests(): void {
  if (state.installed) return
  state.installed = true
  for (const Server of [http.Server, https.Server] as Array<{ prototype: { emit: Emit } }>) {
    const emit = Server.prototype.emit
    Server.prototype.emit = function countInFlight(this: http.Server, event, ...args) {
      if (event === 'request') {
        state.servers.add(this)
        state.inFlight++
        ;(args[1] as http.ServerResponse).once('close', () => state.inFlight--)
      }
      return emit.call(this, event, ...args)
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Installs the SIGTERM/SIGINT handler; a second signal while draining exits at once. */
export function drainOnSignals(options: DrainOptions): void {
  const log = options.log ?? ((message: string) => console.log(message))
  const handler = (signal: NodeJS.Signals) => {
    if (state.draining) {
      log(`[shutdown] second ${signal}: exiting without waiting`)
      process.exit(1)
    }
    state.draining = true
    void (async () => {
      const started = Date.now()
      log(`[shutdown] ${signal}: not ready any more; ${state.inFlight} request(s) in flight`)
      if (options.delayMs > 0) await sleep(options.delayMs)
      for (const server of state.servers) {
        server.close()
        server.closeIdleConnections()
      }
      const deadline = Date.now() + options.timeoutMs
      while (state.inFlight > 0 && Date.now() < deadline) {
        // Keep-alive sockets that finished a response become idle now and then: close them as they do.
        for (const server of state.servers) server.closeIdleConnections()
        await sleep(25)
      }
      const abandoned = state.inFlight
      const written = await options.flush()
      log(`[shutdown] drained in ${Date.now() - started} ms (${abandoned} request(s) cut off at the timeout); ${written ? 'every buffered view written' : 'some buffered views could not be written'}`)
      process.exit(written && abandoned === 0 ? 0 : 1)
    })()
  }
  process.on('SIGTERM', handler)
  process.on('SIGINT', handler)
}

/** Milliseconds from an environment variable, with a clear error for a value that cannot work. */
export function millisecondsFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds (got "${raw}")`)
  return value
}
