import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import type { SanitizedRelatedOptions } from '../../plugins/newsroom/options'
import { rebuildRelated } from '../../plugins/newsroom/related/rebuild'
import { readCorpus } from '../../src/corpus/jsonl'
import { loadCorpus } from '../../src/corpus/load'
import { rankingQuality } from '../../src/corpus/metrics'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
})
afterAll(async () => t?.close())

const FIXTURE = path.resolve('tests/fixtures/corpus/small.jsonl')

test('a corpus loads without its story labels, and an interrupted rebuild resumes where it stopped', async () => {
  const { rows, stories } = await readCorpus(FIXTURE)
  expect(rows).toHaveLength(9)
  expect(rows.some((row) => 'story' in row)).toBe(false)
  await loadCorpus(t.payload, rows)

  // The labels must reach neither the database nor the index.
  const pool = (t.payload.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: Array<{ dump: string }> }> } }).pool
  const dump = await pool.query(`select string_agg(to_jsonb(a)::text, ' ') as dump from articles a`)
  for (const label of new Set(stories.values())) expect(dump.rows[0].dump).not.toContain(label)

  const options = t.payload.config.custom.newsroomRelated as SanitizedRelatedOptions
  let batches = 0
  const interrupted = rebuildRelated(t.payload, options, {
    batchSize: 4,
    onProgress: ({ phase }) => {
      if (phase === 'links' && ++batches === 1) throw new Error('killed mid-rebuild')
    },
  })
  await expect(interrupted).rejects.toThrow('killed mid-rebuild')

  const seen: number[] = []
  const resumed = await rebuildRelated(t.payload, options, { batchSize: 4, onProgress: ({ phase, done }) => phase === 'links' && seen.push(done) })
  // The first links batch (4 stories) was recorded before the interruption: the resumed run starts after it.
  expect(resumed.linked).toBe(5)
  expect(seen[0]).toBe(8)

  const { docs: links } = await t.payload.find({ collection: 'related-links', depth: 0, limit: 100, pagination: false })
  const { docs: articles } = await t.payload.find({ collection: 'articles', depth: 0, limit: 100, pagination: false, select: { title: true } })
  const rowByTitle = new Map(rows.map((row) => [row.title, row.id]))
  const rowById = new Map(articles.map((article) => [String(article.id), rowByTitle.get(article.title as string) as string]))
  const rankings = new Map<string, string[]>()
  for (const link of [...links].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))) {
    const from = rowById.get(String(link.from)) as string
    rankings.set(from, [...(rankings.get(from) ?? []), rowById.get(String(link.to)) as string])
  }
  const quality = rankingQuality(rankings, stories, 2)
  expect(quality.cappedPrecisionAtK).toBeGreaterThanOrEqual(0.8)
})

test('`npm run related:rebuild` (bundled, on its own process) re-links every story and reports its counts and peak RSS', async () => {
  // The stories loaded by the test above; their links are removed so that the command must remake them.
  const { totalDocs: stories } = await t.payload.count({ collection: 'articles' })
  expect(stories).toBe(9)
  await t.payload.delete({ collection: 'related-links', where: { origin: { equals: 'auto' } } })
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'related:rebuild', '--', '--restart', '--json'], {
    env: { ...process.env, DATABASE_URI: process.env.DATABASE_URI },
    timeout: 120_000,
  })
  const report = JSON.parse(stdout.trim().split('\n').pop() as string)
  expect(report).toMatchObject({ indexed: 9, linked: 9 })
  expect(report.peakRssMb).toBeGreaterThan(50)
  const { totalDocs: links } = await t.payload.count({ collection: 'related-links', where: { origin: { equals: 'auto' } } })
  expect(links).toBeGreaterThan(0)
}, 150_000)

test('quality metrics count empty slots as misses and cap by story size', () => {
  const stories = new Map([['a', 's1'], ['b', 's1'], ['c', 's2'], ['d', 's2'], ['e', 's2']])
  const rankings = new Map([['a', ['b', 'c']], ['b', ['a']], ['c', ['d', 'a']], ['d', []], ['e', ['c', 'd']]])
  const quality = rankingQuality(rankings, stories, 2)
  expect(quality.precisionAtK).toBeCloseTo((1 / 2 + 1 / 2 + 1 / 2 + 0 + 2 / 2) / 5, 3)
  expect(quality.cappedPrecisionAtK).toBeCloseTo((1 + 1 + 1 / 2 + 0 + 1) / 5, 3)
  expect(quality.coverage).toBe(0.8)
})
