// `npm run test:cluster [-- --skip-build] [--seed N]`: the production topology on one machine, without
// Docker. A PostgreSQL primary with a streaming replica of its own, the one-shot migrate step, two app
// instances started as the image starts them (`node .next/standalone/server.js`), one jobs worker, two
// view collectors; then it checks that views are counted exactly once across all of them, that a story
// published on one instance gets its related links from one job run and is readable on the other
// through the replica, and what a SIGKILL and a SIGTERM mid-load cost. Exit code 0 when every check holds.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { freePort } from '../../src/lib/freePort'
import { startReplicatedPostgres } from './postgres'
import { type Child, type Env, runToEnd, sleep, start, stop, tail, waitForLine, waitForStatus } from './processes'
import { type Answer, HUMAN_AGENT, planViews, sendPlan, sendView } from './viewLoad'
import { buildIsStale } from '../buildIsStale'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const { values } = parseArgs({ options: { 'skip-build': { type: 'boolean', default: false }, seed: { type: 'string', default: '16' } } })
const seed = Number(values.seed)
/** The counter's flush interval (plugin default); what a SIGKILL may lose is bounded by it. */
const FLUSH_INTERVAL_MS = 1_000
const began = Date.now()
const checks: Array<{ name: string; ok: boolean; detail: string }> = []
const facts: string[] = []
const children: Child[] = []

