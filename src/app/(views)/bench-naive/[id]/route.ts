// The naive way of counting a view, mounted as the beacon route is, for `npm run bench:views`.
// Answers only when the benchmark turned it on, so it is a 404 in production.
import config from '@payload-config'
import { getPayload } from 'payload'

import { countNaively } from '@/lib/naiveView'

export const dynamic = 'force-dynamic'

export async function POST(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params
  if (process.env.NEWSROOM_BENCH_ROUTES !== '1') return new Response(null, { status: 404 })
  await countNaively(await getPayload({ config }), id)
  return Response.json({ counted: true }, { status: 202 })
}
