// `npm run related:rebuild [-- --restart] [--index-only] [--concurrency N] [--json]`: recomputes every article's related
// links, with a progress bar. Interrupted, it resumes where it stopped; safe to run while the app
// serves. `--json` ends with one JSON line (counts, seconds, peak RSS) for scripts such as the bench.
import { parseArgs } from 'node:util'

import type { SanitizedRelatedOptions } from '../../plugins/newsroom/options'
import { rebuildRelated } from '../../plugins/newsroom/related/rebuild'
import { closePayload, openPayload } from '../../src/lib/payloadLifecycle'
import { progressBar } from './progress'

const { values } = parseArgs({
  options: { restart: { type: 'boolean', default: false }, 'index-only': { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, concurrency: { type: 'string' } },
})

const payload = await openPayload()
const options = payload.config.custom.newsroomRelated as SanitizedRelatedOptions | undefined
if (!options) throw new Error('The newsroom plugin is not configured with related headlines')
const started = Date.now()
const bars = new Map<string, ReturnType<typeof progressBar>>()
try {
  const result = await rebuildRelated(payload, options, {
    restart: values.restart,
    links: !values['index-only'],
    concurrency: values.concurrency ? Number(values.concurrency) : undefined,
    onProgress: ({ collection, phase, done, total }) => {
      const key = `${collection} ${phase}`
      if (!bars.has(key)) {
        for (const bar of bars.values()) bar.stop()
        bars.set(key, progressBar(key))
      }
      bars.get(key)?.update(done, total)
    },
  })
  for (const bar of bars.values()) bar.stop()
  const seconds = Math.round((Date.now() - started) / 100) / 10
  // The kernel's high-water mark of this process: what the machine must have for a rebuild.
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
  console.log(`related:rebuild: indexed ${result.indexed}, linked ${result.linked} in ${seconds} s, peak RSS ${peakRssMb} MB`)
  if (values.json) console.log(JSON.stringify({ ...result, seconds, peakRssMb }))
} finally {
  await closePayload(payload)
}
process.exit(0)
