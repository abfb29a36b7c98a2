import { PEER_HEADER, peerAddressOf } from './clientAddress'
import type { ViewCounter, ViewRequest, ViewResult } from './counter'
import { andThen, type MaybePromise } from './maybeAsync'
import type { SessionCheck } from './session'

/** The document a beacon is about. */
export interface BeaconTarget {
  collection: string
  by: 'id' | 'slug'
  value: string
}

const PATH_SHAPE = 'Expected /views/<collection>/<id> or /views/<collection>/slug/<slug>'
const QUERY_SHAPE = 'Expected /views?collection=<collection>&id=<id> or /views?collection=<collection>&slug=<slug>'

/** `/views/<collection>/<id>` or `/views/<collection>/slug/<slug>`, split: the target, or what was expected. */
export function targetFromPath(collection: string, key: string[]): BeaconTarget | string {
  if (key.length === 1) return { collection, by: 'id', value: key[0] }
  if (key.length === 2 && key[0] === 'slug') return { collection, by: 'slug', value: key[1] }
  return PATH_SHAPE
}

/** `?collection=<collection>&id=<id>` or `&slug=<slug>`: the target, or what was expected. */
export function targetFromQuery(query: URLSearchParams): BeaconTarget | string {
  const collection = query.get('collection')
  const id = query.get('id')
  const slug = query.get('slug')
  if (!collection || (id === null) === (slug === null)) return QUERY_SHAPE
  return id !== null ? { collection, by: 'id', value: id } : { collection, by: 'slug', value: slug as string }
}

/** What every way in reads from an HTTP request, whatever its framework. */
export interface BeaconRequest extends BeaconTarget {
  header(name: string): null | string
  /** The raw body, or `too-large` when it was longer than allowed (and not read further). */
  body: string | 'too-large'
  /** The socket's address when the way in sees it (the collector); else taken from the sealed `PEER_HEADER`. */
  socketAddress?: string
  /** Known already (Payload authenticated the request), or found out from the token when undefined. */
  signedIn?: boolean
}

export interface BeaconResponse {
  status: number
  body: Record<string, unknown>
  /** Extra response headers (`Retry-After` of a 429). */
  headers?: Record<string, string>
}

/** Response headers of every beacon answer: never stored by a cache, so every view reaches us. */
export const BEACON_HEADERS = { 'cache-control': 'no-store', 'content-type': 'application/json' } as const

const asResponse = (result: ViewResult): BeaconResponse =>
  'error' in result ? { status: result.status, body: { errors: [{ message: result.error }] } } : { status: 202, body: result.counted ? { counted: true } : { counted: false, reason: result.reason } }

const tooMany = (perMinute: number, seconds: number): BeaconResponse => ({
  status: 429,
  body: { errors: [{ message: `Too many view beacons from this address (at most ${perMinute} a minute): try again in ${seconds} s` }] },
  headers: { 'retry-after': String(seconds) },
})

/** Parses the optional JSON body (`{ "preview": true }`); text/plain from sendBeacon is read the same way. */
function parseBody(body: string): { preview: boolean } | string {
  if (body.trim() === '') return { preview: false }
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return 'The body must be empty or a JSON object'
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return 'The body must be empty or a JSON object'
  const preview = (parsed as { preview?: unknown }).preview
  if (preview !== undefined && typeof preview !== 'boolean') return '"preview" must be true or false'
  return { preview: preview === true }
}

/** Decides one beacon request; synchronous for a reader's view of a known document (the usual case). */
export function handleBeacon(counter: ViewCounter, request: BeaconRequest, isSignedIn?: SessionCheck): MaybePromise<BeaconResponse> {
  const address = counter.addressOf(request.socketAddress ?? peerAddressOf(request.header(PEER_HEADER)), request.header('x-forwarded-for'))
  // Every beacon from the address counts against its limit, whatever it is about or whether it is valid.
  const wait = counter.rateLimit.take(address)
  if (wait > 0) return tooMany(counter.rateLimit.perMinute, wait)
  if (request.body === 'too-large') return { status: 413, body: { errors: [{ message: `The body must be at most ${counter.options.maxBodyBytes} bytes` }] } }
  const body = parseBody(request.body)
  if (typeof body === 'string') return { status: 400, body: { errors: [{ message: body }] } }
  const signedIn = request.signedIn ?? (isSignedIn ? isSignedIn(request.header('cookie'), request.header('authorization')) : false)
  return andThen(signedIn, (signedIn) => {
    const view: ViewRequest = {
      collection: request.collection,
      by: request.by,
      value: request.value,
      userAgent: request.header('user-agent') ?? '',
      address,
      doNotTrack: request.header('dnt'),
      globalPrivacyControl: request.header('sec-gpc'),
      purpose: request.header('sec-purpose') ?? request.header('purpose'),
      preview: body.preview,
      signedIn,
    }
    return andThen(counter.track(view), asResponse)
  })
}

/**
 * Reads a web Request's body up to `limit` bytes; a longer one is not read to its end. Browsers send
 * `Content-Length: 0` with an empty beacon (sendBeacon without data, fetch without a body): that
 * answer needs no stream and no promise.
 */
export function readLimitedBody(request: Request, limit: number): MaybePromise<string | 'too-large'> {
  const length = request.headers.get('content-length')
  if (Number(length ?? '0') > limit) return 'too-large'
  if (!request.body || length === '0') return ''
  return readStream(request.body, limit)
}

async function readStream(stream: ReadableStream<Uint8Array>, limit: number): Promise<string | 'too-large'> {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return 'too-large'
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
