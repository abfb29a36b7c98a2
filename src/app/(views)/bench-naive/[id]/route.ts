// The naive way of counting a view, mounted as the beacon route is, for `npm run bench:views`: read the
// article and save `views + 1` through Payload's Local API, per view. Answers only when the benchmark
// turned it on, so it is a 404 in production.
import config from '@payload-config'
import { getPayload } from 'payload'

export const dynamic = 'force-dynamic'

export async function POST(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params
  if (process.env.NEWSROOM_BENCH_ROUTES !== '1') return new Response(null, { status: 404 })
  const payload = await getPayload({ config })
  const doc = await payload.findByID({ collection: 'articles', id, depth: 0 })
  await payload.update({ collection: 'articles', id, depth: 0, data: { views: Number(doc.views ?? 0) + 1 } })
  return Response.json({ counted: true }, { status: 202 })
}
