import { rebuildRelated, type RebuildProgress } from '@newsroom/plugin'
import type { Payload } from 'payload'

import { lexical, type SecondApp, startApp } from './app'
import { query, scratchDatabase } from './database'
import { api } from './http'

// Switching the plugin on for a collection that already has documents: they were saved while it was
// off (`disabled: true`), so no job linked them; `rebuildRelated` (what `related:rebuild` runs) fills
// the index and their links while the app goes on serving.
let database: Awaited<ReturnType<typeof scratchDatabase>>
let app: SecondApp | undefined

afterAll(async () => {
  await app?.close()
  await database?.drop()
})

const PARIS = 'Leaders meet in Paris to coordinate security guarantees for Ukraine and a multinational force after a ceasefire.'
const STORM = 'A winter storm brings heavy snow and icy roads to western regions, and trains run late.'

const publish = (payload: Payload, heading: string, text: string, topics: string[]) =>
  payload.create({ collection: 'posts', data: { heading, summary: text, content: lexical(text), topics, _status: 'published' } as never, depth: 0 }).then((post) => post.id as number)

const columns = () =>
  query<{ table_name: string; column_name: string; data_type: string }>(database.uri, `select table_name, column_name, data_type from information_schema.columns where table_schema = 'public' order by 1, 2`)

const linksOf = async (payload: Payload, id: number) =>
  (await payload.find({ collection: 'related-links', where: { from: { equals: id } }, sort: 'order', depth: 0 })).docs.map((link) => (link as Record<string, unknown>).to)

test('posts saved while the plugin was off get indexed and linked by rebuildRelated, with the same schema and the app serving', async () => {
  database = await scratchDatabase()
  const before = await startApp(database.uri, { disabled: true, key: 'disabled' })
  const first = await publish(before.payload, 'Paris talks on security guarantees', PARIS, ['diplomacy'])
  const second = await publish(before.payload, 'Security guarantees for Ukraine agreed in Paris', `${PARIS} The force is ready.`, ['diplomacy'])
  const storm = await publish(before.payload, 'Winter storm closes western roads', STORM, ['weather'])
  // Off means off: nothing queued, nothing indexed, no links.
  expect((await before.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)
  expect((await before.payload.count({ collection: 'related-links' })).totalDocs).toBe(0)
  expect(await query(database.uri, `select to_regclass('newsroom_related.docs') as docs`)).toEqual([{ docs: null }])
  const schemaWhileOff = await columns()
  await before.close()

  app = await startApp(database.uri)
  const { payload } = app
  // The switch moves no column: an app that runs on migrations needs none for it.
  expect(await columns()).toEqual(schemaWhileOff)
  expect(await linksOf(payload, second)).toEqual([])

  const progress: RebuildProgress[] = []
  const http = api(payload.config)
  const rebuilding = rebuildRelated(payload, payload.config.custom.newsroomRelated, { onProgress: (step) => progress.push(step) })
  // Readers are answered while it runs.
  const during = await Promise.all([http.get(`/posts/related/${first}`), http.get('/posts/most-read?period=all&doc=false')])
  expect(during.map((response) => response.status)).toEqual([200, 200])
  expect(await rebuilding).toEqual({ indexed: 3, linked: 3 })

  expect(progress.filter((step) => step.done === step.total)).toEqual([
    { collection: 'posts', phase: 'index', done: 3, total: 3 },
    { collection: 'posts', phase: 'links', done: 3, total: 3 },
  ])
  expect((await query<{ n: number }>(database.uri, `select count(*)::int as n from newsroom_related.docs where collection = 'posts'`))[0].n).toBe(3)
  expect(await linksOf(payload, second)).toEqual([first])
  expect(await linksOf(payload, first)).toEqual([second])
  expect(await linksOf(payload, storm)).toEqual([])
  expect((await http.get(`/posts/related/${second}`)).body.docs.map((entry: { to: { id: number } }) => entry.to.id)).toEqual([first])

  // Run again, it rewrites the same links in place.
  expect(await rebuildRelated(payload, payload.config.custom.newsroomRelated)).toEqual({ indexed: 3, linked: 3 })
  expect(await linksOf(payload, second)).toEqual([first])
  expect((await payload.count({ collection: 'related-links' })).totalDocs).toBe(2)
})
