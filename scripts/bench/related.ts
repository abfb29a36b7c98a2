// `npm run bench:related [-- --size 100000] [--sample 200]`: the related-headlines engine at scale,
// on a scratch database: load, index, recompute one article (p50/p95), the full rebuild (on fresh
// stories, then again over their links) as `npm run related:rebuild` runs it, its peak RSS,
// and a naive in-memory baseline. Prints a table and writes bench/results/related-<time>.json.
import fs from 'node:fs'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { parseArgs } from 'node:util'

import type { SanitizedRelatedOptions } from '../../plugins/newsroom/options'
import { RelatedEngine } from '../../plugins/newsroom/related/engine'
import { rebuildRelated } from '../../plugins/newsroom/related/rebuild'
import { type CorpusRow, readCorpus } from '../../src/corpus/jsonl'
import { loadCorpus } from '../../src/corpus/load'
import { closePayload, openPayload } from '../../src/lib/payloadLifecycle'
import { createScratchDatabase, dropScratchDatabase, withDatabase } from '../../src/lib/scratchDatabase'
import { progressBar } from '../related/progress'
import { NaiveRelated } from './naiveRelated'
import { scriptNodeOptions } from './scriptNodeOptions'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    sample: { type: 'string', default: '200' },
    'naive-sample': { type: 'string', default: '20' },
    datasets: { type: 'string', default: '../shared/datasets' },
    // The full rebuild dominates the run time; skip it to measure latencies at a larger size.
    'skip-rebuild': { type: 'boolean', default: false },
    // Load the corpus 1,000 articles per insert instead of one adapter create each (minutes saved at 100k).
    'bulk-load': { type: 'boolean', default: false },
    // Documents linked at once in the rebuild's links phase (the rebuild's own default when unset).
    concurrency: { type: 'string' },
  },
})
const size = Number(values.size)
const sample = Number(values.sample)
const server = process.env.DATABASE_URI
if (!server) throw new Error('DATABASE_URI is not set; run through `npm run bench:related`')

// Peak RSS over the whole run and per phase, to tell what dominates (Payload itself or the work).
let peakRss = 0
let phasePeak = 0
const sampler = setInterval(() => {
  const rss = process.memoryUsage().rss
  peakRss = Math.max(peakRss, rss)
  phasePeak = Math.max(phasePeak, rss)
}, 50)
/** Records the phase's peak RSS under `key` and starts the next phase. */
const endPhase = (key: string) => {
  results[key] = mb(Math.max(phasePeak, process.memoryUsage().rss))
  phasePeak = 0
}
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10
}
const seconds = (ms: number) => Math.round(ms / 100) / 10

const rows: CorpusRow[] = []
for (const file of fs.readdirSync(values.datasets as string).filter((name) => name.endsWith('.jsonl')).sort()) {
  rows.push(...(await readCorpus(path.join(values.datasets as string, file))).rows)
}
const repeat = Math.ceil(size / rows.length)
const corpus = rows

