// `npm run bench:abuse [-- --articles 3000 --links 5 --duration 20 --rate 20] [--skip-build]`: what hostile
// clients can do to readers, on a production build (`next build`, `next start`) over a scratch database
// of `--articles` published stories with `--links` related links each.
//
// 1. Every hostile request of issue 11 is sent and must be refused (4xx, never 5xx), with its time.
// 2. The allowed queries that cost the most are timed one by one; the slowest is "the most expensive
//    query the limits still allow".
// 3. A simple read (`GET /api/articles/<id>`, at a fixed rate) is measured alone, then while 4 clients
//    (each its own address) send that query back to back. Target: p99 under load within 2× of alone.
//    Each attack uses addresses of its own, so the second does not start with budgets the first spent.
// Warm-up and the timing of allowed queries (step 2 measures queries, not budgets) send the trusted
// frontend's secret, so the per-client GraphQL limits do not refuse them; the attackers and the simple
// read never send it.
// Prints a table and writes bench/results/abuse-<time>.json.
import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { configToSchema } from '@payloadcms/graphql'
import autocannon from 'autocannon'
import pg from 'pg'

import type { CorpusRow } from '../../src/corpus/jsonl'
import { loadCorpus } from '../../src/corpus/load'
import { freePort } from '../../src/lib/freePort'
import { closePayload, openPayload } from '../../src/lib/payloadLifecycle'
import { createScratchDatabase, dropScratchDatabase, withDatabase } from '../../src/lib/scratchDatabase'
import { analyseOperation } from '../../src/security/graphql/analyse'
import { defaultGraphQLLimits } from '../../src/security/graphql/guard'
import { FRONTEND_HEADER } from '../../src/security/frontend'
import { restReadWeight } from '../../src/security/heavyReads'
import { securityLimits } from '../../collections/security/limits'
import { scriptNodeOptions } from './scriptNodeOptions'
import { writeBenchResults } from './writeResults'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '3000' },
    links: { type: 'string', default: '5' },
    // Seconds of each load phase, and the simple read's fixed rate (requests per second).
    duration: { type: 'string', default: '20' },
    rate: { type: 'string', default: '20' },
    attackers: { type: 'string', default: '4' },
    'skip-build': { type: 'boolean', default: false },
  },
})

const ROOT = process.cwd()
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const loadAverage = () => os.loadavg().map((value) => round(value, 2))
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]

// ---------------------------------------------------------------------------------------------------
// Queries

/** The query: a story's links, each link's target, `levels` times. */
function nested(levels: number, id: number): string {
  let inner = 'title'
  for (let level = 0; level < levels; level++) inner = `title relatedLinks(limit: 5) { docs { headline to { ${inner} } } }`
  return `{ Article(id: ${id}) { ${inner} } }`
}

interface Probe {
  name: string
  method: 'GET' | 'POST'
  path: string
  body?: string
}

const graphql = (name: string, query: string, variables?: Record<string, unknown>): Probe => ({ name, method: 'POST', path: '/api/graphql', body: JSON.stringify({ query, variables }) })

function hostileProbes(id: number): Probe[] {
  return [
    graphql('nested 7 levels (the issue)', nested(7, id)),
    graphql('nested 10 levels', nested(10, id)),
    graphql('Articles(pagination: false) with links', '{ Articles(pagination: false) { docs { title relatedLinks { docs { headline to { title } } } } } }'),
    graphql('RelatedLinks(limit: 100000)', '{ RelatedLinks(limit: 100000) { docs { headline to { title } } } }'),
    graphql('Articles(limit: $n), n = 100000', 'query ($n: Int) { Articles(limit: $n) { docs { title } } }', { n: 100000 }),
    graphql('100 stories × 10 links × targets (cost)', '{ Articles(limit: 100) { docs { title relatedLinks(limit: 10) { docs { headline to { title } } } } } }'),
    graphql('circular fragments', `{ Article(id: ${id}) { ...A } } fragment A on Article { title ...B } fragment B on Article { ...A }`),
    graphql('field suggestion probe', '{ Articles { docs { passwrd } } }'),
    { name: 'REST ?limit=100000&depth=1', method: 'GET', path: '/api/articles?limit=100000&depth=1' },
    { name: 'REST ?pagination=false', method: 'GET', path: '/api/related-links?pagination=false' },
    { name: 'REST joins[relatedLinks][limit]=100000', method: 'GET', path: `/api/articles/${id}?joins[relatedLinks][limit]=100000` },
    { name: 'REST ?depth=10', method: 'GET', path: '/api/articles?depth=10&limit=100' },
  ]
}

