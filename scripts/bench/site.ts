// `npm run bench:site [-- --articles 2000 --links 5 --rounds 4 --seconds 5 --uncached 150] [--skip-build] [--keep-database]`: the public
// site on a production build (`next build`, `next start`) over a scratch database of `--articles` published
// stories with `--links` related links each.
//
// 1. The cached article page against a static Next.js page of similar size (`/bench/static-page`), served by
//    the same `next start`, in rotating rounds side by side (16 connections). Target: ≥ 50% of its requests/s.
// 2. The uncached article page, one request at a time: each request the first for a story never rendered
//    before (nothing cached), p50/p95, beside a page of the same layout and size with no data rendered the
//    same way (`/bench/uncached-page/<n>`: what Next.js itself costs); and the page's GraphQL query alone (`ArticlePage`, POST
//    /api/graphql), one at a time over stories it was not sent for before. Target: p95 ≤ 20 ms each
//    (at 100,000 articles). Before the server starts, the SQL statements the query sends (counted on
//    Payload's pool, in process) for a story with 1 related link and one with 10.
// 3. A publish reaching the cached page: an editor changes a published story's headline (REST PATCH) and the
//    page is polled until it shows it; the same for a new story reaching the home page. Target: ≤ 2 s.
// Prints a table and writes bench/results/site-<time>.json.
import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'
import { print } from 'graphql'
import type { Payload } from 'payload'
import pg from 'pg'

import type { CorpusRow } from '../../src/corpus/jsonl'
import { loadCorpus } from '../../src/corpus/load'
import { freePort } from '../../src/lib/freePort'
import { FRONTEND_HEADER } from '../../src/security/frontend'
import { ArticlePageDocument } from '../../src/site/graphql/generated'
import { closePayload, openPayload } from '../../src/lib/payloadLifecycle'
import { createScratchDatabase, dropScratchDatabase, withDatabase } from '../../src/lib/scratchDatabase'
import { scriptNodeOptions } from './scriptNodeOptions'
import { writeBenchResults } from './writeResults'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    links: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '5' },
    uncached: { type: 'string', default: '150' },
    'skip-build': { type: 'boolean', default: false },
    // Leaves the scratch database in place (its name is printed), to profile a server on it afterwards.
    'keep-database': { type: 'boolean', default: false },
  },
})

const ROOT = process.cwd()
// The server's frontend secret, made per run: the query-alone requests are the site's own, so the
// per-client budgets (which would refuse 150 page queries a minute from one address) do not apply.
const FRONTEND_SECRET = `bench-${crypto.randomBytes(16).toString('hex')}`
const ARTICLE_PAGE = print(ArticlePageDocument)
const EDITOR = { email: 'bench-editor@newsroom.local', password: 'bench editor password' }
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const loadAverage = () => os.loadavg().map((value) => round(value, 2))
const percentile = (list: number[], p: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((list.length * p) / 100))]!

function syntheticRows(count: number): CorpusRow[] {
  const words = ['minister', 'council', 'grain', 'energy', 'summit', 'border', 'talks', 'court', 'budget', 'harbour', 'railway', 'drone', 'winter', 'aid', 'vote']
  const pick = (n: number, k: number) => Array.from({ length: k }, (_, j) => words[(n * 7 + j * 13) % words.length])
  return Array.from({ length: count }, (_, n) => ({
    id: `bench-site-${n}`,
    title: `${pick(n, 5).join(' ')} story ${n + 1}`,
    lead: `The lead of story ${n + 1}: ${pick(n + 1, 12).join(' ')}.`,
    body: Array.from({ length: 10 }, (_, p) => `Paragraph ${p + 1}: ${pick(n + p, 50).join(' ')}.`).join('\n\n'),
    // A minute apart, the newest a minute ago: at 100,000 stories an hour apart the newest were years
    // ahead, and a story published now never reached the home page's latest.
    publishedAt: new Date(Date.now() - (count - n) * 60_000).toISOString(),
    publisher: 'Bench',
  }))
}

/** SQL statements the site's article-page query sends for the story `slug`, counted on Payload's pool. */
async function statementsOfPageQuery(payload: Payload, slug: string): Promise<number> {
  const { siteQuery } = await import('../../src/site/graphql/client')
  const prototype = (payload.db as unknown as { pool: { Client: { prototype: { query: (...args: unknown[]) => unknown } } } }).pool.Client.prototype
  const query = prototype.query
  let count = 0
  prototype.query = function (this: unknown, ...args: unknown[]) {
    count++
    return query.apply(this, args)
  }
  try {
    await siteQuery(ArticlePageDocument, { slug, draft: false })
  } finally {
    prototype.query = query
  }
  return count
}

