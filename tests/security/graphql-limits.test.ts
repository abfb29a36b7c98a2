import { configToSchema } from '@payloadcms/graphql'

import { publishedArticle } from '../helpers/fixtures'
import { ApiClient } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'
import { analyseOperation } from '../../src/security/graphql/analyse'
import { defaultGraphQLLimits } from '../../src/security/graphql/guard'
import { withoutSuggestions } from '../../src/security/graphql/suggestions'
import { rateLimit } from '../../collections/security/rateLimit'
import { PEER_HEADER, sealedPeer } from '../../plugins/newsroom/views/clientAddress'
import { ARTICLE_PAGE } from '../helpers/articlePage'

let t: TestPayload
let anonymous: ApiClient
let storyId: number
let storySlug: string
let speakerId: number
/** SQL statements sent by Payload's pool since the test began. */
let statements = 0

/** The query: each level a story's links, each link's target, `levels` times. */
function nested(levels: number, id: number | string = 11): string {
  let inner = 'title'
  for (let level = 0; level < levels; level++) inner = `title relatedLinks(limit: 5) { docs { headline to { ${inner} } } }`
  return `{ Article(id: ${id}) { ${inner} } }`
}

beforeAll(async () => {
  t = await startPayload()
  anonymous = new ApiClient(t.config)
  const p = t.payload
  const speaker = await p.create({ collection: 'people', data: { name: 'Olena Speaker' } })
  speakerId = speaker.id as number
  const targets = []
  for (let index = 0; index < 3; index++) targets.push(await publishedArticle(p, `Earlier story number ${index + 1}`))
  const story = await publishedArticle(p, 'A story with links and quotes', { author: speaker.id, people: [speaker.id] })
  storyId = story.id as number
  storySlug = story.slug as string
  for (const [order, target] of targets.entries()) await p.create({ collection: 'related-links', data: { from: story.id, to: target.id, order } })
  // A join without a limit gets its default limit (10 for Person.quotes), not every document.
  for (let index = 0; index < 12; index++) {
    await p.create({ collection: 'quotes', data: { text: `Quote number ${index + 1}.`, speaker: speaker.id, article: story.id } })
  }

  // Counts what reaches PostgreSQL, so that a refusal can be shown to cost no SQL at all.
  const pool = (p.db as unknown as { pool: { Client: { prototype: { query: (...args: unknown[]) => unknown } } } }).pool
  const query = pool.Client.prototype.query
  pool.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    statements++
    return query.apply(this, args)
  }
})
afterAll(async () => t?.close())

beforeEach(() => {
  statements = 0
})

const messages = (body: { errors?: Array<{ message: string }> }) => (body.errors ?? []).map((error) => error.message).join(' | ')

