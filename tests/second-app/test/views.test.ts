import type { Payload } from 'payload'

import { lexical, type SecondApp, startApp } from './app'
import { scratchDatabase } from './database'
import { api, reader } from './http'

let database: Awaited<ReturnType<typeof scratchDatabase>>
let app: SecondApp
let payload: Payload
let http: ReturnType<typeof api>

beforeAll(async () => {
  database = await scratchDatabase()
  app = await startApp(database.uri)
  payload = app.payload
  http = api(payload.config)
})
afterAll(async () => {
  await app?.close()
  await database?.drop()
})

const publish = async (heading: string) =>
  (await payload.create({ collection: 'posts', data: { heading, content: lexical(`${heading}.`), _status: 'published' } as never, depth: 0 })).id as number

/** Waits for the counter's next flush (every 100 ms in this app) to reach the post's `views`. */
async function viewsOf(id: number, expected: number): Promise<number> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const { views } = (await payload.findByID({ collection: 'posts', id, depth: 0 })) as { views?: number }
    if (views === expected || Date.now() > deadline) return views ?? 0
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

test('beacons count views on posts once per reader, and most-read answers for posts over REST and GraphQL', async () => {
  const popular = await publish('Popular post')
  const quiet = await publish('Quiet post')
  const unread = await publish('Unread post')
  const draft = (await payload.create({ collection: 'posts', data: { heading: 'Draft post', _status: 'draft' } as never })).id as number

  for (const n of [1, 2, 3]) expect(await http.beacon(`/posts/${popular}/view`, reader(n))).toEqual({ status: 202, body: { counted: true } })
  // The same reader again within the window is not counted twice.
  expect(await http.beacon(`/posts/${popular}/view`, reader(1))).toEqual({ status: 202, body: { counted: false, reason: 'duplicate' } })
  expect((await http.beacon(`/posts/${quiet}/view`, reader(1))).body).toEqual({ counted: true })
  expect((await http.beacon(`/posts/${draft}/view`, reader(1))).status).toBe(404)
  // A slug field was switched off for posts (`slugField: false`).
  expect((await http.beacon('/posts/slug/popular-post/view', reader(4))).status).toBe(404)

  expect(await viewsOf(popular, 3)).toBe(3)
  expect(await viewsOf(quiet, 1)).toBe(1)
  expect(await viewsOf(unread, 0)).toBe(0)

  const day = await http.get('/posts/most-read?period=day&limit=5&doc=false')
  expect(day.status).toBe(200)
  expect(day.body).toMatchObject({ collection: 'posts', period: 'day' })
  // The title is the collection's own `useAsTitle`, `heading`.
  expect(day.body.docs).toEqual([
    { rank: 1, id: popular, title: 'Popular post', slug: null, views: 3 },
    { rank: 2, id: quiet, title: 'Quiet post', slug: null, views: 1 },
  ])
  expect((await http.get('/posts/most-read?period=year')).status).toBe(400)

  const graphql = await http.graphql('{ mostReadPosts(period: WEEK, limit: 5) { rank views post { id heading } } }')
  expect(graphql.errors).toBeUndefined()
  expect(graphql.data.mostReadPosts).toEqual([
    { rank: 1, views: 3, post: { id: popular, heading: 'Popular post' } },
    { rank: 2, views: 1, post: { id: quiet, heading: 'Quiet post' } },
  ])

  const tracked = await http.graphql(`mutation { trackView(collection: "posts", id: "${quiet}") { counted reason } }`)
  expect(tracked.data.trackView).toEqual({ counted: true, reason: null })
  expect(await viewsOf(quiet, 2)).toBe(2)

  const daily = await http.get(`/posts/${popular}/views/daily?days=7`)
  expect(daily.body).toMatchObject({ collection: 'posts', id: String(popular), total: 3, periodTotal: 3 })
})
