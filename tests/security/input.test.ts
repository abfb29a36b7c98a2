/**
 * The hostile requests of issue 11 that answered 5xx, one per class, each now a 4xx whose message
 * names the problem. The fuzz test (fuzz.test.ts) searches for more; these keep the known ones fixed.
 */
import { createCollector } from '../../plugins/newsroom/views/collector/server'
import { viewsRoute } from '../../plugins/newsroom/views/next/route'
import { freePort } from '../../src/lib/freePort'
import { ApiClient, type HttpResult } from '../helpers/http'
import { createStaff, PASSWORD, publishedArticle } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let anonymous: ApiClient
let editor: ApiClient
let articleId: number

beforeAll(async () => {
  t = await startPayload()
  const staff = await createStaff(t.payload)
  anonymous = new ApiClient(t.config)
  editor = await ApiClient.login(t.config, staff.editor.email, PASSWORD)
  articleId = Number((await publishedArticle(t.payload, 'A story to point at')).id)
})
afterAll(async () => t?.close())

function expectClientError(result: HttpResult, status: number, message: RegExp) {
  expect({ status: result.status, message: result.body?.errors?.[0]?.message }).toEqual({ status, message: expect.stringMatching(message) })
}

const TOO_BIG = '2147483648'

describe('ids past the integer range', () => {
  test.each([
    ['GET', `/articles/${TOO_BIG}`],
    ['GET', `/people/${TOO_BIG}`],
    ['GET', `/quotes/${TOO_BIG}`],
    ['GET', `/related-links/${TOO_BIG}`],
    ['GET', `/users/${TOO_BIG}`],
    ['PATCH', `/articles/${TOO_BIG}`],
    ['DELETE', `/people/${TOO_BIG}`],
    ['GET', `/articles/versions/${TOO_BIG}`],
    ['GET', `/articles/related/${TOO_BIG}`],
    ['POST', `/articles/related/${TOO_BIG}/recompute`],
    ['POST', `/articles/${TOO_BIG}/duplicate`],
  ] as const)('%s %s is a 400 naming the range', async (method, path) => {
    const client = method === 'GET' && !path.includes('versions') ? anonymous : editor
    expectClientError(await client.request(method, path, method === 'GET' || method === 'DELETE' ? undefined : {}), 400, /out of range|wrong type/)
  })

  test('a malformed id to duplicate is a 400', async () => {
    expectClientError(await editor.post('/articles/abc/duplicate', {}), 400, /./)
  })

  test('a well-formed unknown id is still a 404', async () => {
    expect((await anonymous.get('/articles/2147483647')).status).toBe(404)
    expect((await anonymous.get('/articles/related/2147483647')).status).toBe(404)
  })
})

describe('filters', () => {
  test.each([
    ['where[title][like]=%00', /title.*NUL/],
    ['where[title][all]=x', /operator "all" is not supported/],
    ['where[title][near]=1,2', /operator "near" is not supported/],
    ['where[author][equals]=abc', /"abc" must be an id/],
    ['where[id][in]=1,abc', /"abc" must be an id/],
    ['where[_status][equals]=nonsense', /one of "draft", "published"/],
    ['where[body][like]=x', /"body" with "like"/],
    ['where[relatedLinks.to.title][like]=x', /join field "relatedLinks"/],
    ['where[publishedAt][greater_than]=someday', /must be a date/],
    ['where[views][equals]=lots', /must be a number/],
    ['where={bad', /malformed JSON/],
    ['page=-1', /page must be a whole number from 1/],
    ['limit=-5', /limit must be a whole number from 0/],
    ['joins[relatedLinks][where][to][equals]=abc', /joins.relatedLinks.where: .*must be an id/],
  ])('GET /articles?%s is a 400', async (query, message) => {
    expectClientError(await anonymous.get(`/articles?${query}`), 400, message)
  })

  test('the same checks hold in GraphQL', async () => {
    const { body } = await anonymous.graphql('{ Articles(where: { author: { equals: "abc" } }) { docs { id } } }')
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/"abc" must be an id/), extensions: { statusCode: 400 } })
    const related = await anonymous.graphql(`{ relatedArticles(id: "${TOO_BIG}") { headline } }`)
    expect(related.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/out of range/), extensions: { statusCode: 400 } })
  })

  test('where=null is no filter, for drafts too', async () => {
    expect((await editor.get('/articles?where=null&draft=true')).status).toBe(200)
  })

  test('a valid filter still works, through relationships and on versions', async () => {
    expect((await anonymous.get('/articles?where[title][like]=story&where[author.name][like]=x')).status).toBe(200)
    expect((await editor.get(`/articles/versions?where[parent][equals]=${articleId}`)).body.totalDocs).toBeGreaterThan(0)
  })
})