describe('hostile queries are refused before they reach the database', () => {
  test("the issue's 7-level nested query: 400 naming the depth limit, no SQL", async () => {
    const response = await anonymous.graphql(nested(7, storyId))
    expect(response.status).toBe(400)
    expect(messages(response.body)).toBe('Query depth 23 exceeds the limit of 10 (NEWSROOM_GRAPHQL_MAX_DEPTH)')
    expect(statements).toBe(0)
  })

  test('10 levels too', async () => {
    const response = await anonymous.graphql(nested(10, storyId))
    expect(response.status).toBe(400)
    expect(messages(response.body)).toMatch(/^Query depth 32 exceeds the limit of 10/)
    expect(statements).toBe(0)
  })

  test('within the depth limit, the cost of nested lists is multiplied out', async () => {
    // Depth 8, but 50 stories × 50 links × 50 links: refused by cost, not by depth.
    const query = `{ Articles(limit: 50) { docs { relatedLinks(limit: 50) { docs { to { relatedLinks(limit: 50) { docs { headline } } } } } } } }`
    const response = await anonymous.graphql(query)
    expect(response.status).toBe(400)
    expect(messages(response.body)).toMatch(/^Query cost \d+ exceeds the limit of 8000 \(NEWSROOM_GRAPHQL_MAX_COST\)/)
    expect(statements).toBe(0)
  })

  test('circular fragments: 400, not a stack overflow', async () => {
    const response = await anonymous.graphql(`{ Article(id: ${storyId}) { ...A } } fragment A on Article { title ...B } fragment B on Article { ...A }`)
    expect(response.status).toBe(400)
    expect(messages(response.body)).toMatch(/Cannot spread fragment "A" within itself via "B"/)
    expect(statements).toBe(0)
  })

  test('an unknown fragment: 400', async () => {
    const response = await anonymous.graphql(`{ Article(id: ${storyId}) { ...Missing } }`)
    expect(response.status).toBe(400)
    expect(messages(response.body)).toMatch(/Unknown fragment "Missing"/)
  })

  test('pagination: false, limit 100000 and limit 0 (Payload: everything): 400 naming the maximum', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{ Articles(pagination: false) { docs { title relatedLinks { docs { headline } } } } }', /^pagination: false on Articles asks for every document; .*at most 100, NEWSROOM_MAX_LIMIT/],
      ['{ Articles(limit: 100000) { docs { title } } }', /^limit 100000 on Articles exceeds the maximum of 100 \(NEWSROOM_MAX_LIMIT\)$/],
      ['{ RelatedLinks(limit: 100000) { docs { headline } } }', /^limit 100000 on RelatedLinks exceeds the maximum of 100 \(NEWSROOM_MAX_LIMIT\)$/],
      ['{ Articles(limit: 0) { docs { title } } }', /^limit 0 on Articles must be from 1 to 100/],
      [`{ Article(id: ${storyId}) { relatedLinks(limit: 0) { docs { headline } } } }`, /^limit 0 on relatedLinks must be from 1 to 100/],
      [`{ Person(id: ${speakerId}) { quotes(limit: 5000) { docs { text } } } }`, /^limit 5000 on quotes exceeds the maximum of 100/],
      [`{ Article(id: ${storyId}) { body(depth: 10) } }`, /^depth 10 on body must be from 0 to 3 \(NEWSROOM_MAX_DEPTH\)$/],
    ]
    for (const [query, message] of cases) {
      const response = await anonymous.graphql(query)
      expect([query, response.status]).toEqual([query, 400])
      expect(messages(response.body)).toMatch(message)
    }
    expect(statements).toBe(0)
  })

  test('limits passed as variables are counted', async () => {
    const tooMany = await anonymous.graphql('query ($n: Int) { RelatedLinks(limit: $n) { docs { headline } } }', { n: 100000 })
    expect(tooMany.status).toBe(400)
    expect(messages(tooMany.body)).toBe('limit 100000 on RelatedLinks exceeds the maximum of 100 (NEWSROOM_MAX_LIMIT)')
    const noPages = await anonymous.graphql('query ($all: Boolean) { Articles(pagination: $all) { docs { title } } }', { all: false })
    expect(noPages.status).toBe(400)

    const query = 'query ($stories: Int, $links: Int) { Articles(limit: $stories) { docs { title relatedLinks(limit: $links) { docs { headline to { title slug } } } } } }'
    const expensive = await anonymous.graphql(query, { stories: 100, links: 50 })
    expect(expensive.status).toBe(400)
    expect(messages(expensive.body)).toMatch(/^Query cost \d+ exceeds the limit of 8000/)
    expect(statements).toBe(0)

    const modest = await anonymous.graphql(query, { stories: 2, links: 5 })
    expect(modest.status).toBe(200)
    expect(modest.body.errors).toBeUndefined()
    expect(modest.body.data.Articles.docs).toHaveLength(2)
  })

  test('a join whose limit is a variable without a value is refused, since Payload would fetch every document', async () => {
    const response = await anonymous.graphql(`query ($n: Int) { Article(id: ${storyId}) { relatedLinks(limit: $n) { docs { headline } } } }`)
    expect(response.status).toBe(400)
    expect(messages(response.body)).toMatch(/^limit on relatedLinks is the variable \$n, which has no value/)
  })

  test('malformed, oversized and over-long bodies: 400 and 413 with a message', async () => {
    const malformed = await anonymous.graphqlRaw('{"query": ')
    expect(malformed.status).toBe(400)
    expect(messages(malformed.body)).toMatch(/must be JSON/)
    expect((await anonymous.graphqlRaw('null')).status).toBe(400)
    expect((await anonymous.graphqlRaw('{"query": 42}')).status).toBe(400)
    expect((await anonymous.graphqlRaw('{"query": "{ Articles { totalDocs } }", "variables": [1]}')).status).toBe(400)

    const huge = await anonymous.graphqlRaw(JSON.stringify({ query: `{ Articles { totalDocs } } # ${'x'.repeat(40_000)}` }))
    expect(huge.status).toBe(413)
    expect(messages(huge.body)).toMatch(/exceeds the limit of 32768 bytes \(NEWSROOM_GRAPHQL_MAX_BODY_BYTES\)/)

    const manyTokens = await anonymous.graphql(`{ Articles { docs { ${'title '.repeat(2500)} } } }`)
    expect(manyTokens.status).toBe(400)
    expect(messages(manyTokens.body)).toBe('Query has more than 2000 tokens, the limit (NEWSROOM_GRAPHQL_MAX_TOKENS)')
    expect(statements).toBe(0)
  })
})