const ARTICLE_PAGE = `query ArticlePage($slug: String!) { Articles(where: { slug: { equals: $slug } }, limit: 1) { docs { id title slug lead dateline credit source publishedAt views tags body author { name role } people { name role aliases } quotes { docs { text attribution speaker { name } } } relatedLinks { docs { headline order url position { placement afterParagraph } to { title slug publishedAt views } } } } } }`

/** Legitimate queries near the limits: the slowest becomes the attackers' query. */
function allowedCandidates(slug: string): Probe[] {
  return [
    graphql('README article page', ARTICLE_PAGE, { slug }),
    graphql('mostReadArticles(limit: 100)', '{ mostReadArticles(period: ALL, limit: 100) { rank views article { title slug lead publishedAt } } }'),
    graphql('19 stories × 5 links × targets', '{ Articles(limit: 19) { docs { title relatedLinks(limit: 5) { docs { headline to { title } } } } } }'),
    graphql('60 stories × 5 links × targets', '{ Articles(limit: 60) { docs { title relatedLinks(limit: 5) { docs { headline to { title } } } } } }'),
    graphql('article by slug without limit: 1', 'query ($slug: String!) { Articles(where: { slug: { equals: $slug } }) { docs { title views author { name } people { name } quotes { docs { text } } relatedLinks { docs { headline to { title publishedAt views } } } } } }', { slug }),
    graphql('20 stories × 50 links × targets', '{ Articles(limit: 20) { docs { title relatedLinks { docs { headline to { title slug } } } } } }'),
    graphql('100 stories, every scalar', '{ Articles(limit: 100) { docs { id title slug lead dateline credit source publishedAt views tags body } } }'),
    graphql('2 levels of links (depth 8)', '{ Articles(limit: 4) { docs { relatedLinks(limit: 10) { docs { to { relatedLinks(limit: 10) { docs { headline to { title } } } } } } } } }'),
    { name: 'REST 100 stories depth=2', method: 'GET', path: '/api/articles?limit=100&depth=2' },
    // Near the heavy thresholds: the light ones run at once, without waiting for a turn.
    graphql('11 stories × 5 links × targets', '{ Articles(limit: 11) { docs { title relatedLinks(limit: 5) { docs { headline to { title } } } } } }'),
    { name: 'REST 25 stories depth=2', method: 'GET', path: '/api/articles?limit=25&depth=2' },
    { name: 'REST 10 stories depth=2', method: 'GET', path: '/api/articles?limit=10&depth=2' },
  ]
}

// ---------------------------------------------------------------------------------------------------
// Data

function syntheticRows(count: number): CorpusRow[] {
  const words = ['minister', 'council', 'grain', 'energy', 'summit', 'border', 'talks', 'court', 'budget', 'harbour', 'railway', 'drone', 'winter', 'aid', 'vote']
  const pick = (n: number, k: number) => Array.from({ length: k }, (_, j) => words[(n * 7 + j * 13) % words.length])
  return Array.from({ length: count }, (_, n) => ({
    id: `bench-${n}`,
    title: `${pick(n, 5).join(' ')} story ${n + 1}`,
    lead: `The lead of story ${n + 1}: ${pick(n + 1, 12).join(' ')}.`,
    body: Array.from({ length: 6 }, (_, p) => `Paragraph ${p + 1}: ${pick(n + p, 40).join(' ')}.`).join('\n\n'),
    publishedAt: new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString(),
    publisher: 'Bench',
  }))
}

