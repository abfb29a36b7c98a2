import type { Payload } from 'payload'

import { api } from './http'
import { lexical, PARIS, runRelatedJobs, type SecondApp, startApp, STORM } from './app'
import { scratchDatabase } from './database'

let database: Awaited<ReturnType<typeof scratchDatabase>>
let app: SecondApp
let payload: Payload
let authors: Record<'petrenko' | 'kovalenko', number>

async function publish(heading: string, text: string, extra: Record<string, unknown> = {}) {
  const post = await payload.create({
    collection: 'posts',
    data: { heading, summary: text, content: lexical(text, `${text} More on this later.`), publishedAt: new Date().toISOString(), _status: 'published', ...extra } as never,
    depth: 0,
  })
  return post.id as number
}

const targetsOf = async (id: number) =>
  (await payload.find({ collection: 'related-links', where: { from: { equals: id } }, sort: 'order', depth: 0, limit: 50 })).docs.map((link) => (link as Record<string, unknown>).to)

beforeAll(async () => {
  database = await scratchDatabase()
  app = await startApp(database.uri)
  payload = app.payload
  const author = async (name: string, aliases: string[] = []) => (await payload.create({ collection: 'authors', data: { name, aliases } })).id as number
  authors = { petrenko: await author('Olena Petrenko', ['O. Petrenko']), kovalenko: await author('Taras Kovalenko') }
})
afterAll(async () => {
  await app?.close()
  await database?.drop()
})

test('published posts get related links from the fields the options map, through REST and GraphQL', async () => {
  const first = await publish('Paris talks on security guarantees', PARIS, { topics: ['diplomacy'], writtenBy: authors.kovalenko })
  const storm = await publish('Winter storm closes western roads', STORM, { topics: ['weather'] })
  await runRelatedJobs(payload)
  const follow = await publish('Security guarantees for Ukraine agreed in Paris', `${PARIS} Olena Petrenko said the force is ready.`, { topics: ['diplomacy'] })
  const draft = await payload.create({ collection: 'posts', data: { heading: 'Paris security guarantees draft', summary: PARIS, content: lexical(PARIS), _status: 'draft' } as never })
  await runRelatedJobs(payload)

  // The follow-up links to the earlier story on the same talks, and back (a backlink); the storm and the draft are left out.
  expect(await targetsOf(follow)).toEqual([first])
  expect(await targetsOf(first)).toEqual([follow])
  expect(await targetsOf(storm)).toEqual([])
  expect(await targetsOf(draft.id as number)).toEqual([])

  const [link] = (await payload.find({ collection: 'related-links', where: { from: { equals: follow } }, depth: 0 })).docs as Array<Record<string, any>>
  expect(link).toMatchObject({ origin: 'auto', headline: 'Paris talks on security guarantees' })
  expect(link.score).toBeGreaterThan(0.05)
  expect(link.reasons.sharedTags).toEqual(['diplomacy'])
  expect(link.reasons.sharedTerms.length).toBeGreaterThan(0)

  // The author named in the text is added to the post's `mentions` (the plugin's `people`).
  const followed = await payload.findByID({ collection: 'posts', id: follow, depth: 0 })
  expect(followed.mentions).toEqual([authors.petrenko])

  const http = api(payload.config)
  const rest = await http.get(`/posts/related/${follow}?limit=3`)
  expect(rest.status).toBe(200)
  expect(rest.body.docs.map((entry: { to: { id: number; heading: string } }) => [entry.to.id, entry.to.heading])).toEqual([[first, 'Paris talks on security guarantees']])
  expect((await http.get('/posts/related/999999')).status).toBe(404)

  const graphql = await http.graphql(`{ relatedArticles(id: "${follow}", collection: "posts", limit: 3) { headline score to { ... on Post { id heading } } } }`)
  expect(graphql.errors).toBeUndefined()
  expect(graphql.data.relatedArticles).toEqual([{ headline: 'Paris talks on security guarantees', score: link.score, to: { id: first, heading: 'Paris talks on security guarantees' } }])
})
