// The per-client GraphQL cost budget, over real sockets: a Node server hands each request to the
// app's guarded GraphQL route as Next.js does, with the peer address stamped on arrival, so the
// client address comes from X-Forwarded-For sent through loopback (the default trusted proxy).
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { configToSchema } from '@payloadcms/graphql'

import { stampPeerAddresses } from '../../plugins/newsroom/views/clientAddress'
import { FRONTEND_HEADER, frontendCheck, inProcessFrontendToken } from '../../src/security/frontend'
import { analyseOperation } from '../../src/security/graphql/analyse'
import { defaultGraphQLLimits, type GraphQLGuardOptions, guardGraphQL } from '../../src/security/graphql/guard'
import { graphqlPOST } from '../../src/security/graphql/handler'
import { answeringClientErrors } from '../../src/security/input/graphqlRoute'
import { readSecurityLimits, SecurityConfigError, securityLimits } from '../../collections/security/limits'
import { rateLimit } from '../../collections/security/rateLimit'
import { publishedArticle } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'
import { ARTICLE_PAGE } from '../helpers/articlePage'

const SECRET = 'frontend-secret-for-the-test-0123'

let t: TestPayload
let slug: string
let pageCost: number
const servers: http.Server[] = []

beforeAll(async () => {
  t = await startPayload()
  const story = await publishedArticle(t.payload, 'A story a reader opens')
  const target = await publishedArticle(t.payload, 'An earlier story')
  await t.payload.create({ collection: 'related-links', data: { from: story.id, to: target.id, order: 1 } })
  slug = story.slug as string
  const analysis = analyseOperation(configToSchema(t.config).schema, { query: ARTICLE_PAGE, variables: { slug } }, defaultGraphQLLimits())
  if (!analysis.ok) throw new Error(analysis.messages.join('; '))
  pageCost = analysis.cost
  stampPeerAddresses()
}, 60_000)

afterAll(async () => {
  for (const server of servers) await new Promise((resolve) => server.close(resolve))
  await t?.close()
})

