// A no-op POST for `npm run bench:views`: the cost of a bare Next.js route handler, which the beacon
// route is compared to. Answers only when the benchmark turned it on, so it is a 404 in production.
export const dynamic = 'force-dynamic'

export function POST(): Response {
  if (process.env.NEWSROOM_BENCH_ROUTES !== '1') return new Response(null, { status: 404 })
  return Response.json({}, { status: 202 })
}