/** Schema by the production migrations, `articles` published stories, `links` links from each to others. */
async function prepare(pool: pg.Pool, articles: number, links: number): Promise<{ ids: number[]; slugs: string[] }> {
  const payload = await openPayload()
  try {
    const loaded = await loadCorpus(payload, syntheticRows(articles), { bulk: 500 })
    const ids = [...loaded.values()].map(Number)
    const from: number[] = []
    const to: number[] = []
    const order: number[] = []
    ids.forEach((id, index) => {
      for (let link = 1; link <= links; link++) {
        from.push(id)
        to.push(ids[(index + link * 37) % ids.length])
        order.push(link)
      }
    })
    await pool.query(
      `insert into related_links (from_id, to_id, headline, "order", origin)
       select f, t, a.title, o, 'auto' from unnest($1::int[], $2::int[], $3::int[]) as l(f, t, o) join articles a on a.id = l.t`,
      [from, to, order],
    )
    const slugs = await pool.query<{ slug: string }>('select slug from articles order by id limit 50')
    return { ids, slugs: slugs.rows.map((row) => row.slug) }
  } finally {
    await closePayload(payload)
  }
}

// ---------------------------------------------------------------------------------------------------
// Server

interface Child {
  process: ChildProcess
  output: string[]
}

function start(command: string, args: string[], env: Record<string, string>): Child {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const output: string[] = []
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean).slice(-50))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return { process: child, output }
}

async function buildNext(): Promise<void> {
  if (values['skip-build']) return
  console.log('[bench] next build (pass --skip-build to use the last build)')
  const build = start(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], { NODE_OPTIONS: '--no-deprecation' })
  const code = await new Promise<null | number>((resolve) => build.process.once('exit', resolve))
  if (code !== 0) throw new Error(`next build failed:\n${build.output.slice(-40).join('\n')}`)
}

async function startNext(env: Record<string, string>): Promise<{ child: Child; url: string }> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = start(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    ...env,
    NODE_OPTIONS: scriptNodeOptions('start'),
  })
  const deadline = Date.now() + 120_000
  for (;;) {
    const status = await fetch(`${url}/api/articles?limit=1`).then((response) => response.status, () => 0)
    if (status === 200) return { child, url }
    if (child.process.exitCode !== null || Date.now() > deadline) throw new Error(`next start did not answer (last status ${status}):\n${child.output.slice(-30).join('\n')}`)
    await sleep(500)
  }
}

// ---------------------------------------------------------------------------------------------------
// Measuring

interface Timed {
  name: string
  status: number
  ms: number
  message?: string
}

// The server's frontend secret, made per run (`NEWSROOM_FRONTEND_SECRET`).
const FRONTEND_SECRET = `bench-${crypto.randomBytes(16).toString('hex')}`

async function send(url: string, probe: Probe, address = '198.51.100.1', frontend = true): Promise<Timed> {
  const started = performance.now()
  const response = await fetch(url + probe.path, {
    method: probe.method,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(frontend ? { [FRONTEND_HEADER]: FRONTEND_SECRET } : {}) },
    body: probe.body,
  })
  const text = await response.text()
  const ms = performance.now() - started
  let message: string | undefined
  try {
    message = (JSON.parse(text) as { errors?: Array<{ message?: string }> }).errors?.[0]?.message
  } catch {
    message = text.slice(0, 200)
  }
  return { name: probe.name, status: response.status, ms: round(ms, 1), message }
}

/** The median of `runs` sends (after one warm-up send), with the status of the last. */
async function timeProbe(url: string, probe: Probe, runs: number, frontend = true): Promise<Timed> {
  await send(url, probe, undefined, frontend)
  const timings: Timed[] = []
  for (let run = 0; run < runs; run++) timings.push(await send(url, probe, undefined, frontend))
  return { ...timings[timings.length - 1], ms: round(median(timings.map((timing) => timing.ms)), 1) }
}

interface ReadLatency {
  phase: string
  requests: number
  p50Ms: number
  p90Ms: number
  p99Ms: number
  maxMs: number
  non2xx: number
  errors: number
}

