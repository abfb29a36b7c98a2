import { rebuildRelated, type RebuildProgress } from '@newsroom/plugin'

import { linksOf, PARIS, publish, type SecondApp, startApp, STORM } from './app'
import { query, scratchDatabase } from './database'
import { api, reader } from './http'

// Switching the plugin on for a collection that already has documents: they were saved while it was
// off (`disabled: true`), so no job linked them; `rebuildRelated` (what `related:rebuild` runs) fills
// the index and their links while the app goes on serving.
let database: Awaited<ReturnType<typeof scratchDatabase>>
let app: SecondApp | undefined

afterAll(async () => {
  await app?.close()
  await database?.drop()
})

const columns = () =>
  query<{ table_name: string; column_name: string; data_type: string }>(database.uri, `select table_name, column_name, data_type from information_schema.columns where table_schema = 'public' order by 1, 2`)

/** Posts with nothing in common, so that the rebuild runs in several batches while readers come. */
const FILLERS = 50
const filler = (n: number) => `Item ${n}: ${['harbour', 'orchard', 'violin', 'glacier', 'bakery', 'comet', 'tram', 'meadow', 'lantern', 'quarry'][n % 10]} ${n * 7919}`

test('posts saved while the plugin was off get indexed and linked by rebuildRelated, with the same schema and the app serving', async () => {
  database = await scratchDatabase()
  const before = await startApp(database.uri, { disabled: true, key: 'disabled' })
  const first = await publish(before.payload, 'Paris talks on security guarantees', PARIS, ['diplomacy'])
  const second = await publish(before.payload, 'Security guarantees for Ukraine agreed in Paris', `${PARIS} The force is ready.`, ['diplomacy'])
  const storm = await publish(before.payload, 'Winter storm closes western roads', STORM, ['weather'])
  for (let n = 0; n < FILLERS; n++) await publish(before.payload, filler(n), filler(n), [])
  const total = FILLERS + 3
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
  let finished = false
  const served: Array<Promise<{ status: number; whileRebuilding: boolean }>> = []
  const answered = (request: Promise<{ status: number }>) => request.then(({ status }) => ({ status, whileRebuilding: !finished }))
  const rebuilding = rebuildRelated(payload, payload.config.custom.newsroomRelated, {
    batchSize: 10,
    onProgress: (step) => {
      progress.push(step)
      // Readers and their beacons are answered while it runs (from its first batch of ten it has ten more to go).
      if (progress.length === 1) {
        served.push(answered(http.get(`/posts/related/${first}`)), answered(http.get('/posts/most-read?period=all&doc=false')), answered(http.beacon(`/posts/${first}/view`, reader(1))))
      }
    },
  }).finally(() => (finished = true))
  expect(await rebuilding).toEqual({ indexed: total, linked: total })
  expect(await Promise.all(served)).toEqual([200, 200, 202].map((status) => ({ status, whileRebuilding: true })))

  expect(progress.filter((step) => step.done === step.total)).toEqual([
    { collection: 'posts', phase: 'index', done: total, total },
    { collection: 'posts', phase: 'links', done: total, total },
  ])
  expect((await query<{ n: number }>(database.uri, `select count(*)::int as n from newsroom_related.docs where collection = 'posts'`))[0].n).toBe(total)
  expect(await linksOf(payload, second)).toEqual([first])
  expect(await linksOf(payload, first)).toEqual([second])
  expect(await linksOf(payload, storm)).toEqual([])
  expect((await http.get(`/posts/related/${second}`)).body.docs.map((entry: { to: { id: number } }) => entry.to.id)).toEqual([first])

  // Run again, it rewrites the same links in place.
  const links = (await payload.count({ collection: 'related-links' })).totalDocs
  expect(await rebuildRelated(payload, payload.config.custom.newsroomRelated)).toEqual({ indexed: total, linked: total })
  expect(await linksOf(payload, second)).toEqual([first])
  expect((await payload.count({ collection: 'related-links' })).totalDocs).toBe(links)
})