describe('bodies', () => {
  test('null, a list, text/plain and a string are 400s that write nothing', async () => {
    const before = (await t.payload.count({ collection: 'articles' })).totalDocs
    expectClientError(await editor.request('POST', '/articles', 'null'), 400, /must be a JSON object \(got null\)/)
    expectClientError(await editor.request('POST', '/articles', '[]'), 400, /must be a JSON object \(got a list\)/)
    expectClientError(await editor.request('PATCH', `/articles/${articleId}`, '"x"'), 400, /must be a JSON object/)
    expect((await t.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  test('values of the wrong type name their field', async () => {
    expectClientError(await editor.post('/articles', { title: { nested: true } }), 400, /title must be text \(got an object\)/)
    expectClientError(await editor.post('/related-links', { from: articleId, headline: {} }), 400, /headline must be text/)
    expectClientError(await editor.post('/articles', { title: 'Fine', author: TOO_BIG }), 400, /author.*out of range/)
    expectClientError(await editor.post('/articles', { title: 'Fine', tags: 'one' }), 400, /tags must be a list/)
    expectClientError(await editor.post('/articles', { title: 'Fine \u0000' }), 400, /title must not contain a NUL/)
    expectClientError(await editor.post('/related-links', { from: articleId, url: 'https://example.com', position: null }), 400, /position must be an object of fields \(got null\)/)
  })

  test("an array the admin's form sends as its row count 0 is accepted; any other number is not a list", async () => {
    const saved = await editor.patch(`/articles/${articleId}`, { dateline: 'Lviv', unresolvedHeadlines: 0 })
    expect({ status: saved.status, dateline: saved.body?.doc?.dateline }).toEqual({ status: 200, dateline: 'Lviv' })
    expectClientError(await editor.patch(`/articles/${articleId}`, { unresolvedHeadlines: 3 }), 400, /unresolvedHeadlines must be a list of rows \(got a number\)/)
  })

  test('100,000 tags are a 400 naming the limit', async () => {
    const tags = Array.from({ length: 100_000 }, (_, index) => `tag ${index}`)
    expectClientError(await editor.post('/articles', { title: 'Many tags', tags }), 400, /tags may have at most 100 entries \(got 100000\)/)
  })
})

describe('Lexical bodies', () => {
  const deep = (levels: number) =>
    `{"title":"Deep","body":{"root":{"type":"root","version":1,"children":[${'{"type":"paragraph","version":1,"children":['.repeat(levels)}{"type":"text","text":"x","version":1}${']}'.repeat(levels)}]}}}`

  test('a body nested 5,000 levels is a 400 naming the depth limit', async () => {
    expectClientError(await editor.request('POST', '/articles', deep(5_000)), 400, /body.*at most 20 levels deep/)
  })

  test('unknown node types, heading sizes and block types are 400s naming the node', async () => {
    const root = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })
    const rejected = async (body: unknown) => {
      const result = await editor.post('/articles', { title: 'Odd body', body })
      expect(result.status).toBe(400)
      return result.body.errors[0].data.errors[0]
    }
    expect(await rejected(root({ type: 'script', version: 1, children: [] }))).toMatchObject({ path: 'body', message: expect.stringMatching(/root.children\[0\]: Unknown node type "script"/) })
    expect((await rejected(root({ type: 'heading', tag: 'h1', version: 1, children: [] }))).message).toMatch(/Heading tag "h1"/)
    expect((await rejected(root({ type: 'block', version: 2, fields: { blockType: 'video' } }))).message).toMatch(/Unknown block type "video"/)
    expect((await rejected(root({ type: 'paragraph', version: 1, children: [{ type: 'inlineBlock', version: 1, fields: { blockType: 'quote' } }] }))).message).toMatch(/Unknown inline block type "quote" \(allowed: none\)/)
    expect((await rejected(root({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 5 }] }))).message).toMatch(/"text" as a string/)
    expect((await rejected({ root: { type: 'root' } })).message).toMatch(/"children" list/)
    expect((await rejected(root(''))).message).toMatch(/root.children\[0\]: Each node must be an object/)
  })

  test('what the editor produces is accepted', async () => {
    const body = {
      root: {
        type: 'root',
        version: 1,
        children: [
          { type: 'heading', tag: 'h2', version: 1, children: [{ type: 'text', version: 1, text: 'A heading' }] },
          { type: 'list', listType: 'bullet', tag: 'ul', start: 1, version: 1, children: [{ type: 'listitem', value: 1, version: 1, children: [{ type: 'text', version: 1, text: 'An item' }] }] },
          { type: 'quote', version: 1, children: [{ type: 'text', version: 1, text: 'Quoted' }] },
          { type: 'paragraph', version: 1, children: [{ type: 'link', version: 3, fields: { linkType: 'custom', url: 'https://example.com' }, children: [{ type: 'text', version: 1, text: 'a link' }] }, { type: 'linebreak', version: 1 }] },
          { type: 'block', version: 2, fields: { id: 'b1', blockName: '', blockType: 'readAlso', headline: 'Read this too' } },
        ],
      },
    }
    expect((await editor.post('/articles', { title: 'Well-formed body', body })).status).toBe(201)
  })
})

describe('view beacons', () => {
  test('an id past the range is a 400 on every way in; a NUL slug too', async () => {
    expectClientError(await anonymous.post(`/articles/${TOO_BIG}/view`, {}), 400, /out of range/)
    expectClientError(await anonymous.get(`/articles/${TOO_BIG}/views/daily`), 400, /out of range/)
    const { POST } = viewsRoute(t.config)
    const route = await POST(new Request(`http://localhost:3000/views?collection=articles&id=${TOO_BIG}`, { method: 'POST' }))
    expect([route.status, (await route.json()).errors[0].message]).toEqual([400, expect.stringMatching(/out of range/)])
    const nul = await POST(new Request('http://localhost:3000/views?collection=articles&slug=%00', { method: 'POST' }))
    expect([nul.status, (await nul.json()).errors[0].message]).toEqual([400, expect.stringMatching(/NUL/)])

    const collector = await createCollector(t.payload)
    const port = await freePort()
    await collector.listen(port, '127.0.0.1')
    try {
      const big = await fetch(`http://127.0.0.1:${port}/views/articles/${TOO_BIG}`, { method: 'POST' })
      expect(big.status).toBe(400)
      const long = await fetch(`http://127.0.0.1:${port}/views/articles/slug/${'x'.repeat(301)}`, { method: 'POST' })
      expect(long.status).toBe(400)
    } finally {
      await collector.close()
    }
  })
})