/** The simple read at a fixed rate, spread over the stories. */
async function simpleReads(url: string, ids: number[], phase: string, seconds: number): Promise<ReadLatency> {
  let n = 0
  const result = await autocannon({
    url,
    connections: 4,
    overallRate: Number(values.rate),
    duration: seconds,
    timeout: 60,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/articles/${ids[n++ % ids.length]}`, headers: { 'x-forwarded-for': '198.51.100.200' } }) }],
  })
  return {
    phase,
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

interface Attack {
  requests: number
  statuses: Record<string, number>
  p50Ms: number
  p99Ms: number
}

/** `attackers` clients, each with an address of its own, sending `probe` back to back for `seconds`. */
async function attack(url: string, probe: Probe, attackers: number, seconds: number, firstAddress: number): Promise<Attack> {
  const statuses: Record<string, number> = {}
  const runs = await Promise.all(
    Array.from({ length: attackers }, (_, index) =>
      autocannon({
        url: url + probe.path,
        method: probe.method,
        body: probe.body,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${firstAddress + index}` },
        connections: 1,
        duration: seconds,
        timeout: 60,
        requests: [{ onResponse: (status) => void (statuses[status] = (statuses[status] ?? 0) + 1) }],
      }),
    ),
  )
  return {
    requests: runs.reduce((sum, run) => sum + run.requests.total, 0),
    statuses,
    p50Ms: median(runs.map((run) => run.latency.p50)),
    p99Ms: Math.max(...runs.map((run) => run.latency.p99)),
  }
}

// ---------------------------------------------------------------------------------------------------
// Main

function costOf(schema: ReturnType<typeof configToSchema>['schema'], probe: Probe): string {
  if (probe.method !== 'POST' || !probe.body) return ''
  const body = JSON.parse(probe.body) as { query: string; variables?: Record<string, unknown> }
  const analysis = analyseOperation(schema, body, { ...defaultGraphQLLimits(), maxCost: Number.MAX_SAFE_INTEGER, maxDepth: 1000, maxLimit: 1e9 })
  return analysis.ok ? `depth ${analysis.depth}, cost ${analysis.cost}` : ''
}

