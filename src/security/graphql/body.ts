import type { GraphQLRequestBody } from './analyse'

export type BodyResult = { ok: true; body: GraphQLRequestBody } | { ok: false; status: 400 | 413; message: string }

/** Reads at most `maxBytes` of a request body; `null` when it is longer. */
async function readCapped(request: Request, maxBytes: number): Promise<null | Uint8Array> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) return null
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.byteLength
    if (length > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The JSON body of a GraphQL POST: `{ query, variables?, operationName? }`, within the size limit. */
export async function readGraphQLBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const bytes = await readCapped(request, maxBytes)
  if (bytes === null) return { ok: false, status: 413, message: `Request body exceeds the limit of ${maxBytes} bytes (NEWSROOM_GRAPHQL_MAX_BODY_BYTES)` }
  let parsed: unknown
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return { ok: false, status: 400, message: 'The request body must be JSON: {"query": "...", "variables": {...}}' }
  }
  if (!isRecord(parsed)) return { ok: false, status: 400, message: 'The request body must be a JSON object: {"query": "...", "variables": {...}}' }
  const { query, variables, operationName } = parsed
  if (typeof query !== 'string' || query.trim() === '') return { ok: false, status: 400, message: '"query" must be a non-empty string' }
  if (variables !== undefined && variables !== null && !isRecord(variables)) return { ok: false, status: 400, message: '"variables" must be an object' }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return { ok: false, status: 400, message: '"operationName" must be a string' }
  return { ok: true, body: { query, variables: variables ?? undefined, operationName: operationName ?? undefined } }
}
