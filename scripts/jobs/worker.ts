// `npm run jobs:worker`: runs the queued jobs (related-headline recomputes) in a process of its own,
// so that app instances run with NEWSROOM_JOBS_AUTORUN=off and a job runs once, not once per instance.
// Polls every NEWSROOM_WORKER_INTERVAL_MS (1000); on SIGTERM/SIGINT finishes the batch it is running,
// writes buffered views (a job's hooks may count none, but the counter is stopped cleanly) and exits.
import type { Payload } from 'payload'

import type { SanitizedRelatedOptions } from '../../plugins/newsroom/options'
import { manageSignalsYourself, stopCounter } from '../../plugins/newsroom/views/runtime'
import { millisecondsFromEnv } from '../../src/lib/shutdown/drain'
import { closePayload, openPayload } from '../../src/lib/payloadLifecycle'

const intervalMs = millisecondsFromEnv('NEWSROOM_WORKER_INTERVAL_MS', 1_000)
const batch = Number(process.env.NEWSROOM_WORKER_BATCH ?? 20)
if (!Number.isInteger(batch) || batch < 1) {
  console.error(`NEWSROOM_WORKER_BATCH must be a whole number of at least 1 (got "${process.env.NEWSROOM_WORKER_BATCH}")`)
  process.exit(2)
}
// The worker is the one process that runs jobs; its own Payload must not start the autoRun cron too.
process.env.NEWSROOM_JOBS_AUTORUN = 'off'
// Payload claims jobs with a read then an update: a read from a lagging replica could hand it a job
// it already finished. The worker reads and writes on the primary only.
delete process.env.DATABASE_READ_REPLICA_URIS

manageSignalsYourself()
const payload: Payload = await openPayload()
const queue = (payload.config.custom?.newsroomRelated as SanitizedRelatedOptions | undefined)?.queue
console.log(`[worker] running jobs of every queue (related: "${queue}") every ${intervalMs} ms, ${batch} at a time`)

let stopping = false
let wake: (() => void) | undefined

async function loop(): Promise<void> {
  while (!stopping) {
    let ran = 0
    try {
      const result = await payload.jobs.run({ allQueues: true, limit: batch, sequential: true, silent: { info: true } })
      const statuses = Object.entries(result.jobStatus ?? {})
      ran = statuses.length
      if (ran > 0) console.log(`[worker] ran ${ran} job(s): ${statuses.map(([id, status]) => `${id}=${(status as { status: string }).status}`).join(' ')}`)
    } catch (error) {
      console.error(`[worker] could not run jobs: ${error instanceof Error ? error.message : String(error)}`)
    }
    // A full batch means more may be waiting: go again at once.
    if (ran < batch && !stopping) await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, intervalMs)))
  }
}

const running = loop()
const stop = async (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  wake?.()
  console.log(`[worker] ${signal}: finishing the jobs in hand`)
  await running
  const written = await stopCounter(payload, 30_000)
  await closePayload(payload)
  console.log('[worker] stopped; bye')
  process.exit(written ? 0 : 1)
}
process.on('SIGTERM', (signal) => void stop(signal))
process.on('SIGINT', (signal) => void stop(signal))