describe('the documented expensive-but-legitimate queries stay allowed', () => {
  test('the README article page', async () => {
    const response = await anonymous.graphql(ARTICLE_PAGE, { slug: storySlug })
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
    const [article] = response.body.data.Articles.docs
    expect(article.title).toBe('A story with links and quotes')
    expect(article.relatedLinks.docs.map((link: { to: { title: string } }) => link.to.title)).toEqual([
      'Earlier story number 1',
      'Earlier story number 2',
      'Earlier story number 3',
    ])
    expect(article.quotes.docs).toHaveLength(10)
    // The counter the refusals are checked with does see a query that runs.
    expect(statements).toBeGreaterThan(0)
  })

  test('the README curl example', async () => {
    const response = await anonymous.graphql('{ Articles(limit: 1) { docs { title views author { name } relatedLinks { docs { headline to { publishedAt views } } } } } }')
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.Articles.docs).toHaveLength(1)
  })

  test('mostReadArticles and relatedArticles', async () => {
    const mostRead = await anonymous.graphql('{ mostReadArticles(period: ALL, limit: 100) { rank views article { title slug } } }')
    expect(mostRead.status).toBe(200)
    expect(mostRead.body.errors).toBeUndefined()
    expect(Array.isArray(mostRead.body.data.mostReadArticles)).toBe(true)

    const related = await anonymous.graphql('query ($slug: String) { relatedArticles(slug: $slug, limit: 5) { headline to { title slug } } }', { slug: storySlug })
    expect(related.status).toBe(200)
    expect(related.body.errors).toBeUndefined()
    expect(related.body.data.relatedArticles.map((link: { headline: string }) => link.headline)).toEqual([
      'Earlier story number 1',
      'Earlier story number 2',
      'Earlier story number 3',
    ])
  })

  test('a join without a limit returns its default page (Person.quotes: 10) and says there is more', async () => {
    const response = await anonymous.graphql(`{ Person(id: ${speakerId}) { quotes { docs { text } hasNextPage } } }`)
    expect(response.status).toBe(200)
    expect(response.body.data.Person.quotes.docs).toHaveLength(10)
    expect(response.body.data.Person.quotes.hasNextPage).toBe(true)
    const all = await anonymous.graphql(`{ Person(id: ${speakerId}) { quotes(limit: 20) { docs { text } hasNextPage } } }`)
    expect(all.body.data.Person.quotes.docs).toHaveLength(12)
    expect(all.body.data.Person.quotes.hasNextPage).toBe(false)
  })
})

