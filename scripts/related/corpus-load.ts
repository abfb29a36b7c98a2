// `npm run corpus:load -- FILE.jsonl [--limit N] [--repeat R]`: loads a corpus in the
// ../shared/datasets/ format as published articles (publisher as credit), then indexes them.
// The `story` label is read by readCorpus into a separate map and never written anywhere.
import { parseArgs } from 'node:util'

import type { SanitizedRelatedOptions } from '../../plugins/newsroom/options'
import { rebuildRelated } from '../../plugins/newsroom/related/rebuild'
import { readCorpus } from '../../src/corpus/jsonl'
import { loadCorpus } from '../../src/corpus/load'
import { closePayload, openPayload } from '../../src/lib/payloadLifecycle'
import { progressBar } from './progress'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string' }, repeat: { type: 'string', default: '1' } } })
const file = positionals[0]
const repeat = Number(values.repeat)
const limit = values.limit === undefined ? Infinity : Number(values.limit)
if (!file || !Number.isInteger(repeat) || repeat < 1 || !(limit > 0)) {
  console.error('usage: npm run corpus:load -- FILE.jsonl [--limit N] [--repeat R]')
  process.exit(2)
}
const { rows } = await readCorpus(file, limit)
const payload = await openPayload()
try {
  const loading = progressBar('load')
  const ids = await loadCorpus(payload, rows, { repeat, onProgress: (done, total) => loading.update(done, total) })
  loading.stop()
  const options = payload.config.custom.newsroomRelated as SanitizedRelatedOptions | undefined
  if (options) {
    const indexing = progressBar('index')
    await rebuildRelated(payload, options, { links: false, restart: true, onProgress: ({ done, total }) => indexing.update(done, total) })
    indexing.stop()
  }
  console.log(`corpus:load: ${ids.size} articles from ${file}${repeat > 1 ? ` (${repeat} copies)` : ''}; run \`npm run related:rebuild\` to link them`)
} finally {
  await closePayload(payload)
}
process.exit(0)
