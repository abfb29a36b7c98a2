import { parse } from 'graphql'

import { publishedArticle } from '../helpers/fixtures'
import { ApiClient } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'
import { DocumentCache } from '../../src/security/graphql/analyse'
import { graphqlPOST, payloadGraphQL, prepareOperation } from '../../src/security/graphql/handler'

let t: TestPayload
let handler: (request: Request) => Promise<Response>

beforeAll(async () => {
  t = await startPayload()
  handler = graphqlPOST(t.config)
  await publishedArticle(t.payload, 'The one story of the handler tests')
})
afterAll(async () => t?.close())

const post = (query: string) => new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })

async function answer(request: Request) {
  const response = await handler(request)
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { statusCode?: number } }> } }
}

describe("the GraphQL handler behind the guard (Payload's, without a second validation)", () => {
  // An unused variable breaks one of graphql's rules (NoUnusedVariables) and changes nothing when it runs.
  const unusedVariable = 'query ($unused: Int) { Articles(limit: 1) { docs { title } } }'

  it("validates by graphql's rules what nobody prepared, as Payload does", async () => {
    const { body } = await answer(post(unusedVariable))
    expect(body.data).toBeUndefined()
    expect(body.errors?.map((error) => error.message)).toEqual(['Variable "$unused" is never used.'])
  })

  it("runs a prepared operation without validating it again by graphql's rules", async () => {
    const query = unusedVariable
    const { status, body } = await answer(prepareOperation(post(query), parse(query), { query }))
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.Articles.docs).toEqual([{ title: 'The one story of the handler tests' }])
  })

  it("still applies Payload's own rules (its complexity limit) to a prepared operation", async () => {
    // Each alias costs 13 by Payload's estimate (a relationship field counts 10): 700 of them pass 8,000.
    const query = `{ ${Array.from({ length: 700 }, (_, n) => `a${n}: Articles(limit: 1) { docs { author { id } } }`).join(' ')} }`
    const { body } = await answer(prepareOperation(post(query), parse(query), { query }))
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0]?.message).toMatch(/complexity/i)
  })

  it('answers errors raised while running in the shape Payload gives them', async () => {
    const query = '{ Article(id: 999999) { title } }'
    const { body } = await answer(prepareOperation(post(query), parse(query), { query }))
    expect(body.errors?.[0]).toMatchObject({ message: 'Not Found', extensions: { statusCode: 404 }, path: ['Article'] })
  })
})

describe('the cache of parsed and validated documents', () => {
  const schema = () => payloadGraphQL(t.config).schema

  it('keeps the outcome of a text, refusals included, and gives back the same document', () => {
    const cache = new DocumentCache(10_000)
    const first = cache.check(schema(), '{ Articles(limit: 1) { docs { title } } }', 2000)
    const second = cache.check(schema(), '{ Articles(limit: 1) { docs { title } } }', 2000)
    expect(first.ok).toBe(true)
    expect(second).toBe(first)
    const refused = cache.check(schema(), '{ Articles { docs { nope } } }', 2000)
    expect(refused).toEqual({ ok: false, messages: ['Cannot query field "nope" on type "Article".'] })
    expect(cache.check(schema(), '{ Articles { docs { nope } } }', 2000)).toBe(refused)
    // The token limit is part of what was checked.
    expect(cache.check(schema(), '{ Articles(limit: 1) { docs { title } } }', 5)).toMatchObject({ ok: false })
  })

  it('holds at most its size in query text, forgetting the least recently used', () => {
    const texts = Array.from({ length: 4 }, (_, n) => `{ Articles(limit: ${n + 1}) { docs { title } } }`)
    const cache = new DocumentCache(texts[0]!.length * 3 + 20)
    const kept = texts.map((text) => cache.check(schema(), text, 2000))
    // The first text was evicted by the fourth: checked anew, a new document; the last is still the same.
    expect(cache.check(schema(), texts[0]!, 2000)).not.toBe(kept[0])
    expect(cache.check(schema(), texts[3]!, 2000)).toBe(kept[3])
    // A text longer than the whole cache is checked every time and never kept.
    const small = new DocumentCache(10)
    const long = '{ Articles(limit: 1) { docs { title } } }'
    expect(small.check(schema(), long, 2000)).not.toBe(small.check(schema(), long, 2000))
  })

  it('lets the guard answer a repeated query the same as the first time, and a refusal the same too', async () => {
    const reader = new ApiClient(t.config)
    const query = 'query Story($limit: Int) { Articles(limit: $limit) { docs { title } } }'
    const results = [await reader.graphql(query, { limit: 1 }), await reader.graphql(query, { limit: 1 }), await reader.graphql(query, { limit: 1000 })]
    expect(results[0]!.body).toEqual(results[1]!.body)
    expect(results[0]!.body.data.Articles.docs).toHaveLength(1)
    // Same text, other variables: the read limits are checked per request, not cached with the text.
    expect(results[2]!.status).toBe(400)
    expect(results[2]!.body.errors?.[0]?.message).toMatch(/limit 1000 on Articles exceeds the maximum/)
  })
})