async function main(): Promise<void> {
  const server = process.env.DATABASE_URI
  if (!server) throw new Error('DATABASE_URI is not set; run through `npm run bench:abuse`')
  const scratch = await createScratchDatabase(server, 'newsroom_bench_abuse')
  const uri = withDatabase(server, scratch)
  const env = { DATABASE_URI: uri, NODE_ENV: 'production', NEWSROOM_SEED: 'off', NEWSROOM_JOBS_AUTORUN: 'off', NODE_OPTIONS: '--no-deprecation --conditions=production' }
  Object.assign(process.env, env)
  const pool = new pg.Pool({ connectionString: uri, max: 2 })
  const results: Record<string, unknown> = { scratchDatabase: scratch, cpus: os.cpus().length, loadAverageAtStart: loadAverage(), options: values }
  let next: { child: Child; url: string } | undefined
  try {
    await buildNext()
    console.log(`[bench] loading ${values.articles} stories with ${values.links} links each`)
    const { ids, slugs } = await prepare(pool, Number(values.articles), Number(values.links))
    // The server as `npm start` runs it, with its statement timeout (scripts have none).
    next = await startNext({ ...env, NEWSROOM_STATEMENT_TIMEOUT_MS: process.env.NEWSROOM_BENCH_STATEMENT_TIMEOUT_MS ?? '', NEWSROOM_FRONTEND_SECRET: FRONTEND_SECRET })
    const { url } = next
    const { default: configPromise } = await import('@payload-config')
    const schema = configToSchema(await configPromise).schema
    const id = ids[Math.floor(ids.length / 2)]

    // A server runs for days: its first requests (compiling routes, building the schema) are not timed.
    for (let round = 0; round < 3; round++) {
      for (const probe of [...hostileProbes(ids[round]), ...allowedCandidates(slugs[round])]) await send(url, probe, '198.51.100.99')
    }

    // 1. Hostile requests.
    const hostile: Array<Timed & { cost: string }> = []
    for (const probe of hostileProbes(id)) hostile.push({ ...(await timeProbe(url, probe, 9, false)), cost: costOf(schema, probe) })
    console.log('\nHostile requests (median of 9)')
    console.table(hostile.map((row) => ({ request: row.name, status: row.status, ms: row.ms, message: (row.message ?? '').slice(0, 90) })))
    const refusedAll = hostile.every((row) => row.status >= 400 && row.status < 500)
    const nestedMs = hostile[0].ms
    const fiveXX = hostile.filter((row) => row.status >= 500).length

    // Light: runs without waiting for a turn (src/security/heavyReads.ts), by the server's own thresholds.
    const light = (probe: Probe, cost: string) =>
      probe.method === 'GET'
        ? restReadWeight(new URL(url + probe.path)) <= securityLimits().reads.heavyRestRead
        : Number(/cost (\d+)/.exec(cost)?.[1] ?? Infinity) <= securityLimits().graphql.heavyCost
    // 2. The allowed queries that cost the most.
    const candidates: Array<Timed & { cost: string }> = []
    for (const probe of allowedCandidates(slugs[0])) candidates.push({ ...(await timeProbe(url, probe, 3)), cost: costOf(schema, probe) })
    console.log('\nAllowed expensive queries (median of 3)')
    console.table(candidates.map((row, index) => ({ query: row.name, status: row.status, ms: row.ms, analysis: row.cost, light: light(allowedCandidates(slugs[0])[index], row.cost) })))
    const allowedProbes = allowedCandidates(slugs[0])
    const slowestOf = (rows: typeof candidates) => rows.filter((row) => row.status === 200).reduce((worst, row) => (row.ms > worst.ms ? row : worst))
    const slowest = slowestOf(candidates)
    const slowestLight = slowestOf(candidates.filter((row, index) => light(allowedCandidates(slugs[0])[index], row.cost)))
    const probe = allowedProbes.find((entry) => entry.name === slowest.name)!
    const lightProbe = allowedProbes.find((entry) => entry.name === slowestLight.name)!

    // 3. A simple read alone, then under attack: by the slowest allowed query, and by the slowest of
    // those light enough to run without waiting for a turn.
    const seconds = Number(values.duration)
    await simpleReads(url, ids, 'warm-up', 5)
    const alone = await simpleReads(url, ids, 'alone', seconds)
    const attackers = Number(values.attackers)
    const attacks: Array<{ query: string; reads: ReadLatency; attack: Attack; ratio: number }> = []
    for (const [attackIndex, attackProbe] of [probe, lightProbe].entries()) {
      const underAttack = attack(url, attackProbe, attackers, seconds + 4, 1 + attackIndex * 100)
      await sleep(2000)
      const reads = await simpleReads(url, ids, `while ${attackers} clients send "${attackProbe.name}"`, seconds)
      attacks.push({ query: attackProbe.name, reads, attack: await underAttack, ratio: 0 })
      attacks[attacks.length - 1].ratio = round(reads.p99Ms / Math.max(1, alone.p99Ms), 2)
      await sleep(3000)
    }
    const loaded = attacks[0].reads
    const ratio = Math.max(...attacks.map((entry) => entry.ratio))
    console.log('\nSimple read (GET /api/articles/<id>) at a fixed rate')
    console.table([alone, ...attacks.map((entry) => entry.reads)])
    for (const entry of attacks) {
      console.log(`attackers sending "${entry.query}": ${entry.attack.requests} requests, statuses ${JSON.stringify(entry.attack.statuses)}, p50 ${entry.attack.p50Ms} ms, p99 ${entry.attack.p99Ms} ms; reads' p99 ${entry.ratio}× alone`)
    }

    const targets = [
      { target: 'every hostile request refused with 4xx', value: `${hostile.filter((row) => row.status >= 400 && row.status < 500).length} of ${hostile.length}`, met: refusedAll },
      { target: 'nested query refused in < 50 ms', value: `${nestedMs} ms`, met: hostile[0].status === 400 && nestedMs < 50 },
      ...attacks.map((entry) => ({ target: `p99 of a simple read within 2× of alone, attack "${entry.query}"`, value: `${entry.reads.p99Ms} / ${alone.p99Ms} ms = ${entry.ratio}×`, met: entry.ratio <= 2 })),
    ]
    console.log('\nTargets')
    for (const target of targets) console.log(`- ${target.target}: ${target.value} → ${target.met ? 'met' : 'NOT MET'}`)
    console.log(`5xx answers to hostile requests: ${fiveXX}`)
    Object.assign(results, { hostile, candidates, reads: { alone, underAttack: loaded }, attacks, p99Ratio: ratio, fiveXX, targets })
  } finally {
    if (next && next.child.process.exitCode === null) {
      const exited = new Promise((resolve) => next!.child.process.once('exit', resolve))
      next.child.process.kill('SIGTERM')
      await Promise.race([exited, sleep(20_000)])
      if (next.child.process.exitCode === null) next.child.process.kill('SIGKILL')
    }
    await pool.end()
    await dropScratchDatabase(server, scratch)
  }
  writeBenchResults('abuse', results, loadAverage())
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
