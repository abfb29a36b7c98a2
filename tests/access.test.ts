import { ApiClient } from './helpers/http'
import { createStaff, draftArticle, PASSWORD, publishedArticle, type Staff } from './helpers/fixtures'
import { startPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
let staff: Staff
let anonymous: ApiClient
let author: ApiClient
let author2: ApiClient
let editor: ApiClient
let admin: ApiClient

beforeAll(async () => {
  t = await startPayload()
  staff = await createStaff(t.payload)
  anonymous = new ApiClient(t.config)
  author = await ApiClient.login(t.config, staff.author.email, PASSWORD)
  author2 = await ApiClient.login(t.config, staff.author2.email, PASSWORD)
  editor = await ApiClient.login(t.config, staff.editor.email, PASSWORD)
  admin = await ApiClient.login(t.config, staff.admin.email, PASSWORD)
})
afterAll(async () => t?.close())

describe('anonymous readers', () => {
  test('see published articles and never drafts, by list, by id, by draft flag or over GraphQL', async () => {
    const published = await publishedArticle(t.payload, 'Published for everyone')
    const draft = await draftArticle(t.payload, 'Secret draft')

    const list = await anonymous.get('/articles', { limit: 100 })
    expect(list.status).toBe(200)
    const titles = list.body.docs.map((doc: { title: string }) => doc.title)
    expect(titles).toContain('Published for everyone')
    expect(titles).not.toContain('Secret draft')

    expect((await anonymous.get(`/articles/${published.id}`)).status).toBe(200)
    expect((await anonymous.get(`/articles/${draft.id}`)).status).toBe(404)
    expect((await anonymous.get(`/articles/${draft.id}`, { draft: 'true' })).status).toBe(404)
    const drafts = await anonymous.get('/articles', { draft: 'true', limit: 100 })
    expect(drafts.body.docs.map((doc: { title: string }) => doc.title)).not.toContain('Secret draft')

    const gql = await anonymous.graphql(`{ Articles(limit: 100, draft: true) { docs { title } } Article(id: ${draft.id}, draft: true) { title } }`)
    expect(gql.body.data?.Articles.docs.map((doc: { title: string }) => doc.title)).not.toContain('Secret draft')
    expect(gql.body.data?.Article ?? null).toBeNull()
  })

  test('do not see the newest draft of a published article', async () => {
    const article = await publishedArticle(t.payload, 'Live headline')
    await t.payload.update({ collection: 'articles', id: article.id, data: { title: 'Unreleased rewrite' }, draft: true })
    const seen = await anonymous.get(`/articles/${article.id}`, { draft: 'true' })
    expect(seen.status).toBe(200)
    expect(seen.body.title).toBe('Live headline')
  })

  test('cannot write anything', async () => {
    const article = await publishedArticle(t.payload, 'Hands off')
    expect((await anonymous.post('/articles', { title: 'Spam' })).status).toBe(403)
    expect((await anonymous.patch(`/articles/${article.id}`, { title: 'Defaced' })).status).toBe(403)
    expect((await anonymous.delete(`/articles/${article.id}`)).status).toBe(403)
    expect((await anonymous.post('/people', { name: 'Nobody' })).status).toBe(403)
    expect((await anonymous.post('/quotes', { text: 'x', attribution: 'y' })).status).toBe(403)
    expect((await anonymous.post('/related-links', { from: article.id, url: 'https://example.com' })).status).toBe(403)
    expect((await anonymous.post('/users', { email: 'x@y.z', password: 'longenough' })).status).toBe(403)
    const gql = await anonymous.graphql(`mutation { createArticle(data: { title: "Spam" }) { id } }`)
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect((await t.payload.count({ collection: 'articles', where: { title: { equals: 'Spam' } } })).totalDocs).toBe(0)
  })

  test('see related links only when not excluded and on published articles', async () => {
    const from = await publishedArticle(t.payload, 'Link source')
    const kept = await publishedArticle(t.payload, 'Kept target')
    const hidden = await publishedArticle(t.payload, 'Excluded target')
    const draftFrom = await draftArticle(t.payload, 'Draft source')
    await t.payload.create({ collection: 'related-links', data: { from: from.id, to: kept.id } })
    await t.payload.create({ collection: 'related-links', data: { from: from.id, to: hidden.id, excluded: true } })
    await t.payload.create({ collection: 'related-links', data: { from: draftFrom.id, to: kept.id } })

    const links = await anonymous.get('/related-links', { limit: 100, depth: 0 })
    const pairs = links.body.docs.map((link: { from: number; to: number }) => [link.from, link.to])
    expect(pairs).toContainEqual([from.id, kept.id])
    expect(pairs).not.toContainEqual([from.id, hidden.id])
    expect(pairs).not.toContainEqual([draftFrom.id, kept.id])

    const asEditor = await editor.get('/related-links', { limit: 100, depth: 0 })
    expect(asEditor.body.docs.map((link: { to: number }) => link.to)).toContain(hidden.id)
  })
})

describe('authors', () => {
  test('create drafts of their own, edit them, and cannot publish', async () => {
    const created = await author.post('/articles', { title: 'My first story' }, { draft: 'true' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(created.body.doc.createdBy).toMatchObject({ id: staff.author.id })

    expect((await author.patch(`/articles/${id}`, { lead: 'Now with a lead' }, { draft: 'true' })).status).toBe(200)
    const publish = await author.patch(`/articles/${id}`, { _status: 'published' })
    expect(publish.status).toBe(403)
    expect(publish.body.errors[0].message).toMatch(/Authors cannot publish/)
    const stored = await t.payload.findByID({ collection: 'articles', id, draft: true })
    expect(stored._status).toBe('draft')

    const direct = await author.post('/articles', { title: 'Straight to print', _status: 'published' })
    expect(direct.status).toBe(403)
    expect((await t.payload.count({ collection: 'articles', where: { title: { equals: 'Straight to print' } } })).totalDocs).toBe(0)
  })

  test("cannot read or edit another author's drafts", async () => {
    const created = await author.post('/articles', { title: 'Only mine' }, { draft: 'true' })
    const id = created.body.doc.id
    expect((await author2.get(`/articles/${id}`, { draft: 'true' })).status).toBe(404)
    expect((await author2.patch(`/articles/${id}`, { title: 'Stolen' }, { draft: 'true' })).status).toBe(403)
    expect((await t.payload.findByID({ collection: 'articles', id, draft: true })).title).toBe('Only mine')
    expect((await author.get(`/articles/${id}`, { draft: 'true' })).status).toBe(200)
  })

  test('cannot give themselves roles or manage users', async () => {
    const self = await author.patch(`/users/${staff.author.id}`, { roles: ['admin'] })
    expect(self.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'users', id: staff.author.id })
    expect(stored.roles).toEqual(['author'])
    expect((await author.post('/users', { email: 'friend@newsroom.test', password: PASSWORD })).status).toBe(403)
    expect((await author.get(`/users/${staff.editor.id}`)).status).toBe(404)
  })
})

describe('editors', () => {
  test("publish and edit anyone's article, and curate related links", async () => {
    const created = await author.post('/articles', { title: 'Needs an editor' }, { draft: 'true' })
    const id = created.body.doc.id
    const published = await editor.patch(`/articles/${id}`, { _status: 'published', title: 'Edited and published' })
    expect(published.status).toBe(200)
    expect(published.body.doc._status).toBe('published')
    expect(published.body.doc.publishedAt).toEqual(expect.any(String))
    expect((await anonymous.get(`/articles/${id}`)).body.title).toBe('Edited and published')

    const other = await publishedArticle(t.payload, 'Editor link target')
    const link = await editor.post('/related-links', { from: id, to: other.id })
    expect(link.status).toBe(201)
    expect(link.body.doc.headline).toBe('Editor link target')
    expect((await author.post('/related-links', { from: id, url: 'https://example.com/x' })).status).toBe(403)
  })

  test('cannot manage users', async () => {
    expect((await editor.post('/users', { email: 'new@newsroom.test', password: PASSWORD })).status).toBe(403)
    expect((await editor.delete(`/users/${staff.author.id}`)).status).toBe(403)
  })
})

describe('admins', () => {
  test('manage users and their roles', async () => {
    const created = await admin.post('/users', { email: 'new-editor@newsroom.test', password: PASSWORD, roles: ['editor'] })
    expect(created.status).toBe(201)
    expect(created.body.doc.roles).toEqual(['editor'])
    const promoted = await admin.patch(`/users/${created.body.doc.id}`, { roles: ['editor', 'admin'] })
    expect(promoted.body.doc.roles).toEqual(['editor', 'admin'])
    expect((await admin.delete(`/users/${created.body.doc.id}`)).status).toBe(200)
  })
})

describe('views', () => {
  test('cannot be set by anyone through REST, GraphQL or an update by query', async () => {
    const article = await publishedArticle(t.payload, 'Counted honestly')
    const views = async () => (await t.payload.findByID({ collection: 'articles', id: article.id })).views

    for (const client of [editor, admin]) {
      const patched = await client.patch(`/articles/${article.id}`, { views: 999_999 })
      expect(patched.status).toBe(200)
      expect(await views()).toBe(0)
      const byQuery = await client.patch('/articles', { views: 5 }, { where: { id: { equals: article.id } } })
      expect(byQuery.status).toBe(200)
      expect(await views()).toBe(0)
      const gql = await client.graphql(`mutation { updateArticle(id: ${article.id}, data: { views: 4242 }) { views } }`)
      expect(gql.body.errors).toBeUndefined()
      expect(gql.body.data.updateArticle.views).toBe(0)
      expect(await views()).toBe(0)
    }

    const created = await editor.post('/articles', { title: 'Born famous', views: 10_000, _status: 'published' })
    expect(created.status).toBe(201)
    expect(created.body.doc.views).toBe(0)
    const gqlCreated = await admin.graphql(`mutation { createArticle(data: { title: "Born viral", views: 77 }) { views } }`)
    expect(gqlCreated.body.data.createArticle.views).toBe(0)
  })

  test('are counted through the Local API that view tracking uses', async () => {
    const article = await publishedArticle(t.payload, 'Tracked')
    await t.payload.update({ collection: 'articles', id: article.id, data: { views: 1272 } })
    expect((await anonymous.get(`/articles/${article.id}`)).body.views).toBe(1272)
    const asUser = t.payload.update({
      collection: 'articles',
      id: article.id,
      data: { views: 1 },
      overrideAccess: false,
      user: { ...(await t.payload.findByID({ collection: 'users', id: staff.admin.id })), collection: 'users' },
    })
    await expect(asUser).resolves.toMatchObject({ views: 1272 })
  })
})

describe('quotes', () => {
  test('an author attaching a quote to a story that is not their draft gets a 403 saying why', async () => {
    const live = await publishedArticle(t.payload, 'Live story with quotes')
    const refused = await author.post('/quotes', { text: 'Planted words', attribution: 'nobody', article: live.id })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(new RegExp(`own draft articles: article ${live.id} is not yours`))
    const others = await author2.post('/articles', { title: 'Draft of author two' }, { draft: 'true' })
    const planted = await author.post('/quotes', { text: 'Planted words', attribution: 'nobody', article: others.body.doc.id })
    expect(planted.status).toBe(403)
    expect((await t.payload.count({ collection: 'quotes', where: { text: { equals: 'Planted words' } } })).totalDocs).toBe(0)
  })

  test('an author places a library quote in their own draft, and it becomes that draft’s', async () => {
    const quote = await author.post('/quotes', { text: 'Words from the library', attribution: 'a minister' })
    expect(quote.status).toBe(201)
    const draft = await author.post('/articles', { title: 'Draft with a quote' }, { draft: 'true' })
    const withBlock = {
      root: {
        type: 'root', version: 1, direction: null, format: '', indent: 0,
        children: [{ type: 'block', version: 2, format: '', fields: { id: 'q1', blockName: '', blockType: 'quote', quote: quote.body.doc.id } }],
      },
    }
    expect((await author.patch(`/articles/${draft.body.doc.id}`, { body: withBlock }, { draft: 'true' })).status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'quotes', id: quote.body.doc.id, depth: 0 })
    expect(stored.article).toBe(draft.body.doc.id)
    // Still the author's to read and edit; not the public's while the story is a draft.
    expect((await author.patch(`/quotes/${quote.body.doc.id}`, { source: 'Reuters' })).status).toBe(200)
    expect((await anonymous.get(`/quotes/${quote.body.doc.id}`)).status).toBe(404)
    expect((await author2.get(`/quotes/${quote.body.doc.id}`)).status).toBe(404)
  })

  test('a quote placed in a draft of a live story goes public only when that draft is published', async () => {
    const live = await publishedArticle(t.payload, 'Live story gets a quote')
    const quote = await editor.post('/quotes', { text: 'Words for the next edition', attribution: 'a spokesperson' })
    const withBlock = {
      root: {
        type: 'root', version: 1, direction: null, format: '', indent: 0,
        children: [{ type: 'block', version: 2, format: '', fields: { id: 'q2', blockName: '', blockType: 'quote', quote: quote.body.doc.id } }],
      },
    }
    expect((await editor.patch(`/articles/${live.id}`, { body: withBlock }, { draft: 'true' })).status).toBe(200)
    expect((await t.payload.findByID({ collection: 'quotes', id: quote.body.doc.id, depth: 0 })).article ?? null).toBeNull()
    expect((await anonymous.get(`/quotes/${quote.body.doc.id}`)).status).toBe(404)

    expect((await editor.patch(`/articles/${live.id}`, { _status: 'published' })).status).toBe(200)
    expect((await anonymous.get(`/quotes/${quote.body.doc.id}`)).body.text).toBe('Words for the next edition')
  })

  test('deleting an article deletes its quotes, and no other quote', async () => {
    const doomed = await draftArticle(t.payload, 'Doomed draft')
    const kept = await publishedArticle(t.payload, 'Kept story')
    const ofDoomed = await t.payload.create({ collection: 'quotes', data: { text: 'Goes with the draft', attribution: 'x', article: doomed.id } })
    const ofKept = await t.payload.create({ collection: 'quotes', data: { text: 'Stays with its story', attribution: 'x', article: kept.id } })
    expect((await editor.delete(`/articles/${doomed.id}`)).status).toBe(200)
    expect(await t.payload.findByID({ collection: 'quotes', id: ofDoomed.id, disableErrors: true })).toBeNull()
    expect((await anonymous.get(`/quotes/${ofDoomed.id}`)).status).toBe(404)
    expect((await anonymous.get(`/quotes/${ofKept.id}`)).body.text).toBe('Stays with its story')
  })
})