async function prepare(pool: pg.Pool, articles: number, links: number): Promise<{ slugs: string[]; statements: { oneLink: number; tenLinks: number } }> {
  const payload = await openPayload()
  try {
    const loaded = await loadCorpus(payload, syntheticRows(articles), { bulk: 500 })
    const ids = [...loaded.values()].map(Number)
    const rows = ids.flatMap((id, index) => Array.from({ length: links }, (_, link) => [id, ids[(index + (link + 1) * 37) % ids.length]!, link + 1]))
    await pool.query(
      `insert into related_links (from_id, to_id, headline, "order", origin)
       select f, t, a.title, o, 'auto' from unnest($1::int[], $2::int[], $3::int[]) as l(f, t, o) join articles a on a.id = l.t`,
      [rows.map((row) => row[0]), rows.map((row) => row[1]), rows.map((row) => row[2])],
    )
    await payload.create({ collection: 'users', data: { ...EDITOR, roles: ['editor'] } as never, overrideAccess: true })
    // Two stories whose links are replaced: one with 1 link, one with 10.
    const [oneLink, tenLinks] = ids.slice(-2) as [number, number]
    await pool.query('delete from related_links where from_id = any($1)', [[oneLink, tenLinks]])
    for (const [from, count] of [[oneLink, 1], [tenLinks, 10]] as const) {
      await pool.query(
        `insert into related_links (from_id, to_id, headline, "order", origin) select $1, a.id, a.title, row_number() over (), 'auto' from articles a where a.id <> $1 order by a.id limit $2`,
        [from, count],
      )
    }
    // A site's tables are long vacuumed and checkpointed; freshly loaded ones are not, and the first read
    // of each new row would pay for setting its hint bits (a write) while autovacuum competes for the
    // same two cores: the page timings would measure the load's aftermath, not the site.
    await pool.query('vacuum (analyze)')
    await pool.query('checkpoint').catch(() => undefined)
    const slugOf = async (id: number) => (await pool.query<{ slug: string }>('select slug from articles where id = $1', [id])).rows[0]!.slug
    // Once each first, so that the counts are of a warm process (no schema or plan set-up).
    for (const id of [oneLink, tenLinks]) await statementsOfPageQuery(payload, await slugOf(id))
    const statements = { oneLink: await statementsOfPageQuery(payload, await slugOf(oneLink)), tenLinks: await statementsOfPageQuery(payload, await slugOf(tenLinks)) }
    const slugs = (await pool.query<{ slug: string }>("select slug from articles where _status = 'published' and id <> all($1) order by id", [[oneLink, tenLinks]])).rows.map((row) => row.slug)
    return { slugs, statements }
  } finally {
    await closePayload(payload)
  }
}

interface Child {
  process: ChildProcess
  output: string[]
}

function start(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const output: string[] = []
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean).slice(-50))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return { process: child, output }
}

async function startNext(env: Record<string, string>): Promise<{ child: Child; url: string }> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = start(['start', '-p', String(port), '-H', '127.0.0.1'], { ...env, PORT: String(port), NEWSROOM_PUBLIC_URL: url, NODE_OPTIONS: scriptNodeOptions('start') })
  const deadline = Date.now() + 120_000
  for (;;) {
    const status = await fetch(`${url}/bench/static-page`).then((response) => response.status, () => 0)
    if (status === 200) return { child, url }
    if (child.process.exitCode !== null || Date.now() > deadline) throw new Error(`next start did not answer (last status ${status}):\n${child.output.slice(-30).join('\n')}`)
    await sleep(500)
  }
}

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 16, duration: seconds, timeout: 30 })
  return { requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors }
}

async function timed(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now()
  const response = await fetch(url)
  const bytes = (await response.arrayBuffer()).byteLength
  return { ms: performance.now() - started, status: response.status, bytes }
}

/** One-at-a-time timings and the statuses answered: request count, statuses and p50/p95/max. */
class Timings {
  private readonly ms: number[] = []
  private readonly statuses = new Map<number, number>()

  add(ms: number, status: number): void {
    this.ms.push(ms)
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1)
  }

  summary() {
    const { ms } = this
    return { requests: ms.length, statuses: Object.fromEntries(this.statuses), p50Ms: round(percentile(ms, 50)), p95Ms: round(percentile(ms, 95)), maxMs: round(Math.max(...ms)) }
  }
}

