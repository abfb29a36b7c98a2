// The collector stopped with SIGTERM while views pour in: every view it answered "counted" is written.
import { type ChildProcess, spawn } from 'node:child_process'

import { publishedArticle } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'
import { visitor } from './beacon'
import { load, sleep, totalViews } from './load'
import { SCRIPT_NODE_OPTIONS } from '../helpers/nodeOptions'

describe('the collector stopped with SIGTERM under load', () => {
  let context: TestPayload
  let child: ChildProcess | undefined

  beforeAll(async () => {
    context = await startPayload()
  })
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL')
    await context.close()
  })

  it('answers every view it counted and writes all of them before exiting', async () => {
    const payload = context.payload
    const articles = await Promise.all([1, 2, 3].map((n) => publishedArticle(payload, `Read until shutdown ${n}`)))
    // As `npm run views:collector` runs it, but node itself, not npm: the signal must reach the collector, not a wrapper.
    child = spawn(process.execPath, ['scripts/run-bundled.mjs', 'scripts/views/collector.ts', '--port', '0', '--host', '127.0.0.1'], {
      env: { ...process.env, NODE_OPTIONS: SCRIPT_NODE_OPTIONS },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const exited = new Promise<number | null>((resolve) => child?.on('exit', (code) => resolve(code)))
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`collector did not start:\n${output}`)), 120_000)
      const read = (chunk: Buffer) => {
        output += chunk.toString()
        const match = output.match(/listening on (http:\/\/[^\s]+)/)
        if (match) {
          clearTimeout(timer)
          resolve(match[1])
        }
      }
      child?.stdout?.on('data', read)
      child?.stderr?.on('data', read)
    })

    // Bad requests get a 4xx naming the problem; none brings the collector down.
    const post = (path: string, body?: string) => fetch(`${url}${path}`, { method: 'POST', headers: { 'user-agent': visitor(0) }, body })
    const answers = await Promise.all([
      post('/views/articles/%E0%A4%A'),
      post('/views/nope/1'),
      post('/views/articles/abc'),
      post('/views/articles/99999'),
      post(`/views/articles/${articles[0].id}`, 'x'.repeat(5000)),
      post('/elsewhere'),
      post('/views?collection=articles&id=abc'),
      post('/views?collection=articles'),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([400, 404, 400, 404, 413, 404, 400, 404])
    expect(((await answers[1].json()) as { errors: Array<{ message: string }> }).errors[0].message).toMatch(/Views of "nope" are not tracked/)
    expect((await fetch(`${url}/health`)).status).toBe(200)

    let signalled = false
    const counting = load(
      32,
      async (n) => {
        try {
          // Both URL forms: the story in the path, and in the query.
          const id = articles[n % articles.length].id
          const response = await fetch(n % 2 ? `${url}/views?collection=articles&id=${id}` : `${url}/views/articles/${id}`, { method: 'POST', headers: { 'user-agent': visitor(n) } })
          const body = (await response.json()) as { counted?: boolean }
          return response.status === 202 && body.counted === true
        } catch {
          // Refused once the collector stopped listening: the load is over.
          return signalled ? null : false
        }
      },
      () => false,
    )
    await sleep(1500)
    signalled = true
    child.kill('SIGTERM')
    const counted = await counting
    expect(await exited).toBe(0)
    expect(output).toMatch(/every view written/)
    expect(counted).toBeGreaterThan(100)
    expect(await totalViews(payload, articles.map((article) => article.id))).toBe(counted)
  }, 240_000)
})

