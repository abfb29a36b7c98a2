import type { ViewCounter, ViewRequest, ViewResult } from './counter'

/** What every way in reads from an HTTP request, whatever its framework. */
export interface BeaconRequest {
  collection: string
  by: 'id' | 'slug'
  value: string
  header(name: string): null | string
  /** The raw body, or `too-large` when it was longer than allowed (and not read further). */
  body: string | 'too-large'
  socketAddress?: string
  /** Known already (Payload authenticated the request), or found out from the token when undefined. */
  signedIn?: boolean
}

export interface BeaconResponse {
  status: number
  body: Record<string, unknown>
}

/** Response headers of every beacon answer: never stored by a cache, so every view reaches us. */
export const BEACON_HEADERS = { 'cache-control': 'no-store', 'content-type': 'application/json' } as const

const asResponse = (result: ViewResult): BeaconResponse =>
  'error' in result ? { status: result.status, body: { errors: [{ message: result.error }] } } : { status: 202, body: result.counted ? { counted: true } : { counted: false, reason: result.reason } }

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

export async function handleBeacon(counter: ViewCounter, request: BeaconRequest, isSignedIn?: (cookie: null | string, authorization: null | string) => Promise<boolean>): Promise<BeaconResponse> {
  if (request.body === 'too-large') return { status: 413, body: { errors: [{ message: `The body must be at most ${counter.options.maxBodyBytes} bytes` }] } }
  const body = parseBody(request.body)
  if (typeof body === 'string') return { status: 400, body: { errors: [{ message: body }] } }
  const signedIn = request.signedIn ?? (isSignedIn ? await isSignedIn(request.header('cookie'), request.header('authorization')) : false)
  const view: ViewRequest = {
    collection: request.collection,
    by: request.by,
    value: request.value,
    userAgent: request.header('user-agent') ?? '',
    socketAddress: request.socketAddress,
    forwardedFor: request.header('x-forwarded-for'),
    doNotTrack: request.header('dnt'),
    globalPrivacyControl: request.header('sec-gpc'),
    purpose: request.header('sec-purpose') ?? request.header('purpose'),
    preview: body.preview,
    signedIn,
  }
  return asResponse(await counter.track(view))
}

/** Reads a web Request's body up to `limit` bytes; a longer one is not read to its end. */
export async function readLimitedBody(request: Request, limit: number): Promise<string | 'too-large'> {
  const length = request.headers.get('content-length')
  if (Number(length ?? '0') > limit) return 'too-large'
  // sendBeacon without data declares an empty body: no stream to open.
  if (!request.body || length === '0') return ''
  const reader = request.body.getReader()
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
