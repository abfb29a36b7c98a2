// `npm run views:collector [-- --port 3001] [--host 0.0.0.0]`: the view beacon as a standalone HTTP
// server for heavy traffic, writing into the app's database. Stops on SIGTERM/SIGINT after writing
// every buffered view.
import { parseArgs } from 'node:util'

import { createCollector } from '../../plugins/newsroom/views/collector/server'
import { manageSignalsYourself, stopCounter } from '../../plugins/newsroom/views/runtime'
import { closePayload, openPayload } from '../../src/lib/payloadLifecycle'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.VIEWS_COLLECTOR_PORT ?? '3001' },
    host: { type: 'string', default: process.env.VIEWS_COLLECTOR_HOST ?? '0.0.0.0' },
  },
})
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number (got "${values.port}")`)
  process.exit(2)
}

manageSignalsYourself()
const payload = await openPayload()
const collector = await createCollector(payload)
const address = await collector.listen(port, values.host)
console.log(`[views] collector listening on http://${address.address}:${address.port} (POST /views?collection=<collection>&id=<id> or /views/<collection>/<id>)`)

let stopping = false
const stop = async (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  console.log(`[views] ${signal}: writing buffered views`)
  await collector.close()
  const written = await stopCounter(payload, 30_000)
  await closePayload(payload)
  console.log(written ? '[views] every view written; bye' : '[views] some views could not be written (database unreachable)')
  process.exit(written ? 0 : 1)
}
process.on('SIGTERM', (signal) => void stop(signal))
process.on('SIGINT', (signal) => void stop(signal))
