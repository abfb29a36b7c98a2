import { readiness } from '@/lib/health/readiness'

// Readiness: 200 when this instance may take traffic, 503 (with the reason) while the database is
// unreachable, migrations are missing or the instance is shutting down.
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const state = await readiness()
  return Response.json(
    state.ready ? { status: 'ready', schema: state.schema } : { status: 'not-ready', reason: state.reason },
    { status: state.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store', ...(state.ready ? {} : { 'Retry-After': '5' }) } },
  )
}
