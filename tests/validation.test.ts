import { ApiClient } from './helpers/http'
import { createStaff, PASSWORD, publishedArticle } from './helpers/fixtures'
import { startPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
let editor: ApiClient

beforeAll(async () => {
  t = await startPayload()
  const staff = await createStaff(t.payload)
  editor = await ApiClient.login(t.config, staff.editor.email, PASSWORD)
})
afterAll(async () => t?.close())

/** A 400 whose error names the field and says what is wrong with it. */
function expectFieldError(result: { status: number; body: any }, path: string, message: RegExp) {
  expect(result.status).toBe(400)
  const errors = result.body.errors.flatMap((error: any) => error.data?.errors ?? [])
  expect(errors).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }))
}

describe('articles', () => {
  test('need a headline that is not blank', async () => {
    expectFieldError(await editor.post('/articles', { lead: 'No headline' }), 'title', /A headline is required/)
    expectFieldError(await editor.post('/articles', { title: '   ' }), 'title', /must not be blank/)
  })

  test('reject a malformed slug, a bad date and a missing person with a 400', async () => {
    expectFieldError(await editor.post('/articles', { title: 'Fine', slug: '!!!' }), 'slug', /lowercase latin letters/)
    expectFieldError(await editor.post('/articles', { title: 'Fine', publishedAt: 'yesterday-ish' }), 'publishedAt', /date/i)
    expectFieldError(await editor.post('/articles', { title: 'Fine', author: 987654 }), 'author', /No people with id 987654/)
    expectFieldError(await editor.post('/articles', { title: 'Fine', people: [987654] }), 'people', /No people with id 987654/)
  })

  test('a rejected write leaves nothing behind', async () => {
    const before = (await t.payload.count({ collection: 'articles' })).totalDocs
    await editor.post('/articles', { title: '  ' })
    expect((await t.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  test('malformed ids are 400s and unknown ids 404s, never 500s', async () => {
    const malformed = await editor.get('/articles/not-a-number')
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors[0].message).toMatch(/Malformed id "not-a-number"/)
    expect((await editor.patch('/people/1.5', { name: 'x' })).status).toBe(400)
    expect((await editor.delete('/quotes/abc')).status).toBe(400)
    expect((await editor.get('/articles/99999999')).status).toBe(404)
    expect((await editor.patch('/articles/99999999', { title: 'x' })).status).toBe(404)
    expect((await editor.get('/no-such-collection')).status).toBe(404)
  })

  test('a body that is not JSON is a 400', async () => {
    const response = await editor.request('POST', '/articles', '{"title": ')
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})

describe('people', () => {
  test('need a name that is not blank', async () => {
    expectFieldError(await editor.post('/people', { name: ' ' }), 'name', /must not be blank/)
    expectFieldError(await editor.post('/people', { name: 'X', kind: 'alien' }), 'kind', /invalid/i)
  })
})

describe('quotes', () => {
  test('need text, and an attribution when there is no speaker', async () => {
    expectFieldError(await editor.post('/quotes', { attribution: 'said someone' }), 'text', /The quote text is required/)
    expectFieldError(await editor.post('/quotes', { text: 'We will explain it.' }), 'attribution', /required when the quote has no speaker/)
    const unnamed = await editor.post('/quotes', {
      text: 'We have reached an agreement.',
      attribution: "a representative of the president's office told reporters",
    })
    expect(unnamed.status).toBe(201)
    const speaker = await t.payload.create({ collection: 'people', data: { name: 'Jane Speaker' } })
    expect((await editor.post('/quotes', { text: 'Named.', speaker: speaker.id })).status).toBe(201)
    expectFieldError(await editor.post('/quotes', { text: 'Ghost.', speaker: 424242 }), 'speaker', /No people with id 424242/)
  })
})

describe('related links', () => {
  test('point at exactly one of an article and a url, never at their own article, never twice', async () => {
    const a = await publishedArticle(t.payload, 'Link validation A')
    const b = await publishedArticle(t.payload, 'Link validation B')
    expectFieldError(await editor.post('/related-links', { from: a.id }), 'to', /needs a target article/)
    expectFieldError(await editor.post('/related-links', { from: a.id, to: b.id, url: 'https://example.com' }), 'to', /not both/)
    expectFieldError(await editor.post('/related-links', { from: a.id, to: a.id }), 'to', /cannot link to itself/)
    expectFieldError(await editor.post('/related-links', { from: a.id, url: 'javascript:alert(1)' }), 'url', /http/)
    expectFieldError(await editor.post('/related-links', { from: a.id, url: 'not a url' }), 'url', /not a valid url/)
    expectFieldError(await editor.post('/related-links', { to: b.id }), 'from', /required/i)
    expectFieldError(await editor.post('/related-links', { from: a.id, to: 777777 }), 'to', /No articles with id 777777/)

    expect((await editor.post('/related-links', { from: a.id, to: b.id })).status).toBe(201)
    expectFieldError(await editor.post('/related-links', { from: a.id, to: b.id }), 'to', /already links to/)
    expect((await t.payload.count({ collection: 'related-links', where: { from: { equals: a.id } } })).totalDocs).toBe(1)
  })

  test('placed inline need the paragraph they follow', async () => {
    const a = await publishedArticle(t.payload, 'Placement A')
    const b = await publishedArticle(t.payload, 'Placement B')
    expectFieldError(
      await editor.post('/related-links', { from: a.id, to: b.id, position: { placement: 'inline' } }),
      'position.afterParagraph',
      /paragraph it follows/,
    )
    expectFieldError(
      await editor.post('/related-links', { from: a.id, to: b.id, position: { placement: 'sideways' } }),
      'position.placement',
      /invalid/i,
    )
    const ok = await editor.post('/related-links', { from: a.id, to: b.id, position: { placement: 'inline', afterParagraph: 2 } })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.position).toEqual({ placement: 'inline', afterParagraph: 2 })
  })

  test('an update that keeps the same target is not a duplicate of itself', async () => {
    const a = await publishedArticle(t.payload, 'Self update A')
    const b = await publishedArticle(t.payload, 'Self update B')
    const link = await editor.post('/related-links', { from: a.id, to: b.id })
    const updated = await editor.patch(`/related-links/${link.body.doc.id}`, { pinned: true, order: 3 })
    expect(updated.status).toBe(200)
    expect(updated.body.doc).toMatchObject({ pinned: true, order: 3 })
  })
})
