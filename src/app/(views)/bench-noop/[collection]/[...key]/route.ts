// A no-op POST of the same shape as the beacon route (/views/[collection]/[...key]) for
// `npm run bench:views`: separates what Next.js costs for a dynamic route from what our handler costs.
export const dynamic = 'force-dynamic'

export async function POST(_request: Request, context: { params: Promise<{ collection: string; key: string[] }> }): Promise<Response> {
  await context.params
  if (process.env.NEWSROOM_BENCH_ROUTES !== '1') return new Response(null, { status: 404 })
  return Response.json({}, { status: 202 })
}