function check(name: string, ok: boolean, detail: string): void {
  checks.push({ name, ok, detail })
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`)
}
const fact = (line: string) => (facts.push(line), console.log(`     ${line}`))
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** `npm run build`, then the static files beside the standalone server, as the Dockerfile copies them. */
async function build(env: Env): Promise<void> {
  if (values['skip-build'] && fs.existsSync(path.join(ROOT, '.next', 'standalone', 'server.js'))) return console.log('[cluster] using the last build (--skip-build)')
  if (!buildIsStale(ROOT, path.join('.next', 'standalone', 'server.js'))) return console.log('[cluster] the standalone build is current')
  console.log('[cluster] building (npm run build: import map, next build with output: standalone)')
  const started = Date.now()
  await runToEnd('build', 'npm', ['run', 'build'], env, ROOT)
  fact(`build: ${seconds(Date.now() - started)}`)
}

/**
 * The image's /app, outside the repository as in the image (Node must not find a package in the
 * checkout's node_modules that the trace left out): the standalone server, its static files beside it.
 */
function imageDir(dir: string): string {
  const app = path.join(dir, 'app')
  fs.cpSync(path.join(ROOT, '.next', 'standalone'), app, { recursive: true })
  fs.cpSync(path.join(ROOT, '.next', 'static'), path.join(app, '.next', 'static'), { recursive: true })
  if (fs.existsSync(path.join(ROOT, 'public'))) fs.cpSync(path.join(ROOT, 'public'), path.join(app, 'public'), { recursive: true })
  return app
}

const withName = (uri: string, name: string) => `${uri}?application_name=${name}`

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-cluster-'))
  console.log(`[cluster] PostgreSQL primary + streaming replica in ${dir}`)
  const postgres = await startReplicatedPostgres(dir)
  const primary = new pg.Pool({ connectionString: postgres.primaryUri, max: 4 })
  const replica = new pg.Pool({ connectionString: postgres.replicaUri, max: 2 })
  try {
    await primary.query('create database newsroom')
    const database = (uri: string) => uri.replace(/\/postgres$/, '/newsroom')
    const primaryDb = database(postgres.primaryUri)
    const replicaDb = database(postgres.replicaUri)
    await primary.end()
    await replica.end()
    await runCluster(primaryDb, replicaDb, dir)
  } finally {
    for (const child of children) await stop(child, 'SIGKILL', 5_000)
    await postgres.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function runCluster(primaryUri: string, replicaUri: string, dir: string): Promise<void> {
  const primary = new pg.Pool({ connectionString: primaryUri, max: 4 })
  const replica = new pg.Pool({ connectionString: replicaUri, max: 2 })
  try {
    const secret = crypto.randomBytes(24).toString('hex')
    const base: Env = {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: '1',
      NEWSROOM_SEED: 'off',
      NEWSROOM_JOBS_AUTORUN: 'off',
      NEWSROOM_MIGRATE_ON_START: 'off',
      NEWSROOM_VIEWS_DEDUPE: 'postgres',
      NEWSROOM_RATE_LIMIT_STORE: 'postgres',
      PAYLOAD_LOG_LEVEL: 'warn',
      NODE_OPTIONS: '--no-deprecation --conditions=production',
    }
    await build({ ...base, DATABASE_URI: primaryUri, NODE_ENV: undefined, NODE_OPTIONS: undefined })
    const image = imageDir(dir)

    const [portA, portB, portC1, portC2] = [await freePort(), await freePort(), await freePort(), await freePort()]
    const app = (name: string, port: number) =>
      start(name, process.execPath, [path.join(image, 'server.js')], {
        ...base,
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
        NEXT_MANUAL_SIG_HANDLE: 'true',
        // On SIGTERM: 1 s still serving while readiness says 503, then drain.
        NEWSROOM_DRAIN_DELAY_MS: '1000',
        DATABASE_URI: withName(primaryUri, name),
        DATABASE_READ_REPLICA_URIS: withName(replicaUri, name),
      }, image)
    const urlA = `http://127.0.0.1:${portA}`
    const urlB = `http://127.0.0.1:${portB}`

    // 1. The image's server starts from the build output, is alive before the migrations and ready only after them.
    let started = Date.now()
    const appA = app('app-a', portA)
    children.push(appA)
    const aliveMs = await waitForStatus(appA, `${urlA}/api/health`, 200)
    const notReady = await fetch(`${urlA}/api/health/ready`)
    const notReadyBody = (await notReady.json()) as { reason?: string }
    check('standalone server alive, not ready before migrations', notReady.status === 503 && /migrations|payload_migrations/.test(notReadyBody.reason ?? ''), `/api/health 200 after ${seconds(aliveMs)}; /api/health/ready ${notReady.status} "${notReadyBody.reason}"`)

    started = Date.now()
    await runToEnd('migrate', 'npm', ['run', 'payload', '--', 'migrate'], { ...base, DATABASE_URI: withName(primaryUri, 'migrate') }, ROOT)
    fact(`migrate step: ${seconds(Date.now() - started)}`)
    const readyMs = await waitForStatus(appA, `${urlA}/api/health/ready`, 200, 10_000)
    check('ready once the migrate step is done', true, `/api/health/ready 200 ${readyMs} ms after the migrate step`)

    // The test's own record of who claims each job: a trigger on the jobs table, by application_name.
    await primary.query(`
      create table cluster_job_claims (job_id integer, task text, input jsonb, claimed_by text, at timestamptz default clock_timestamp());
      create function cluster_claim() returns trigger language plpgsql as $$ begin
        if new.processing and not coalesce(old.processing, false) then
          insert into cluster_job_claims (job_id, task, input, claimed_by) values (new.id, new.task_slug::text, new.input, current_setting('application_name'));
        end if;
        return new;
      end $$;
      create trigger cluster_claim after update on payload_jobs for each row execute function cluster_claim();`)

    const appB = app('app-b', portB)
    children.push(appB)
    const worker = start('worker', process.execPath, [path.join(ROOT, 'scripts/run-bundled.mjs'), 'scripts/jobs/worker.ts'], { ...base, DATABASE_URI: withName(primaryUri, 'worker'), DATABASE_READ_REPLICA_URIS: withName(replicaUri, 'worker') }, ROOT)
    children.push(worker)
    // One after the other: run-bundled writes the same bundle file.
    const collector = async (name: string, port: number) => {
      const child = start(name, process.execPath, [path.join(ROOT, 'scripts/run-bundled.mjs'), 'scripts/views/collector.ts', '--port', String(port), '--host', '127.0.0.1'], { ...base, DATABASE_URI: withName(primaryUri, name) }, ROOT)
      children.push(child)
      await waitForLine(child, /collector listening/)
      return child
    }
    const c1 = await collector('collector-1', portC1)
    const c2 = await collector('collector-2', portC2)
    await waitForLine(worker, /\[worker\] running jobs/)
    await waitForStatus(appB, `${urlB}/api/health/ready`, 200)
    fact(`start-up: app-a alive in ${seconds(aliveMs)}; every process up after ${seconds(Date.now() - began)} from the start of the run`)

    // Content: an editor (the seed's --admin-only, as a production database gets its first admin).
    const email = 'cluster-editor@newsroom.test'
    const password = crypto.randomBytes(12).toString('hex')
    await runToEnd('admin', 'npm', ['run', 'seed', '--', '--admin-only'], { ...base, DATABASE_URI: withName(primaryUri, 'seed'), NEWSROOM_ADMIN_EMAIL: email, NEWSROOM_ADMIN_PASSWORD: password }, ROOT)
    const login = await fetch(`${urlA}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
    const { token } = (await login.json()) as { token?: string }
    if (!token) throw new Error(`login failed: ${login.status}`)
    const editor = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const create = async (url: string, title: string, lead: string): Promise<number> => {
      const response = await fetch(`${url}/api/articles?depth=0`, { method: 'POST', headers: editor, body: JSON.stringify({ title, lead, _status: 'published' }) })
      const body = (await response.json()) as { doc?: { id: number } }
      if (!response.ok || !body.doc) throw new Error(`creating "${title}" failed: ${response.status} ${JSON.stringify(body).slice(0, 300)}`)
      return body.doc.id
    }
    const topics = ['Kyiv city council', 'Dnipro river flood', 'Lviv tram network', 'Odesa port grain', 'Kharkiv school repairs', 'Poltava wheat harvest', 'Chernihiv bridge works', 'Zhytomyr hospital budget']
    const articles: number[] = []
    for (const [i, topic] of topics.entries()) articles.push(await create(i % 2 ? urlB : urlA, `${topic} approves new plan`, `${topic}: officials approved the new plan on Monday after a long debate.`))
    const killArticles: number[] = []
    for (let i = 0; i < 4; i++) killArticles.push(await create(urlA, `Load story ${i + 1}`, 'A story read while an instance goes away.'))
    // Let the worker finish the recomputes these queued, so the job check below sees only its own story's.
    await waitForJobs(primary, 60_000)

    // 2. Views: 64 clients over 2 apps and 2 collectors, with repeats and crawlers.
    const targets = [urlA, urlB, `http://127.0.0.1:${portC1}`, `http://127.0.0.1:${portC2}`]
    const names = ['app-a', 'app-b', 'collector-1', 'collector-2']
    const plan = planViews({ clients: 64, articles, targets: targets.length, seed })
    started = Date.now()
    const answers = await sendPlan(plan, targets)
    const loadMs = Date.now() - started
    const countedAnswers = answers.filter((answer) => answer.counted).length
    const expectedTotal = [...plan.expected.values()].reduce((sum, n) => sum + n, 0)
    const unexpected = answers.filter((answer) => answer.status !== 202)
    await sleep(FLUSH_INTERVAL_MS * 3)
    const stored = await viewsOf(primary, articles)
    const wrong = articles.filter((id) => stored.get(id) !== plan.expected.get(id))
    const daily = await primary.query<{ views: string }>(`select coalesce(sum(views), 0) as views from newsroom_views.daily where collection = 'articles' and doc_id = any($1::text[])`, [articles.map(String)])
    fact(`views: ${plan.requests} requests (${plan.repeats} repeats, ${plan.botRequests} from crawlers) from 64 clients in ${seconds(loadMs)} (${Math.round(plan.requests / (loadMs / 1000))}/s), per target: ${names.map((name, i) => `${name} ${answers.filter((a) => a.target === i).length}`).join(', ')}`)
    check('every answer 202', unexpected.length === 0, unexpected.length === 0 ? `${answers.length} answers` : `${unexpected.length} not 202: ${JSON.stringify(unexpected.slice(0, 3))}`)
    check('every countable view counted exactly once', wrong.length === 0 && countedAnswers === expectedTotal && Number(daily.rows[0].views) === expectedTotal,
      `expected ${expectedTotal} (distinct reader × story), answered counted ${countedAnswers}, stored on the stories ${sum(stored)}, in the daily rows ${daily.rows[0].views}${wrong.length ? `; wrong: ${wrong.map((id) => `${id}: ${stored.get(id)} ≠ ${plan.expected.get(id)}`).join(', ')}` : ''}`)

    // 3. A story published on A: related links from one job run, by the worker; readable on B through the replica.
    const beforeClaims = await primary.query<{ n: string }>(`select count(*) as n from cluster_job_claims where claimed_by <> 'worker'`)
    const published = Date.now()
    const story = await create(urlA, 'Kyiv city council approves new water plan', 'Kyiv city council approved the new water plan on Monday after a long debate about the budget.')
    let readableMs = -1
    let notYet = 0
    while (Date.now() - published < 30_000) {
      const response = await fetch(`${urlB}/api/articles/${story}?depth=0`)
      if (response.status === 404) notYet++
      if (response.status === 200) {
        readableMs = Date.now() - published
        break
      }
      await sleep(5)
    }
    const lags = await replicationLags(primary, replica, 5)
    const replicaReaders = await replica.query<{ name: string; n: string }>(`select application_name as name, count(*) as n from pg_stat_activity where application_name like 'app-%' group by 1 order by 1`)
    check('published on A, readable on B through the replica', readableMs >= 0, `GET on app-b answered 200 ${readableMs} ms after the publish on app-a answered, after ${notYet} × 404 while the replica caught up; replica connections: ${replicaReaders.rows.map((row) => `${row.name} ${row.n}`).join(', ') || 'none'} (replication lag, a row written on the primary until the replica shows it: ${lags.join(', ')} ms)`)
    await waitForJobs(primary, 60_000)
    const claims = await primary.query<{ job_id: number; claims: string; by: string }>(
      `select job_id, count(*) as claims, string_agg(claimed_by, ',') as by from cluster_job_claims where task = 'newsroomRelatedRecompute' and input->>'id' = $1 group by job_id`,
      [String(story)],
    )
    const everyJob = await primary.query<{ jobs: string; twice: string; elsewhere: string }>(
      `select count(distinct job_id) as jobs, (select count(*) from (select job_id from cluster_job_claims group by job_id having count(*) > 1) t) as twice,
              count(*) filter (where claimed_by <> 'worker') as elsewhere from cluster_job_claims`,
    )
    const links = await primary.query<{ n: string; distinct_targets: string }>(`select count(*) as n, count(distinct to_id) as distinct_targets from related_links where from_id = $1`, [story])
    const { jobs, twice, elsewhere } = everyJob.rows[0]
    check('its recompute job ran once, on the worker', claims.rows.length >= 1 && claims.rows.every((row) => row.claims === '1' && row.by === 'worker') && twice === '0' && elsewhere === '0' && beforeClaims.rows[0].n === '0',
      `its job(s): ${claims.rows.map((row) => `#${row.job_id} claimed ${row.claims}× by ${row.by}`).join(', ') || 'none'}; over the whole run ${jobs} jobs, claimed twice: ${twice}, by a process other than the worker: ${elsewhere}`)
    check('its related links are there, none twice', Number(links.rows[0].n) > 0 && links.rows[0].n === links.rows[0].distinct_targets, `${links.rows[0].n} links`)

    // 4. Instances going away mid-load: SIGKILL app-a once it has answered views for more than two flush
    // intervals (those must all be stored: without them the check could not fail), SIGTERM app-b 2 s
    // later, load for 2 s more.
    const before = await viewsOf(primary, killArticles)
    const killAnswers: Answer[] = []
    const loadStart = Date.now()
    let killedAt = 0
    let termAt = 0
    let drainingReady = ''
    let loadEnds = Number.POSITIVE_INFINITY
    const bExitedAt = appB.exited.then(() => Date.now())
    const killer = (async () => {
      const settledAnswers = () => killAnswers.filter((answer) => answer.target === 0 && answer.counted && answer.at < Date.now() - 2 * FLUSH_INTERVAL_MS).length
      while (settledAnswers() < 10 && Date.now() - loadStart < 60_000) await sleep(50)
      killedAt = Date.now()
      appA.process.kill('SIGKILL')
      await sleep(2_000)
      termAt = Date.now()
      appB.process.kill('SIGTERM')
      await sleep(200)
      const ready = await fetch(`${urlB}/api/health/ready`).catch(() => null)
      drainingReady = ready ? `${ready.status} ${JSON.stringify(await ready.json())}` : 'no answer'
      loadEnds = Date.now() + 2_000
    })()
    let serial = 0
    await Promise.all(
      Array.from({ length: 64 }, async (_, client) => {
        const target = client % targets.length
        while (Date.now() < loadEnds) {
          // A new reader every time: every answer "counted" must be in the database.
          const n = serial++
          const address = `10.${40 + Math.floor(n / 65_000)}.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`
          const answer = await sendView(targets[target], { address, agent: HUMAN_AGENT, article: killArticles[target], target })
          killAnswers.push({ target, article: killArticles[target], ...answer })
          if (answer.status === 0) await sleep(50)
        }
      }),
    )
    await killer
    const termExit = await appB.exited
    const termLog = appB.output.filter((line) => line.includes('[shutdown]'))
    await sleep(FLUSH_INTERVAL_MS * 3)
    const after = await viewsOf(primary, killArticles)
    const perTarget = names.map((name, target) => {
      const acked = killAnswers.filter((answer) => answer.target === target && answer.counted)
      const storedDelta = (after.get(killArticles[target]) ?? 0) - (before.get(killArticles[target]) ?? 0)
      return { name, acked: acked.length, stored: storedDelta, lost: acked.length - storedDelta, answers: acked }
    })
    for (const row of perTarget) fact(`kill phase, ${row.name}: answered counted ${row.acked}, stored ${row.stored}, lost ${row.lost}`)
    const a = perTarget[0]
    const lastWindow = a.answers.filter((answer) => answer.at > killedAt - FLUSH_INTERVAL_MS).length
    const sinceLastFlushBound = a.answers.filter((answer) => answer.at > killedAt - 2 * FLUSH_INTERVAL_MS).length
    // Without views answered before the window the bound would hold whatever was lost: such a run proves nothing.
    const older = a.acked - sinceLastFlushBound
    check('SIGKILL: loses at most the views answered since its last flush', a.lost >= 0 && a.lost <= sinceLastFlushBound && older > 0,
      `app-a lost ${a.lost} of ${a.acked} answered "counted"; it had answered ${lastWindow} in the last ${FLUSH_INTERVAL_MS} ms and ${sinceLastFlushBound} in the last ${2 * FLUSH_INTERVAL_MS} ms before the kill (bound: one flush interval plus the flush in progress), ${older} earlier (all must be stored${older > 0 ? '' : ': none here, so the run proves nothing'})`)
    const b = perTarget[1]
    check('SIGTERM: drains and writes every view it answered', b.lost === 0 && termExit.code === 0 && drainingReady.startsWith('503'), `readiness 200 ms after SIGTERM: ${drainingReady}; app-b answered ${b.acked} counted, stored ${b.stored}; exit code ${termExit.code} ${termExit.signal ?? ''} ${termAt ? `${(await bExitedAt) - termAt} ms after SIGTERM` : ''}; ${termLog.join(' | ')}`)
    check('collectors lose nothing while apps go away', perTarget[2].lost === 0 && perTarget[3].lost === 0, `collector-1 ${perTarget[2].stored}/${perTarget[2].acked}, collector-2 ${perTarget[3].stored}/${perTarget[3].acked}`)

    // 5. SIGTERM for the rest: each must exit 0 having written what it holds.
    for (const [child, name] of [[c1, 'collector-1'], [c2, 'collector-2'], [worker, 'worker']] as const) {
      const exit = await stop(child, 'SIGTERM')
      check(`${name} stops cleanly on SIGTERM`, exit.code === 0, `exit ${exit.code}${exit.code === 0 ? '' : `\n${tail(child)}`}`)
    }
  } finally {
    await primary.end()
    await replica.end()
  }
}

const sum = (map: Map<number, number>) => [...map.values()].reduce((total, n) => total + n, 0)

async function viewsOf(pool: pg.Pool, ids: number[]): Promise<Map<number, number>> {
  const { rows } = await pool.query<{ id: number; views: string }>('select id, coalesce(views, 0) as views from articles where id = any($1::int[])', [ids])
  return new Map(rows.map((row) => [row.id, Number(row.views)]))
}

/** Milliseconds from a commit on the primary until the replica shows it, `times` times. */
async function replicationLags(primary: pg.Pool, replica: pg.Pool, times: number): Promise<number[]> {
  await primary.query('create table if not exists cluster_lag_probe (n integer primary key)')
  const lags: number[] = []
  for (let n = 1; n <= times; n++) {
    const started = Date.now()
    await primary.query('insert into cluster_lag_probe values ($1)', [n])
    while ((await replica.query('select 1 from cluster_lag_probe where n = $1', [n]).catch(() => ({ rowCount: 0 }))).rowCount === 0) {
      if (Date.now() - started > 30_000) throw new Error('the replica did not catch up within 30 s')
      await sleep(1)
    }
    lags.push(Date.now() - started)
  }
  return lags
}

/** Until no job is queued or running. */
async function waitForJobs(pool: pg.Pool, timeoutMs: number): Promise<void> {
  const started = Date.now()
  for (;;) {
    const { rows } = await pool.query<{ n: string }>(`select count(*) as n from payload_jobs where completed_at is null and coalesce(has_error, false) = false`)
    if (Number(rows[0].n) === 0) return
    if (Date.now() - started > timeoutMs) throw new Error(`${rows[0].n} job(s) still waiting after ${timeoutMs} ms`)
    await sleep(200)
  }
}

try {
  await main()
} catch (error) {
  check('the run completed', false, error instanceof Error ? (error.stack ?? error.message) : String(error))
}
const failed = checks.filter((entry) => !entry.ok)
console.log(`\n=== test:cluster summary (${seconds(Date.now() - began)}, seed ${seed})`)
for (const entry of checks) console.log(`${entry.ok ? 'ok  ' : 'FAIL'} ${entry.name}`)
for (const line of facts) console.log(`     ${line}`)
console.log(`cluster: ${checks.length - failed.length} passed, ${failed.length} failed`)
process.exit(failed.length === 0 ? 0 : 1)
