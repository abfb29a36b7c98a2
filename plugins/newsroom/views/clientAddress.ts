import crypto from 'node:crypto'
import http from 'node:http'
import https from 'node:https'

import proxyaddr from 'proxy-addr'

/**
 * The one rule for "which address is this client": the socket's address, or, when the socket is a
 * trusted proxy, the nearest untrusted address in `X-Forwarded-For`. Every way in (the collector on
 * its own socket; the Next.js route, the Payload endpoint and GraphQL through the sealed peer header
 * below) and the app's own rate limits use it.
 *
 * Why a sealed header: a Next.js route handler and a Payload endpoint get a web `Request`, without
 * the socket. `next start` and `next dev` set `X-Forwarded-For` to the socket address only when the
 * client sent none (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in base-server.js), and
 * leave a client-sent one untouched; they do not touch `X-Real-IP` and set `X-Forwarded-Host` only
 * when absent. So no header a Next.js handler sees says where the request came from: a client that
 * sends `X-Forwarded-For: <anything>` directly would be believed. `stampPeerAddresses()` (called from
 * the app's `instrumentation.ts`) writes the socket address of every request this process's HTTP
 * servers receive into `x-newsroom-peer`, sealed with a secret made per process, so a client cannot
 * forge it; a request without a valid seal has no known socket, and then no `X-Forwarded-For` entry
 * is believed at all.
 */

export type TrustFunction = (address: string, hop: number) => boolean

/** The address given to every request whose socket is not known: such requests share one visitor address. */
export const UNKNOWN_ADDRESS = 'unknown'

/** The request header that carries the sealed socket address from the HTTP server to the handlers. */
export const PEER_HEADER = 'x-newsroom-peer'

/**
 * proxy-addr's trust test for a list of addresses and subnets (which ignores the hop), remembering
 * each address's answer: requests come through a handful of proxies, parsed once each, not per request.
 */
export function compileTrust(trustedProxies: string[]): TrustFunction {
  const trust = proxyaddr.compile(trustedProxies)
  const known = new Map<string, boolean>()
  return (address, hop) => {
    let trusted = known.get(address)
    if (trusted === undefined) {
      trusted = trust(address, hop)
      if (known.size >= 10_000) known.clear()
      known.set(address, trusted)
    }
    return trusted
  }
}

/**
 * The client's address from the socket's and `X-Forwarded-For`, walked from the right as proxy-addr
 * walks it: the socket, or, when the socket is trusted, the nearest untrusted forwarded address (the
 * farthest when every hop is trusted). Without a socket address nothing says which forwarded entry is
 * true, so none is believed: the answer is `UNKNOWN_ADDRESS`.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: null | string | undefined, trust: TrustFunction): string {
  if (!socketAddress) return UNKNOWN_ADDRESS
  if (!forwardedFor || !trust(socketAddress, 0)) return socketAddress
  const forwarded = forwardedFor.split(',')
  // Every hop trusted: the farthest one is the answer (it is never itself looked at).
  let farthest = socketAddress
  for (let at = forwarded.length - 1, hop = 1; at >= 0; at--) {
    const address = forwarded[at].trim()
    if (!address) continue
    farthest = address
    // An entry that is not an address is not trusted, so it is the answer, as proxy-addr has it.
    if (!trust(address, hop++)) return address
  }
  return farthest
}

interface PeerState {
  seal: string
  installed: boolean
  warned: boolean
}

// Next.js may load this module more than once in one process (instrumentation and each route are
// bundled apart), and jest gives each test file a global object of its own while `http` stays one: the
// seal must be one per process, so it is kept on the `http.Server` that stampPeerAddresses patches.
const PEER_STATE = Symbol.for('newsroom.peerAddress')
const peerHome = http.Server as unknown as Record<symbol, PeerState | undefined>
const peerState: PeerState = (peerHome[PEER_STATE] ??= {
  seal: crypto.randomBytes(24).toString('base64url'),
  installed: false,
  warned: false,
})

/** The value of `PEER_HEADER` that says "this request came from a socket at `address`", valid in this process only. */
export function sealedPeer(address: string): string {
  return `${peerState.seal} ${address}`
}

/** The socket address a sealed peer header carries; undefined when there is none or its seal is not this process's. */
export function peerAddressOf(value: null | string | undefined): string | undefined {
  if (value && value.length > peerState.seal.length + 1 && value.startsWith(peerState.seal) && value.charCodeAt(peerState.seal.length) === 32) {
    return value.slice(peerState.seal.length + 1)
  }
  if (!peerState.installed && !peerState.warned && process.env.NODE_ENV === 'production') {
    peerState.warned = true
    console.warn(
      'newsroom: the socket address of requests is unknown, so X-Forwarded-For is not believed and every client shares one address; ' +
        "call stampPeerAddresses() from '@newsroom/plugin' in instrumentation.ts",
    )
  }
  return undefined
}

/** Anything with web `Headers`: a `Request`, a `NextRequest`, a `PayloadRequest`. */
export interface WithHeaders {
  headers: Pick<Headers, 'get'>
}

/**
 * The client address of a web Request (a Next.js route handler's, a Payload endpoint's or hook's
 * `req`), by the same rule as the collector's: `clientAddressOf(request, compileTrust(['loopback']))`.
 * Compile the trust list once, not per request.
 */
export function clientAddressOf(request: WithHeaders, trust: TrustFunction): string {
  return clientAddress(peerAddressOf(request.headers.get(PEER_HEADER)), request.headers.get('x-forwarded-for'), trust)
}

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean

/**
 * Makes every HTTP server of this process write each request's socket address, sealed, into
 * `PEER_HEADER` before anything else sees the request (a client-sent one is overwritten). Call it
 * once, as early as possible: in a Next.js app from `register()` in `instrumentation.ts`. A request
 * that arrived before (the first ones while `next start` is still starting) has no seal and counts
 * as `UNKNOWN_ADDRESS`.
 */
export function stampPeerAddresses(): void {
  if (peerState.installed) return
  peerState.installed = true
  // https.Server derives from tls.Server, not http.Server: both are patched.
  for (const Server of [http.Server, https.Server] as Array<{ prototype: { emit: Emit } }>) {
    const emit = Server.prototype.emit
    Server.prototype.emit = function stampPeer(this: http.Server, event, ...args) {
      if (event === 'request') {
        const request = args[0] as http.IncomingMessage
        request.headers[PEER_HEADER] = sealedPeer(request.socket?.remoteAddress ?? '')
      }
      return emit.call(this, event, ...args)
    }
  }
}
