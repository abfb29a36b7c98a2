// Runs once per Next.js server process, before it serves pages (https://nextjs.org/docs/app/guides/instrumentation).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // Route handlers see a web Request without the socket, and Next.js passes a client's own
  // X-Forwarded-For through untouched: the socket address is stamped on each request here, sealed,
  // so that rate limits and view counting can tell a proxy's header from a client's.
  const { stampPeerAddresses } = await import('@newsroom/plugin')
  stampPeerAddresses()
  // With NEXT_MANUAL_SIG_HANDLE (npm start, the image), Next.js leaves SIGTERM to us: drain the
  // requests, then write the buffered views. Without it (next dev) Next.js exits on its own and the
  // plugin's handler writes the views.
  if (process.env.NEXT_MANUAL_SIG_HANDLE === 'true') {
    const { drainOnSignals, millisecondsFromEnv, trackRequests } = await import('./lib/shutdown/drain')
    const { manageSignalsYourself, stopAllCounters } = await import('@newsroom/plugin')
    manageSignalsYourself()
    trackRequests()
    drainOnSignals({
      delayMs: millisecondsFromEnv('NEWSROOM_DRAIN_DELAY_MS', 0),
      timeoutMs: millisecondsFromEnv('NEWSROOM_DRAIN_TIMEOUT_MS', 20_000),
      flush: () => stopAllCounters(8_000),
    })
  }
}
