// `npm run related:rebuild [-- --restart] [--index-only]`: recomputes every article's related links,
// with a progress bar. Interrupted, it resumes where it stopped; safe to run while the app serves.
import { parseArgs } from 'node:util'

import type { SanitizedRelatedOptions } from '../../plugins/newsroom/options'
import { rebuildRelated } from '../../plugins/newsroom/related/rebuild'
import { closePayload, openPayload } from '../../src/lib/payloadLifecycle'
import { progressBar } from './progress'

const { values } = parseArgs({ options: { restart: { type: 'boolean', default: false }, 'index-only': { type: 'boolean', default: false } } })

const payload = await openPayload()
const options = payload.config.custom.newsroomRelated as SanitizedRelatedOptions | undefined
if (!options) throw new Error('The newsroom plugin is not configured with related headlines')
const started = Date.now()
const bars = new Map<string, ReturnType<typeof progressBar>>()
try {
  const result = await rebuildRelated(payload, options, {
    restart: values.restart,
    links: !values['index-only'],
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
  console.log(`related:rebuild: indexed ${result.indexed}, linked ${result.linked} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} finally {
  await closePayload(payload)
}
process.exit(0)