describe('suggestions and rate limit', () => {
  test('in production, "Did you mean" suggestions are stripped from every message', async () => {
    const typo = '{ Articles(limt: 2) { docs { titl } } }'
    const development = await anonymous.graphql(typo)
    expect(development.status).toBe(400)
    expect(messages(development.body)).toMatch(/Did you mean "title"\?/)

    const production = anonymous.withGuard({ rateLimit: false, stripSuggestions: true })
    const stripped = await production.graphql(typo)
    expect(stripped.status).toBe(400)
    expect(messages(stripped.body)).toBe('Unknown argument "limt" on field "Query.Articles". | Cannot query field "titl" on type "Article".')
    const enumTypo = await production.graphql('query ($p: ViewPeriod) { mostReadArticles(period: $p) { rank } }', { p: 'WEK' })
    expect(enumTypo.status).toBe(400)
    expect(messages(enumTypo.body)).not.toMatch(/Did you mean|WEEK/)
  })

  test('withoutSuggestions keeps the rest of the message', () => {
    expect(withoutSuggestions('Cannot query field "titl" on type "Article". Did you mean "title" or "slug"?')).toBe('Cannot query field "titl" on type "Article".')
    expect(withoutSuggestions('Value "WEK" does not exist in "ViewPeriod" enum. Did you mean the enum value "WEEK"?')).toBe('Value "WEK" does not exist in "ViewPeriod" enum.')
  })

  test('the rate limit answers 429 with Retry-After, per client address', async () => {
    const limited = anonymous.withGuard({ rateLimit: rateLimit({ name: 'graphql-test', points: 3, durationSeconds: 60 }) })
    const query = '{ Articles(limit: 1) { totalDocs } }'
    const first = { [PEER_HEADER]: sealedPeer('203.0.113.7') }
    for (let index = 0; index < 3; index++) expect((await limited.graphql(query, undefined, first)).status).toBe(200)
    const refused = await limited.graphqlRaw(JSON.stringify({ query }), first)
    expect(refused.status).toBe(429)
    expect(messages(refused.body)).toMatch(/^Too many GraphQL requests \(NEWSROOM_RATE_GRAPHQL_PER_MINUTE\): try again in \d+ s$/)
    // Another reader is not held back by the first.
    expect((await limited.graphql(query, undefined, { [PEER_HEADER]: sealedPeer('203.0.113.8') })).status).toBe(200)
  })

  test('429 carries a Retry-After header', async () => {
    const { guardGraphQL } = await import('../../src/security/graphql/guard')
    const handler = guardGraphQL(async () => Response.json({ data: {} }), t.config, { rateLimit: rateLimit({ name: 'graphql-header-test', points: 1, durationSeconds: 60 }) })
    const request = () => new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })
    expect((await handler(request())).status).toBe(200)
    const refused = await handler(request())
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('the analysis itself stays cheap', () => {
  test('fragments spread many times over many levels are measured once each, not walked exponentially', () => {
    const { schema } = configToSchema(t.config)
    const levels = 12
    const fragments = []
    for (let level = 0; level < levels; level++) {
      const next = level + 1 < levels ? `relatedLinks(limit: 1) { docs { to { ${Array.from({ length: 30 }, () => `...F${level + 1}`).join(' ')} } } }` : ''
      fragments.push(`fragment F${level} on Article { title ${next} }`)
    }
    const query = `{ Article(id: 1) { ...F0 } } ${fragments.join(' ')}`
    const analysis = analyseOperation(schema, { query }, { ...defaultGraphQLLimits(), maxTokens: 10_000 })
    expect(analysis.ok).toBe(false)
    expect(analysis.ok ? '' : analysis.messages.join()).toMatch(/^Query depth \d+ exceeds the limit of 10/)
  })
})

describe('heavy reads take turns', () => {
  test('a heavy operation waits for its turn (503 when the queue is full); a light one never waits', async () => {
    const { costGate } = await import('../../src/security/graphql/costGate')
    const gate = costGate(1, 0)
    const occupied = await gate.enter(1)
    const client = anonymous.withGuard({ rateLimit: false, gate })
    const heavy = await client.graphql('{ Articles(limit: 15) { docs { title relatedLinks(limit: 5) { docs { headline to { title } } } } } }')
    expect(heavy.status).toBe(503)
    expect(messages(heavy.body)).toBe('The server is busy with other expensive reads (0 waiting, NEWSROOM_HEAVY_MAX_WAITING): try again in 1 s')
    const light = await client.graphql(ARTICLE_PAGE, { slug: storySlug })
    expect(light.status).toBe(200)
    occupied!()
    expect((await client.graphql('{ Articles(limit: 15) { docs { title relatedLinks(limit: 5) { docs { headline to { title } } } } } }')).status).toBe(200)
  })

  test('restReadWeight: documents × depth', async () => {
    const { restReadWeight } = await import('../../src/security/heavyReads')
    expect(restReadWeight(new URL('http://x/api/articles/12'))).toBe(2)
    expect(restReadWeight(new URL('http://x/api/articles?where[slug][equals]=a&depth=2'))).toBe(20)
    expect(restReadWeight(new URL('http://x/api/articles?limit=100&depth=2'))).toBe(200)
    expect(restReadWeight(new URL('http://x/api/articles?limit=100&depth=0'))).toBe(100)
  })
})

describe('the cost gate', () => {
  test('runs operations while their cost fits the budget, the rest in arrival order, and turns away the overflow', async () => {
    const { costGate } = await import('../../src/security/graphql/costGate')
    const gate = costGate(100, 2)
    const order: string[] = []
    const first = await gate.enter(80)
    expect(first).not.toBeNull()
    const heavy = gate.enter(90).then((release) => (order.push('heavy'), release))
    // A cheap one that would fit does not overtake the heavy one that came first.
    const cheap = gate.enter(10).then((release) => (order.push('cheap'), release))
    expect(await gate.enter(5)).toBeNull()
    expect([gate.inFlight, gate.waiting]).toEqual([80, 2])
    first!()
    const releaseHeavy = await heavy
    const releaseCheap = await cheap
    expect(order).toEqual(['heavy', 'cheap'])
    expect(gate.inFlight).toBe(100)
    releaseHeavy!()
    releaseCheap!()
    expect(gate.inFlight).toBe(0)
    // Over the budget alone: it runs (the cost limit, not the gate, refuses).
    const huge = await gate.enter(1000)
    expect(huge).not.toBeNull()
    huge!()
  })
})