/** Milliseconds from the start of `change` until `url` answers with `expected` in it. */
async function timeToReach(url: string, expected: string, change: () => Promise<void>): Promise<number> {
  const started = performance.now()
  await change()
  for (;;) {
    const text = await (await fetch(url)).text()
    if (text.includes(expected)) return round(performance.now() - started, 0)
    if (performance.now() - started > 120_000) throw new Error(`${url} did not show "${expected}" within 120 s`)
    await sleep(50)
  }
}

async function main(): Promise<void> {
  const server = process.env.DATABASE_URI
  if (!server) throw new Error('DATABASE_URI is not set; run through `npm run bench:site`')
  const scratch = await createScratchDatabase(server, 'newsroom_bench_site')
  const uri = withDatabase(server, scratch)
  const env = { DATABASE_URI: uri, NODE_ENV: 'production', NEWSROOM_SEED: 'off', NEWSROOM_JOBS_AUTORUN: 'off', NODE_OPTIONS: '--no-deprecation --conditions=production' }
  Object.assign(process.env, env)
  const pool = new pg.Pool({ connectionString: uri, max: 2 })
  const results: Record<string, unknown> = { scratchDatabase: scratch, cpus: os.cpus().length, loadAverageAtStart: loadAverage(), options: values }
  let next: { child: Child; url: string } | undefined
  try {
    if (!values['skip-build']) {
      console.log('[bench] next build (pass --skip-build to use the last build)')
      const build = start(['build'], { NODE_OPTIONS: '--no-deprecation' })
      const code = await new Promise<null | number>((resolve) => build.process.once('exit', resolve))
      if (code !== 0) throw new Error(`next build failed:\n${build.output.slice(-40).join('\n')}`)
    }
    console.log(`[bench] loading ${values.articles} stories with ${values.links} links each`)
    const { slugs, statements } = await prepare(pool, Number(values.articles), Number(values.links))
    console.log(`\nSQL statements of the article-page query: ${statements.oneLink} with 1 related link, ${statements.tenLinks} with 10`)
    next = await startNext({ ...env, NEWSROOM_STATEMENT_TIMEOUT_MS: '', NEWSROOM_FRONTEND_SECRET: FRONTEND_SECRET, NEWSROOM_BENCH_PAGES: 'on' })
    const { url } = next
    const [cachedSlug, publishSlug, ...rest] = slugs
    const article = `${url}/news/${cachedSlug}`
    const staticPage = `${url}/bench/static-page`
    // Warm-up: both pages rendered and cached, the server's code paths compiled.
    for (let i = 0; i < 20; i++) await Promise.all([timed(article), timed(staticPage)])
    const sizes = { articleBytes: (await timed(article)).bytes, staticBytes: (await timed(staticPage)).bytes }

    // 1. Rotating rounds, the order swapped each round.
    const seconds = Number(values.seconds)
    const rounds: Array<{ round: number; page: string; requestsPerSecond: number; p50Ms: number; p99Ms: number; non2xx: number }> = []
    for (let r = 1; r <= Number(values.rounds); r++) {
      const order = r % 2 ? [['static', staticPage], ['cached article', article]] : [['cached article', article], ['static', staticPage]]
      for (const [page, target] of order) rounds.push({ round: r, page: page!, ...(await load(target!, seconds)) })
    }
    console.log('\nCached article page against a static page (16 connections, rotating rounds)')
    console.table(rounds)
    const total = (page: string) => rounds.filter((row) => row.page === page).reduce((sum, row) => sum + row.requestsPerSecond, 0)
    const cachedRatio = round(total('cached article') / total('static'), 2)

    // 2. Uncached: each story's first request, one at a time, alternating with Next.js's own share: a page
    // of the same layout and size with no data, each URL's first request.
    const uncached = new Timings()
    const reference = new Timings()
    for (const [n, slug] of rest.slice(0, Number(values.uncached)).entries()) {
      const story = await timed(`${url}/news/${slug}`)
      uncached.add(story.ms, story.status)
      const page = await timed(`${url}/bench/uncached-page/${Date.now()}-${n}`)
      reference.add(page.ms, page.status)
    }
    const uncachedStats = uncached.summary()
    const referenceStats = reference.summary()

    // The page's query alone, over HTTP, for stories the pages above did not render.
    const query = new Timings()
    const querySlugs = rest.slice(Number(values.uncached), Number(values.uncached) * 2)
    for (const slug of querySlugs.length > 0 ? querySlugs : rest.slice(0, Number(values.uncached))) {
      const started = performance.now()
      const response = await fetch(`${url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', [FRONTEND_HEADER]: FRONTEND_SECRET }, body: JSON.stringify({ query: ARTICLE_PAGE, variables: { slug, draft: false } }) })
      const answer = (await response.json()) as { data?: { Articles?: { docs: unknown[] } } }
      const ms = performance.now() - started
      query.add(ms, response.status === 200 && answer.data?.Articles?.docs.length !== 1 ? -1 : response.status)
    }
    const queryStats = query.summary()
    console.log('\nOne request at a time: the uncached article page (each the first for its story), and its GraphQL query alone')
    console.table([
      { what: 'uncached article page', ...uncachedStats },
      { what: 'uncached reference page (no data)', ...referenceStats },
      { what: 'ArticlePage query alone', ...queryStats },
    ])

    // 3. A publish reaching the cached page.
    const login = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify(EDITOR) })
    const token = ((await login.json()) as { token: string }).token
    const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const id = (await pool.query<{ id: number }>('select id from articles where slug = $1', [publishSlug])).rows[0]!.id
    await timed(`${url}/news/${publishSlug}`)
    const headline = `Changed headline ${Date.now()}`
    const changeMs = await timeToReach(`${url}/news/${publishSlug}`, headline, async () => {
      const response = await fetch(`${url}/api/articles/${id}`, { method: 'PATCH', headers, body: JSON.stringify({ title: headline }) })
      if (!response.ok) throw new Error(`PATCH answered ${response.status}: ${await response.text()}`)
    })
    await timed(`${url}/`)
    const fresh = `A new story published ${Date.now()}`
    const newStoryMs = await timeToReach(`${url}/`, fresh, async () => {
      const response = await fetch(`${url}/api/articles`, { method: 'POST', headers, body: JSON.stringify({ title: fresh, lead: 'Published for the benchmark.', _status: 'published' }) })
      if (!response.ok) throw new Error(`POST answered ${response.status}: ${await response.text()}`)
    })

    const targets = [
      { target: 'cached article page ≥ 50% of the static page’s requests/s', value: `${cachedRatio}× (${round(total('cached article') / rounds.length * 2)} vs ${round(total('static') / rounds.length * 2)} req/s)`, met: cachedRatio >= 0.5 },
      { target: 'uncached article page p95 ≤ 20 ms', value: `${uncachedStats.p95Ms} ms (at ${values.articles} articles; the same page with no data: ${referenceStats.p95Ms} ms)`, met: uncachedStats.p95Ms <= 20 },
      { target: 'the article-page GraphQL query alone p95 ≤ 20 ms', value: `${queryStats.p95Ms} ms (at ${values.articles} articles)`, met: queryStats.p95Ms <= 20 },
      { target: 'statements per page not growing with related links (1 vs 10)', value: `${statements.oneLink} vs ${statements.tenLinks}`, met: statements.oneLink === statements.tenLinks },
      { target: 'a changed headline reaches the cached page within 2 s', value: `${changeMs} ms`, met: changeMs <= 2000 },
      { target: 'a new story reaches the home page within 2 s', value: `${newStoryMs} ms`, met: newStoryMs <= 2000 },
    ]
    console.log(`\nPage sizes: article ${sizes.articleBytes} bytes, static ${sizes.staticBytes} bytes`)
    console.log('\nTargets')
    for (const target of targets) console.log(`- ${target.target}: ${target.value} → ${target.met ? 'met' : 'NOT MET'}`)
    Object.assign(results, { sizes, rounds, cachedRatio, uncached: uncachedStats, uncachedReference: referenceStats, pageQuery: queryStats, statements, publish: { changeMs, newStoryMs }, targets })
  } finally {
    if (next && next.child.process.exitCode === null) {
      const exited = new Promise((resolve) => next!.child.process.once('exit', resolve))
      next.child.process.kill('SIGTERM')
      await Promise.race([exited, sleep(20_000)])
      if (next.child.process.exitCode === null) next.child.process.kill('SIGKILL')
    }
    await pool.end()
    if (values['keep-database']) console.log(`[bench] kept the database: ${uri}`)
    else await dropScratchDatabase(server, scratch)
  }
  writeBenchResults('site', results, loadAverage())
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
