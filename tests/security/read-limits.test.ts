import pg from 'pg'

import { createStaff, PASSWORD, publishedArticle } from '../helpers/fixtures'
import { ApiClient } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'
import { readLimitProblem } from '../../src/security/readLimits'
import { isStatementTimeout } from '../../src/security/statementTimeout'

// This file's Payload cancels any statement running over a second (scripts and other tests run without).
process.env.NEWSROOM_STATEMENT_TIMEOUT_MS = '1000'

let t: TestPayload
let anonymous: ApiClient
let storyId: number

beforeAll(async () => {
  t = await startPayload()
  await createStaff(t.payload)
  anonymous = new ApiClient(t.config)
  const p = t.payload
  const targets = []
  for (let index = 0; index < 3; index++) targets.push(await publishedArticle(p, `Background story ${index + 1}`))
  const story = await publishedArticle(p, 'The story readers open')
  storyId = story.id as number
  for (const [order, target] of targets.entries()) await p.create({ collection: 'related-links', data: { from: story.id, to: target.id, order } })
})
afterAll(async () => t?.close())

const message = (body: { errors?: Array<{ message: string }> }) => body.errors?.[0]?.message

describe('REST reads ask for at most the maximum', () => {
  test('limit=100000&depth=1 (the issue): 400 naming the maximum', async () => {
    const response = await anonymous.get('/articles?limit=100000&depth=1')
    expect(response.status).toBe(400)
    expect(message(response.body)).toBe('limit 100000 exceeds the maximum of 100 (NEWSROOM_MAX_LIMIT)')
  })

  test('limit=0 and pagination=false (both mean "everything" to Payload): 400', async () => {
    const zero = await anonymous.get('/articles?limit=0')
    expect(zero.status).toBe(400)
    expect(message(zero.body)).toMatch(/^limit 0 asks for every document; give a limit from 1 to 100/)
    const unpaged = await anonymous.get('/related-links?pagination=false')
    expect(unpaged.status).toBe(400)
    expect(message(unpaged.body)).toMatch(/^pagination=false asks for every document/)
    expect((await anonymous.get('/articles?limit=abc')).status).toBe(400)
  })

  test('join limits: joins[relatedLinks][limit]=100000 is refused, 10 is served', async () => {
    const tooMany = await anonymous.get(`/articles/${storyId}`, { joins: { relatedLinks: { limit: 100000 } } })
    expect(tooMany.status).toBe(400)
    expect(message(tooMany.body)).toBe('joins[relatedLinks][limit] 100000 exceeds the maximum of 100 (NEWSROOM_MAX_LIMIT)')
    const everything = await anonymous.get('/articles', { joins: { quotes: { limit: 0 } } })
    expect(everything.status).toBe(400)
    const fine = await anonymous.get(`/articles/${storyId}`, { joins: { relatedLinks: { limit: 10 } } })
    expect(fine.status).toBe(200)
    expect(fine.body.relatedLinks.docs).toHaveLength(3)
  })

  test('depth over the maximum (3) is refused; the documented article page (depth=2) is served', async () => {
    const deep = await anonymous.get('/articles?depth=10')
    expect(deep.status).toBe(400)
    expect(message(deep.body)).toBe('depth 10 exceeds the maximum of 3 (NEWSROOM_MAX_DEPTH)')
    const page = await anonymous.get('/articles?where[slug][equals]=the-story-readers-open&depth=2')
    expect(page.status).toBe(200)
    expect(page.body.docs[0].relatedLinks.docs.map((link: { to: { title: string } }) => link.to.title)).toEqual([
      'Background story 1',
      'Background story 2',
      'Background story 3',
    ])
    expect((await anonymous.get('/related-links?limit=100&depth=1')).status).toBe(200)
  })

  test('the Local API is never limited', async () => {
    const all = await t.payload.find({ collection: 'articles', pagination: false, depth: 5 })
    expect(all.docs).toHaveLength(4)
    expect((await t.payload.find({ collection: 'articles', limit: 100000 })).docs).toHaveLength(4)
  })

  test("writes are not reads: the admin's bulk delete (limit=0) still works", async () => {
    const editor = await ApiClient.login(t.config, 'editor@newsroom.test', PASSWORD)
    const quote = await t.payload.create({ collection: 'quotes', data: { text: 'To be deleted in bulk.', attribution: 'a spokesperson' } })
    const response = await editor.delete('/quotes', { limit: 0, where: { id: { in: [quote.id] } } })
    expect(response.status).toBe(200)
    expect(response.body.docs).toHaveLength(1)
    // Signed in, the same limits hold for reads.
    expect((await editor.get('/articles?limit=100000')).status).toBe(400)
  })

  test('signed-in staff may read 250 at a time (the admin populates relationships so), the public 100', async () => {
    const editor = await ApiClient.login(t.config, 'editor@newsroom.test', PASSWORD)
    expect((await editor.get('/articles?limit=250&depth=0')).status).toBe(200)
    const over = await editor.get('/articles?limit=251&depth=0')
    expect({ status: over.status, message: over.body.errors?.[0]?.message }).toEqual({ status: 400, message: 'limit 251 exceeds the maximum of 250 (NEWSROOM_MAX_LIMIT_SIGNED_IN)' })
    expect((await anonymous.get('/articles?limit=250&depth=0')).status).toBe(400)
  })

  test('readLimitProblem accepts what a frontend and the admin send', () => {
    const limits = { maxLimit: 100, maxDepth: 3 }
    expect(readLimitProblem({}, limits)).toBeNull()
    expect(readLimitProblem({ limit: '100', page: '3', depth: '2', joins: { relatedLinks: { limit: '50', sort: 'order' } } }, limits)).toBeNull()
    expect(readLimitProblem({ joins: 'false' }, limits)).toBeNull()
    expect(readLimitProblem({ limit: '101' }, limits)).toBe('limit 101 exceeds the maximum of 100 (NEWSROOM_MAX_LIMIT)')
    expect(readLimitProblem({ depth: '-1' }, limits)).toMatch(/^depth must be a whole number from 0 to 3/)
  })
})

describe('statement timeout', () => {
  test('a statement PostgreSQL cancels after NEWSROOM_STATEMENT_TIMEOUT_MS answers 503 with a message, not 500', async () => {
    // Another session holds the table, so the read waits until the timeout cancels it.
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await blocker.connect()
    try {
      await blocker.query('BEGIN')
      await blocker.query('LOCK TABLE articles IN ACCESS EXCLUSIVE MODE')
      const response = await anonymous.get('/articles?limit=5')
      expect(response.status).toBe(503)
      expect(message(response.body)).toBe(
        'The database took longer than 1000 ms to answer and the request was cancelled (NEWSROOM_STATEMENT_TIMEOUT_MS): ask for less, or try again later',
      )
      const graphql = await anonymous.graphql('{ Articles(limit: 5) { docs { title } } }')
      expect(graphql.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^The database took longer than 1000 ms/), extensions: { statusCode: 503 } })
    } finally {
      await blocker.query('ROLLBACK')
      await blocker.end()
    }
    expect((await anonymous.get('/articles?limit=5')).status).toBe(200)
  })

  test('isStatementTimeout finds SQLSTATE 57014 wrapped by drizzle or GraphQL', () => {
    expect(isStatementTimeout({ originalError: { cause: { code: '57014' } } })).toBe(true)
    expect(isStatementTimeout(new Error('other', { cause: { code: '23505' } }))).toBe(false)
  })
})