/** A server for the guarded route with these options; its URL. */
async function serve(options: GraphQLGuardOptions): Promise<string> {
  const route = guardGraphQL(answeringClientErrors(graphqlPOST(t.config)), t.config, { rateLimit: false, ...options })
  const server = http.createServer((incoming, response) => {
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      void route(new Request(`http://localhost${incoming.url}`, { method: 'POST', headers, body: Buffer.concat(chunks) })).then(async (answer) => {
        response.writeHead(answer.status, Object.fromEntries(answer.headers))
        response.end(Buffer.from(await answer.arrayBuffer()))
      })
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/graphql`
}

async function page(url: string, from: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...headers },
    body: JSON.stringify({ query: ARTICLE_PAGE, variables: { slug } }),
  })
  const body = (await response.json()) as { data?: { Articles: { docs: Array<{ slug: string }> } }; errors?: Array<{ message: string }> }
  return { status: response.status, body, retryAfter: response.headers.get('retry-after') }
}

describe('the GraphQL cost budget', () => {
  test.each(['memory', 'postgres'] as const)('a client past its budget gets 429 naming it; other clients and the frontend go on (%s store)', async (store) => {
    // Room for two article pages a minute and not a third.
    const budget = rateLimit({ name: `graphql_cost_test_${store}`, points: Math.floor(pageCost * 2.5), durationSeconds: 60, store })
    const url = await serve({ costBudget: budget, isFrontend: frontendCheck({ secret: SECRET, addresses: ['192.0.2.0/24'] }) })

    for (let n = 0; n < 2; n++) {
      const allowed = await page(url, '203.0.113.10')
      expect(allowed.status).toBe(200)
      expect(allowed.body.data?.Articles.docs[0].slug).toBe(slug)
    }
    const started = Date.now()
    const refused = await page(url, '203.0.113.10')
    // Answered after a pause (NEWSROOM_RATE_REFUSAL_DELAY_MS, 1 s), so a client looping on refusals sends one a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(refused.status).toBe(429)
    expect(refused.body.errors?.[0].message).toMatch(
      new RegExp(
        `^Too much GraphQL work from this address: at most ${budget.points} cost per minute \\(NEWSROOM_RATE_GRAPHQL_COST_PER_MINUTE\\), and this query costs ${pageCost}; try again in \\d+ s$`,
      ),
    )
    expect(Number(refused.retryAfter)).toBeGreaterThan(0)
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60)

    // Another reader is not held back by the first.
    expect((await page(url, '203.0.113.11')).status).toBe(200)

    // The frontend renders every reader's page: by its secret or its address it is never throttled,
    // while a wrong secret is an ordinary client.
    for (let n = 0; n < 6; n++) {
      expect((await page(url, '203.0.113.10', { [FRONTEND_HEADER]: SECRET })).status).toBe(200)
      expect((await page(url, '192.0.2.5')).status).toBe(200)
    }
    expect((await page(url, '203.0.113.10', { [FRONTEND_HEADER]: `${SECRET}x` })).status).toBe(429)
    expect((await page(url, '198.51.100.7', { [FRONTEND_HEADER]: 'not the secret at all' })).status).toBe(200)
  })

  test('the documented article page stays allowed at a realistic reading rate under the default budget', async () => {
    const perMinute = securityLimits().rate.graphqlCostPerMinute
    // A reader opening a page every 20 s spends a third of the budget or less.
    expect(pageCost * 3).toBeLessThanOrEqual(perMinute / 3)
    const url = await serve({})
    for (let n = 0; n < 3; n++) expect((await page(url, '203.0.113.20')).status).toBe(200)
    // Someone clicking through faster still gets several more pages in the same minute before the budget says stop.
    let extra = 0
    while ((await page(url, '203.0.113.20')).status === 200) extra++
    expect(extra).toBe(Math.floor((perMinute - 3 * pageCost) / pageCost))
    expect(extra).toBeGreaterThanOrEqual(5)
  })
})

describe("the site's in-process calls", () => {
  test('carry a per-process token that the check believes, with no secret or address configured; a guess is not believed', () => {
    const check = frontendCheck({ addresses: [] })
    const token = inProcessFrontendToken()
    expect(token).toBe(inProcessFrontendToken())
    expect(token.length).toBeGreaterThanOrEqual(40)
    expect(check(new Headers({ [FRONTEND_HEADER]: token }), 'unknown')).toBe(true)
    expect(check(new Headers({ [FRONTEND_HEADER]: `${token}x` }), 'unknown')).toBe(false)
    expect(check(new Headers({ [FRONTEND_HEADER]: '' }), '203.0.113.9')).toBe(false)
    expect(check(new Headers(), '203.0.113.9')).toBe(false)
  })
})

describe('its configuration', () => {
  test('defaults, and values that cannot work stop start-up', () => {
    expect(readSecurityLimits({}).rate.graphqlCostPerMinute).toBe(12_000)
    expect(readSecurityLimits({}).rate.refusalDelayMs).toBe(1_000)
    expect(readSecurityLimits({ NEWSROOM_RATE_REFUSAL_DELAY_MS: '0' }).rate.refusalDelayMs).toBe(0)
    expect(readSecurityLimits({}).frontend).toEqual({ secret: undefined, addresses: [] })
    expect(readSecurityLimits({ NEWSROOM_FRONTEND_ADDRESSES: 'loopback, 10.0.0.0/8' }).frontend.addresses).toEqual(['loopback', '10.0.0.0/8'])
    expect(() => readSecurityLimits({ NEWSROOM_RATE_GRAPHQL_COST_PER_MINUTE: '5000' })).toThrow(
      /NEWSROOM_RATE_GRAPHQL_COST_PER_MINUTE \(5000\) must be at least NEWSROOM_GRAPHQL_MAX_COST \(8000\)/,
    )
    expect(() => readSecurityLimits({ NEWSROOM_FRONTEND_SECRET: 'short' })).toThrow(SecurityConfigError)
    expect(() => frontendCheck({ addresses: ['not-an-address'] })).toThrow(/NEWSROOM_FRONTEND_ADDRESSES must list addresses or subnets/)
  })
})
