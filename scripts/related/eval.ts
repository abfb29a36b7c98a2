// `npm run related:eval -- FILE.jsonl [--k 5] [--limit N] [--recency off] [--set option=json ...] [--misses OUT.jsonl]`
// Loads a labelled corpus into a scratch database (never the dev one), links it with the production
// engine and its default options, and prints precision and recall against the `story` labels.
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import type { SanitizedRelatedOptions } from '../../plugins/newsroom/options'
import { RelatedEngine } from '../../plugins/newsroom/related/engine'
import { rebuildRelated } from '../../plugins/newsroom/related/rebuild'
import { readCorpus } from '../../src/corpus/jsonl'
import { loadCorpus } from '../../src/corpus/load'
import { rankingQuality } from '../../src/corpus/metrics'
import { closePayload, openPayload } from '../../src/lib/payloadLifecycle'
import { createScratchDatabase, dropScratchDatabase, withDatabase } from '../../src/lib/scratchDatabase'
import { progressBar } from './progress'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    k: { type: 'string', default: '5' },
    limit: { type: 'string' },
    recency: { type: 'string', default: 'on' },
    // Experiments only: `--set maxDocumentFrequency=0.2 --set analyzer.nameWeight=0`.
    set: { type: 'string', multiple: true },
    // Every link to another story, with both titles: what to read before changing a weight.
    misses: { type: 'string' },
  },
})
const file = positionals[0]
const k = Number(values.k)
if (!file || !Number.isInteger(k) || k < 1 || !['on', 'off'].includes(values.recency as string)) {
  console.error('usage: npm run related:eval -- FILE.jsonl [--k 5] [--limit N] [--recency on|off]')
  process.exit(2)
}
const server = process.env.DATABASE_URI
if (!server) throw new Error('DATABASE_URI is not set; run through `npm run related:eval`')

const corpus = await readCorpus(file, values.limit ? Number(values.limit) : Infinity)
const scratch = await createScratchDatabase(server, 'newsroom_eval')
process.env.DATABASE_URI = withDatabase(server, scratch)
process.env.NEWSROOM_SEED = 'off'
const payload = await openPayload()
const started = Date.now()
try {
  const loading = progressBar('load')
  const ids = await loadCorpus(payload, corpus.rows, { onProgress: (done, total) => loading.update(done, total) })
  loading.stop()
  const defaults = payload.config.custom.newsroomRelated as SanitizedRelatedOptions
  const options = structuredClone(values.recency === 'off' ? { ...defaults, recencyHalfLifeDays: null } : defaults) as SanitizedRelatedOptions
  for (const assignment of values.set ?? []) {
    const [path, raw] = assignment.split('=')
    const keys = path.split('.')
    let target = options as unknown as Record<string, unknown>
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>
    target[keys[keys.length - 1]] = JSON.parse(raw)
  }
  const indexing = progressBar('index')
  await rebuildRelated(payload, options, { links: false, restart: true, onProgress: ({ done, total }) => indexing.update(done, total) })
  indexing.stop()

  const engine = new RelatedEngine(payload, options)
  const rowOf = new Map([...ids].map(([key, id]) => [id, key.slice(key.indexOf(':') + 1)]))
  const rankings = new Map<string, string[]>()
  const ranking = progressBar('rank')
  let done = 0
  for (const [key, id] of ids) {
    const ranked = await engine.rank('articles', id)
    rankings.set(key.slice(key.indexOf(':') + 1), ranked.slice(0, k).map((candidate) => rowOf.get(candidate.id) as string))
    ranking.update(++done, ids.size)
  }
  ranking.stop()
  const quality = rankingQuality(rankings, corpus.stories, k)
  if (values.misses) {
    const titleOf = new Map(corpus.rows.map((row) => [row.id, `${row.publishedAt.slice(0, 10)} ${row.title}`]))
    const misses = [...rankings].flatMap(([row, top]) =>
      top.filter((other) => corpus.stories.get(other) !== corpus.stories.get(row)).map((other) => ({ row, story: corpus.stories.get(row), title: titleOf.get(row), linked: other, linkedStory: corpus.stories.get(other), linkedTitle: titleOf.get(other) })),
    )
    fs.writeFileSync(values.misses, misses.map((miss) => JSON.stringify(miss)).join('\n') + '\n')
  }
  const seconds = Math.round((Date.now() - started) / 100) / 10
  console.log(`\nrelated:eval ${file} (${corpus.rows.length} articles, ${new Set(corpus.stories.values()).size} stories, recency ${values.recency})`)
  console.table({
    [`P@${k}`]: quality.precisionAtK,
    [`P@${k} capped`]: quality.cappedPrecisionAtK,
    [`recall@${k}`]: quality.recallAtK,
    coverage: quality.coverage,
  })
  console.log(JSON.stringify({ file, articles: corpus.rows.length, recency: values.recency, set: values.set ?? [], seconds, ...quality }))
} finally {
  await closePayload(payload)
  await dropScratchDatabase(server, scratch)
}
process.exit(0)
