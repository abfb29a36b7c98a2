import type { Payload } from 'payload'

import type { ViewCounter } from '../../plugins/newsroom/views/counter'
import { counterFor } from '../../plugins/newsroom/views/runtime'
import { createStaff, PASSWORD, publishedArticle, type Staff } from '../helpers/fixtures'
import { ApiClient } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'
import { beaconClient, visitor } from './beacon'

let context: TestPayload
let payload: Payload
let staff: Staff
let counter: ViewCounter
let editor: ApiClient
let beacon: ReturnType<typeof beaconClient>
let reader = 0

beforeAll(async () => {
  context = await startPayload()
  payload = context.payload
  staff = await createStaff(payload)
  counter = await counterFor(payload)
  editor = await ApiClient.login(context.config, staff.editor.email, PASSWORD)
  beacon = beaconClient(context.config)
})
afterAll(() => context.close())

/** `n` readers' views through the real beacon endpoint, written to the database. */
async function read(id: number | string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const answer = await beacon(`/articles/${id}/view`, { headers: { 'user-agent': visitor(++reader) } })
    expect(answer.body).toEqual({ counted: true })
  }
  await counter.flush()
}

type Doc = { id: number | string; views?: null | number }
const countsOf = (docs: Doc[]) => docs.map((doc) => [doc.id, doc.views])

/** The count of each story as every read path answers it, with and without drafts. */
async function everyPath(ids: Array<number | string>, sortedExpected: Array<[number | string, number]>) {
  const where = { id: { in: ids } }
  const expectedById = new Map(sortedExpected)
  for (const draft of [false, true]) {
    const label = `draft=${draft}`
    // REST find sorted by views, as the admin list sends it, and findByID.
    const list = await editor.get('/articles', { where, sort: '-views', depth: 0, limit: 10, draft: String(draft) })
    expect([label, 'REST sort', countsOf(list.body.docs)]).toEqual([label, 'REST sort', sortedExpected])
    for (const id of ids) {
      const one = await editor.get(`/articles/${id}`, { depth: 0, draft: String(draft) })
      expect([label, 'REST findByID', id, one.body.views]).toEqual([label, 'REST findByID', id, expectedById.get(id)])
    }
    // GraphQL, sorted and by id.
    // GraphQL's id operator has no `in`: the stories are the only ones in this database.
    const gql = await editor.graphql(`query ($draft: Boolean) {
      Articles(sort: "-views", draft: $draft) { docs { id views } }
    }`, { draft })
    expect(gql.body.errors).toBeUndefined()
    expect([label, 'GraphQL sort', countsOf(gql.body.data.Articles.docs)]).toEqual([label, 'GraphQL sort', sortedExpected])
    for (const id of ids) {
      const one = await editor.graphql(`query ($id: Int!, $draft: Boolean) { Article(id: $id, draft: $draft) { views } }`, { id, draft })
      expect([label, 'GraphQL byID', id, one.body.data?.Article?.views]).toEqual([label, 'GraphQL byID', id, expectedById.get(id)])
    }
    // The Local API, which the admin list view itself calls (`draft: true`, sorted by the column).
    const local = await payload.find({ collection: 'articles', where, sort: '-views', depth: 0, draft })
    expect([label, 'Local sort', countsOf(local.docs as Doc[])]).toEqual([label, 'Local sort', sortedExpected])
    for (const id of ids) {
      const one = await payload.findByID({ collection: 'articles', id, depth: 0, draft })
      expect([label, 'Local findByID', id, one.views]).toEqual([label, 'Local findByID', id, expectedById.get(id)])
    }
  }
  // The latest version of each story (the versions list and the version the edit view starts from).
  for (const id of ids) {
    const versions = await editor.get('/articles/versions', { where: { parent: { equals: id }, latest: { equals: true } }, depth: 0 })
    expect(versions.body.docs).toHaveLength(1)
    expect(['latest version', id, versions.body.docs[0].version.views]).toEqual(['latest version', id, expectedById.get(id)])
  }
}

describe('counts are current on every read path', () => {
  it('with and without drafts, after counting, after a draft save and after publishing again', async () => {
    const quiet = await publishedArticle(payload, 'The quiet story')
    const busy = await publishedArticle(payload, 'The busy story')
    const edited = await publishedArticle(payload, 'The edited story')
    // A draft over the published story: its latest version row is the draft, which counting used to skip.
    await payload.update({ collection: 'articles', id: edited.id, data: { title: 'The edited story, draft' } as never, draft: true })
    const ids = [quiet.id, busy.id, edited.id]

    await read(quiet.id, 1)
    await read(busy.id, 4)
    await read(edited.id, 2)
    await everyPath(ids, [[busy.id, 4], [edited.id, 2], [quiet.id, 1]])

    // The quiet story overtakes the others: the sort must follow the live numbers, not the saved ones.
    await read(quiet.id, 5)
    await everyPath(ids, [[quiet.id, 6], [busy.id, 4], [edited.id, 2]])

    // An editor's draft save through REST writes a new version row; it carries the live count, not
    // the one the editor's form held, and counting goes on into it.
    const saved = await editor.patch(`/articles/${edited.id}?draft=true`, { title: 'The edited story, second draft', views: 0 })
    expect(saved.status).toBe(200)
    await read(edited.id, 5)
    await everyPath(ids, [[edited.id, 7], [quiet.id, 6], [busy.id, 4]])

    // Publishing the draft keeps the count as well.
    const published = await editor.patch(`/articles/${edited.id}`, { _status: 'published' })
    expect(published.status).toBe(200)
    await read(busy.id, 4)
    await everyPath(ids, [[busy.id, 8], [edited.id, 7], [quiet.id, 6]])
  })
})
