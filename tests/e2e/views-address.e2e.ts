// A real Next.js server (`next dev`, or the production build with NEWSROOM_E2E_NEXT=start; server.ts):
// a client that forges X-Forwarded-For is counted by its socket address on every way in through
// Next.js; a trusted proxy's X-Forwarded-For is believed.
import crypto from 'node:crypto'
import http from 'node:http'

import { createFreshDatabase, dropDatabase, serverURI, withDatabase } from '../helpers/database'
import { visitor } from '../views/beacon'
import { type E2EServer, startServer } from './server'

/** Loopback is two addresses here: 127.0.0.2 is the trusted proxy, 127.0.0.1 a client that is not. */
const PROXY = '127.0.0.2'
const CLIENT = '127.0.0.1'
const BEACONS = 200

let server: E2EServer
let base: string
let database: string

beforeAll(async () => {
  database = await createFreshDatabase('newsroom_e2e_address')
  server = await startServer(
    {
      DATABASE_URI: withDatabase(serverURI(), database),
      NEWSROOM_TRUSTED_PROXIES: PROXY,
      // This test is about addresses; the rate limit has tests of its own.
      NEWSROOM_RATE_BEACON_PER_MINUTE: '100000',
    },
    // On 127.0.0.1 itself, so that requests can come from 127.0.0.1 and 127.0.0.2.
    { hostname: CLIENT, readyPath: '/api/articles?limit=1&depth=0', timeoutMs: 280_000 },
  )
  base = server.url
}, 300_000)

afterAll(async () => {
  await server?.stop()
  if (database) await dropDatabase(database).catch(() => {})
})

/** One HTTP request from a chosen local address, so the server sees that socket address. */
function send(method: string, path: string, from: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}${path}`, { method, localAddress: from, headers: { 'content-length': '0', ...headers }, agent: false }, (response) => {
      let text = ''
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => {
        let body: unknown = text
        try {
          body = JSON.parse(text)
        } catch {
          // not JSON
        }
        resolve({ status: response.statusCode ?? 0, body })
      })
    })
    request.on('error', reject)
    request.end()
  })
}

// Random, and never the same twice in a run (each trusted forwarded address must be a new reader).
const offset = crypto.randomInt(0, 1 << 16)
let sent = 0
const randomAddress = () => {
  const n = (offset + sent++) % (1 << 16)
  return `10.${crypto.randomInt(0, 256)}.${n >> 8}.${n & 255}`
}

async function beacons(path: string, from: string, agent: (n: number) => string, extra: (n: number) => Record<string, string> = () => ({})): Promise<number> {
  let counted = 0
  for (let n = 0; n < BEACONS; n++) {
    const answer = await send('POST', path, from, { 'user-agent': agent(n), 'x-forwarded-for': randomAddress(), ...extra(n) })
    expect(answer.status).toBe(202)
    if (answer.body.counted) counted++
  }
  return counted
}

test('a spoofed X-Forwarded-For from an untrusted socket is not believed; a trusted proxy is', async () => {
  const list = await send('GET', '/api/articles?where[_status][equals]=published&limit=7&depth=0&sort=id', CLIENT)
  const ids = (list.body.docs as Array<{ id: number }>).map((doc) => doc.id)
  expect(ids.length).toBe(7)
  const sameReader = () => visitor(1)
  const viewsNow = () => Promise.all(ids.map(async (id) => Number((await send('GET', `/api/articles/${id}?depth=0`, CLIENT)).body.views ?? 0)))
  const before = await viewsNow()

  // The untrusted client, one browser, a new forged address every time: one reader on every way in.
  const untrusted = {
    route: await beacons(`/views?collection=articles&id=${ids[0]}`, CLIENT, sameReader),
    path: await beacons(`/views/articles/${ids[1]}`, CLIENT, sameReader),
    payload: await beacons(`/api/articles/${ids[2]}/view`, CLIENT, sameReader),
    // Nor does a forged peer header help: it is overwritten, and its seal is the server's secret.
    forgedPeer: await beacons(`/views?collection=articles&id=${ids[3]}`, CLIENT, sameReader, () => ({ 'x-newsroom-peer': `x ${randomAddress()}` })),
  }
  // The trusted proxy forwards a different reader every time: each one counts.
  const trusted = {
    route: await beacons(`/views?collection=articles&id=${ids[4]}`, PROXY, sameReader),
    path: await beacons(`/views/articles/${ids[5]}`, PROXY, sameReader),
    payload: await beacons(`/api/articles/${ids[6]}/view`, PROXY, sameReader),
  }
  expect({ untrusted, trusted }).toEqual({
    untrusted: { route: 1, path: 1, payload: 1, forgedPeer: 1 },
    trusted: { route: BEACONS, path: BEACONS, payload: BEACONS },
  })

  // What was answered is what is stored, once written (about every second).
  const expected = [1, 1, 1, 1, BEACONS, BEACONS, BEACONS]
  const deadline = Date.now() + 30_000
  let stored: number[] = []
  do {
    await new Promise((resolve) => setTimeout(resolve, 500))
    stored = (await viewsNow()).map((views, at) => views - before[at])
  } while (stored.join() !== expected.join() && Date.now() < deadline)
  expect(stored).toEqual(expected)
}, 600_000)
