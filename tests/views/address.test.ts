// Who a beacon is from, over real sockets, and how many beacons an address may send.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { handleBeacon } from '../../plugins/newsroom/views/beacon'
import { stampPeerAddresses } from '../../plugins/newsroom/views/clientAddress'
import { ViewCounter } from '../../plugins/newsroom/views/counter'
import { viewsRoute } from '../../plugins/newsroom/views/next/route'
import { BeaconRateLimit } from '../../plugins/newsroom/views/rateLimit'
import { counterFor, requestAddress } from '../../plugins/newsroom/views/runtime'
import { publishedArticle } from '../helpers/fixtures'
import { ApiClient } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'
import { beaconClient, peer, visitor } from './beacon'

/** Loopback is two addresses here: 127.0.0.2 plays the trusted proxy, 127.0.0.1 a client that is not. */
const PROXY = '127.0.0.2'
const CLIENT = '127.0.0.1'

let context: TestPayload
let server: http.Server
let port: number
const counters: ViewCounter[] = []
let current: ViewCounter
/** A counter like the app's, with 127.0.0.2 as its only trusted proxy and its own beacon limit. */
let makeCounter: (beaconPerMinute: number) => ViewCounter

beforeAll(async () => {
  context = await startPayload()
  const app = await counterFor(context.payload)
  makeCounter = (beaconPerMinute) => {
    const counter = new ViewCounter(app.pool, [...app.targets.values()], { ...app.options, trustedProxies: [PROXY], beaconPerMinute })
    counters.push(counter)
    return counter
  }
  current = makeCounter(100_000)
  stampPeerAddresses()
  // A Node server that hands each request on as a web Request, as Next.js does: the handler sees
  // headers only, among them the peer header stamped on arrival.
  server = http.createServer((incoming, response) => {
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
    const request = new Request(`http://localhost${incoming.url}`, { method: incoming.method, headers })
    const id = new URL(request.url).searchParams.get('id') ?? ''
    void Promise.resolve(handleBeacon(current, { collection: 'articles', by: 'id', value: id, header: (name) => request.headers.get(name), body: '' })).then((result) => {
      response.writeHead(result.status, { 'content-type': 'application/json', ...result.headers })
      response.end(JSON.stringify(result.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  for (const counter of counters) await counter.stop()
  await context?.close()
})

function send(id: number | string, from: string, headers: Record<string, string>): Promise<{ status: number; body: any; retryAfter: null | string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, localAddress: from, path: `/views?id=${id}`, method: 'POST', headers: { 'content-length': '0', ...headers }, agent: false }, (response) => {
      let text = ''
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text), retryAfter: (response.headers['retry-after'] as string | undefined) ?? null }))
    })
    request.on('error', reject)
    request.end()
  })
}

const randomAddress = (n: number) => `198.51.${(n * 37) % 256}.${(n % 250) + 1}`
const stored = async (id: number | string) => Number((await current.pool.query('select views from articles where id = $1', [id])).rows[0].views)

