// Liveness: the process answers HTTP. No database, so a database outage never restarts the app.
export const dynamic = 'force-dynamic'

const started = Date.now()

export function GET(): Response {
  return Response.json({ status: 'ok', uptimeSeconds: Math.round((Date.now() - started) / 1000) }, { headers: { 'Cache-Control': 'no-store' } })
}
