// Runs once per Next.js server process, before it serves pages (https://nextjs.org/docs/app/guides/instrumentation).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // Route handlers see a web Request without the socket, and Next.js passes a client's own
  // X-Forwarded-For through untouched: the socket address is stamped on each request here, sealed,
  // so that rate limits and view counting can tell a proxy's header from a client's.
  const { stampPeerAddresses } = await import('@newsroom/plugin/views/clientAddress')
  stampPeerAddresses()
}