const scratch = await createScratchDatabase(server, 'newsroom_bench')
process.env.DATABASE_URI = withDatabase(server, scratch)
process.env.NEWSROOM_SEED = 'off'
const results: Record<string, number | string> = {}
const out = path.resolve('bench/results')
const file = path.join(out, `related-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
const save = () => {
  fs.mkdirSync(out, { recursive: true })
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), nodeOptions: process.env.NODE_OPTIONS ?? '', ...results }, null, 2))
}
results.rssBeforeInitMb = mb(process.memoryUsage().rss)
const payload = await openPayload()
results.rssAfterInitMb = mb(process.memoryUsage().rss)
endPhase('peakRssInitMb')
try {
  const options = payload.config.custom.newsroomRelated as SanitizedRelatedOptions
  let started = Date.now()
  const loading = progressBar('load')
  const ids = await loadCorpus(payload, corpus, { repeat, limit: size, bulk: values['bulk-load'] ? 1000 : undefined, onProgress: (done, total) => loading.update(done, total) })
  loading.stop()
  const articleIds = [...ids.values()].slice(0, size)
  results.articles = articleIds.length
  results.load = values['bulk-load'] ? 'bulk inserts' : 'adapter creates'
  results.loadSeconds = seconds(Date.now() - started)
  endPhase('peakRssLoadMb')

  started = Date.now()
  const indexing = progressBar('index')
  await rebuildRelated(payload, options, { links: false, restart: true, onProgress: ({ done, total }) => indexing.update(done, total) })
  indexing.stop()
  results.indexSeconds = seconds(Date.now() - started)
  endPhase('peakRssIndexMb')

  const engine = new RelatedEngine(payload, options)
  const picks = Array.from({ length: sample }, (_, i) => articleIds[Math.floor(((i + 0.5) / sample) * articleIds.length)])
  const rankTimes: number[] = []
  const recomputeTimes: number[] = []
  for (const id of picks) {
    let t = performance.now()
    await engine.rank('articles', id)
    rankTimes.push(performance.now() - t)
    t = performance.now()
    await engine.recompute('articles', id)
    recomputeTimes.push(performance.now() - t)
  }
  Object.assign(results, {
    rankP50Ms: percentile(rankTimes, 50),
    rankP95Ms: percentile(rankTimes, 95),
    recomputeP50Ms: percentile(recomputeTimes, 50),
    recomputeP95Ms: percentile(recomputeTimes, 95),
  })
  endPhase('peakRssRecomputeMb')

  if (!values['skip-rebuild']) {
    // The rebuild is measured as users run it: `npm run related:rebuild` in a process of its own,
    // whose peak RSS is its own (this process also holds the corpus and the loaded ids).
    const first = await runRebuild(values.concurrency)
    // Again, as on a site whose stories are all linked already: every link is rewritten in place.
    const again = await runRebuild(values.concurrency)
    results.rebuildConcurrency = values.concurrency ?? 'default'
    results.fullRebuildSeconds = first.seconds
    results.rebuildAgainSeconds = again.seconds
    results.rebuildPeakRssMb = Math.max(first.peakRssMb, again.peakRssMb)
    results.rebuildNodeOptions = scriptNodeOptions('related:rebuild')
  }
  results.benchPeakRssMb = mb(peakRss)
  // Saved before the naive baseline, which holds the whole corpus in Node and could exhaust the heap.
  save()

  // The naive baseline: the whole corpus in Node, brute-force cosine per query.
  const rssBefore = process.memoryUsage().rss
  started = Date.now()
  const naive = new NaiveRelated(options.analyzer)
  for (let copy = 0, n = 0; copy < repeat && n < size; copy++) for (const row of corpus) if (n++ < size) naive.add(`${copy}:${row.id}`, row)
  results.naiveBuildSeconds = seconds(Date.now() - started)
  const naiveTimes: number[] = []
  const keys = [...ids.keys()].slice(0, size)
  for (let i = 0; i < Number(values['naive-sample']); i++) {
    const t = performance.now()
    naive.rank(keys[Math.floor(((i + 0.5) / Number(values['naive-sample'])) * keys.length)], options.topK)
    naiveTimes.push(performance.now() - t)
  }
  results.naiveRankP50Ms = percentile(naiveTimes, 50)
  results.naiveExtraRssMb = mb(Math.max(0, process.memoryUsage().rss - rssBefore))
  results.naiveVsRankP50 = Math.round((Number(results.naiveRankP50Ms) / Number(results.rankP50Ms)) * 10) / 10
} finally {
  clearInterval(sampler)
  await closePayload(payload)
  await dropScratchDatabase(server, scratch)
}

const targets: Record<string, string> = {
  recomputeP95Ms: '<= 50',
  fullRebuildSeconds: '<= 600',
  rebuildAgainSeconds: '<= 600',
  rebuildPeakRssMb: '<= 300 (the related:rebuild process)',
}
console.log(`\nbench:related, ${results.articles} articles`)
console.table(Object.fromEntries(Object.entries(results).map(([key, value]) => [key, { value, target: targets[key] ?? '' }])))
save()
console.log(`written ${file}`)
process.exit(0)

/** `npm run related:rebuild -- --restart --json` on the scratch database; its progress passes through. */
async function runRebuild(concurrency: string | undefined): Promise<{ seconds: number; peakRssMb: number }> {
  const args = ['run', '--silent', 'related:rebuild', '--', '--restart', '--json', ...(concurrency ? ['--concurrency', concurrency] : [])]
  const child = spawn('npm', args, { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] })
  let last = ''
  let pending = ''
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString()
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      if (line.startsWith('{')) last = line
      else if (line.trim()) console.log(`  ${line}`)
    }
  })
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (pending.startsWith('{')) last = pending
  if (code !== 0 || !last) throw new Error(`related:rebuild exited with ${code}`)
  return JSON.parse(last) as { seconds: number; peakRssMb: number }
}