describe('the client address over real sockets', () => {
  it('does not believe a forged X-Forwarded-For from an untrusted socket, and believes a trusted proxy', async () => {
    const [spoofed, forwarded, forgedPeer] = await Promise.all([1, 2, 3].map((n) => publishedArticle(context.payload, `Address ${n}`)))
    const answers = { spoofed: 0, forwarded: 0, forgedPeer: 0 }
    for (let n = 0; n < 60; n++) {
      if ((await send(spoofed.id, CLIENT, { 'user-agent': visitor(1), 'x-forwarded-for': randomAddress(n) })).body.counted) answers.spoofed++
      if ((await send(forwarded.id, PROXY, { 'user-agent': visitor(1), 'x-forwarded-for': randomAddress(n) })).body.counted) answers.forwarded++
      // The peer header written by the client is overwritten on arrival; its own seal would not match anyway.
      if ((await send(forgedPeer.id, CLIENT, { 'user-agent': visitor(1), 'x-forwarded-for': randomAddress(n), ...peer(PROXY), 'x-newsroom-peer': `${PROXY}` })).body.counted) answers.forgedPeer++
    }
    expect(answers).toEqual({ spoofed: 1, forwarded: 60, forgedPeer: 1 })
    await current.flush()
    expect([await stored(spoofed.id), await stored(forwarded.id), await stored(forgedPeer.id)]).toEqual([1, 60, 1])
  })

  it('answers 429 with Retry-After beyond the limit per address, and counts none of those', async () => {
    current = makeCounter(5)
    const article = await publishedArticle(context.payload, 'Rate limited')
    const from = (address: string, n: number) => send(article.id, PROXY, { 'user-agent': visitor(100 + n), 'x-forwarded-for': address })
    const first = []
    for (let n = 0; n < 8; n++) first.push(await from('198.51.100.9', n))
    expect(first.map((answer) => answer.status)).toEqual([202, 202, 202, 202, 202, 429, 429, 429])
    expect(first[5].body.errors[0].message).toMatch(/^Too many view beacons from this address \(at most 5 a minute\): try again in \d+ s$/)
    expect(Number(first[5].retryAfter)).toBeGreaterThanOrEqual(1)
    expect(Number(first[5].retryAfter)).toBeLessThanOrEqual(60)
    // Another reader behind the same proxy has an allowance of its own; so has the proxy's own socket.
    expect((await from('198.51.100.10', 20)).status).toBe(202)
    expect((await send(article.id, CLIENT, { 'user-agent': visitor(30), 'x-forwarded-for': '198.51.100.9' })).status).toBe(202)
    await current.flush()
    expect(await stored(article.id)).toBe(7)
  })
})

describe('the address for the app rate limits', () => {
  it('is the beacon address, by the trusted proxies of the views options (loopback here)', () => {
    const request = (headers: Record<string, string>) => Object.assign(new Request('http://localhost/api/graphql', { headers }), { payload: context.payload })
    expect(requestAddress(request({ ...peer('127.0.0.1'), 'x-forwarded-for': '203.0.113.1, 198.51.100.3' }))).toBe('198.51.100.3')
    expect(requestAddress(request({ ...peer('203.0.113.9'), 'x-forwarded-for': '198.51.100.3' }))).toBe('203.0.113.9')
    expect(requestAddress(request({ 'x-forwarded-for': '198.51.100.3' }))).toBe('unknown')
  })
})

describe('the rate limit on every way in', () => {
  it('is the same answer from the Payload endpoint, the Next.js route and GraphQL', async () => {
    const app = await counterFor(context.payload)
    const saved = app.rateLimit
    Object.assign(app, { rateLimit: new BeaconRateLimit(2) })
    try {
      const article = await publishedArticle(context.payload, 'Limited everywhere')
      const beacon = beaconClient(context.config)
      const { POST } = viewsRoute(context.config)
      const statuses: number[] = []
      for (let n = 0; n < 3; n++) statuses.push((await beacon(`/articles/${article.id}/view`, { headers: { 'user-agent': visitor(200 + n), ...peer('203.0.113.50') } })).status)
      const limited = await beacon(`/articles/${article.id}/view`, { headers: { 'user-agent': visitor(209), ...peer('203.0.113.50') } })
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(limited.body.errors[0].message).toMatch(/at most 2 a minute/)
      const route = await POST(new Request(`http://localhost/views?collection=articles&id=${article.id}`, { method: 'POST', headers: { 'user-agent': visitor(210), ...peer('203.0.113.50') } }))
      expect([route.status, route.headers.get('retry-after')]).toEqual([429, expect.stringMatching(/^\d+$/)])
      // Another address is not held back by this one.
      const other = await POST(new Request(`http://localhost/views?collection=articles&id=${article.id}`, { method: 'POST', headers: { 'user-agent': visitor(211), ...peer('203.0.113.51') } }))
      expect(other.status).toBe(202)
      // GraphQL without the socket stamp: the unknown address, limited like any other.
      const graphql = new ApiClient(context.config)
      const mutation = `mutation { trackView(id: "${article.id}") { counted } }`
      const first = await graphql.graphql(mutation)
      expect(first.body.errors).toBeUndefined()
      await graphql.graphql(mutation)
      const third = await graphql.graphql(mutation)
      expect(third.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Too many view beacons/), extensions: { statusCode: 429 } })
      expect(statuses).toEqual([202, 202, 429])
    } finally {
      Object.assign(app, { rateLimit: saved })
    }
  })
})
