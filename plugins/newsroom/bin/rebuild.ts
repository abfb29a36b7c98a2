// `npx payload related:rebuild [--collection <slug>]... [--restart] [--index-only] [--concurrency N]`:
// the plugin registers this script with Payload's CLI (`config.bin`), so an app that installs the
// package fills the index of a collection it has just switched on, while the app goes on serving.
import { parseArgs } from 'node:util'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import type { SanitizedRelatedOptions } from '../options'
import { rebuildRelated } from '../related/rebuild'

export async function script(config: SanitizedConfig): Promise<void> {
  // Payload's CLI reports a script's exception and still exits 0: every failure here ends in exit 1,
  // with the message alone (a wrong flag or collection is the usual cause; a stack trace would bury it).
  let payload: Payload | undefined
  let failed = false
  try {
    const { values } = parseArgs({
      args: process.argv.slice(3),
      options: {
        collection: { type: 'string', multiple: true },
        restart: { type: 'boolean', default: false },
        'index-only': { type: 'boolean', default: false },
        concurrency: { type: 'string' },
      },
    })
    const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency)
    if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) throw new Error(`related:rebuild: --concurrency must be a whole number of at least 1 (got "${values.concurrency}")`)
    const options = config.custom?.newsroomRelated as SanitizedRelatedOptions | undefined
    if (!options) throw new Error('related:rebuild: the newsroom plugin is not configured with related headlines (newsroomPlugin({ related: ... }))')
    payload = await getPayload({ config })
    const started = Date.now()
    let lastLine = 0
    const result = await rebuildRelated(payload, options, {
      collections: values.collection,
      restart: values.restart,
      links: !values['index-only'],
      concurrency,
      onProgress: ({ collection, phase, done, total }) => {
        // A line a second at most: the output is read in deploy logs, not on a terminal.
        if (Date.now() - lastLine < 1000 && done < total) return
        lastLine = Date.now()
        console.log(`related:rebuild ${collection} ${phase}: ${done}/${total}`)
      },
    })
    console.log(`related:rebuild: indexed ${result.indexed}, linked ${result.linked} in ${Math.round((Date.now() - started) / 100) / 10} s`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    failed = true
  } finally {
    await payload?.destroy()
  }
  // The jobs runner and the pool keep timers alive after destroy.
  process.exit(failed ? 1 : 0)
}
