import { sampleContent } from '../src/seed/content'
import { seed } from '../src/seed/seed'
import { ApiClient } from './helpers/http'
import { startPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
const login = { email: 'seed-editor@newsroom.test', password: 'seed-password' }

beforeAll(async () => {
  t = await startPayload()
})
afterAll(async () => t?.close())

test('the sample content loads, and loading it again changes nothing', async () => {
  const first = await seed(t.payload, sampleContent, login)
  expect(first.articles).toBe(sampleContent.articles.length)
  expect(first.articles).toBeGreaterThanOrEqual(12)
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        (['articles', 'people', 'quotes', 'related-links', 'users', 'media'] as const).map(async (collection) => [collection, (await t.payload.count({ collection })).totalDocs]),
      ),
    )
  const before = await counts()
  expect(before).toEqual({
    articles: sampleContent.articles.length,
    people: sampleContent.people.length,
    quotes: sampleContent.quotes.length,
    'related-links': sampleContent.articles.reduce((sum, article) => sum + (article.related?.length ?? 0), 0),
    users: 1,
    media: sampleContent.images?.length ?? 0,
  })
  await seed(t.payload, sampleContent, login)
  expect(await counts()).toEqual(before)
})

test('the dev login works and anonymous readers see only the published sample articles', async () => {
  const editor = await ApiClient.login(t.config, login.email, login.password)
  const all = await editor.get('/articles', { limit: 100, draft: 'true', depth: 0 })
  expect(all.body.totalDocs).toBe(sampleContent.articles.length)

  const published = await new ApiClient(t.config).get('/articles', { limit: 100, depth: 0 })
  expect(published.body.totalDocs).toBe(sampleContent.articles.filter((article) => article.status === 'published').length)
  expect(published.body.docs.some((doc: { title: string }) => /[А-Яа-яІіЇїЄєҐґ]/.test(doc.title))).toBe(true)
})

test('a sample article renders over GraphQL with author, people, quotes and related links', async () => {
  const withEverything = sampleContent.articles.find(
    (article) => article.status === 'published' && article.related?.length && article.body.some((part) => 'quote' in part),
  )!
  const { docs } = await t.payload.find({ collection: 'articles', where: { title: { equals: withEverything.title } }, depth: 0 })
  const response = await new ApiClient(t.config).graphql(
    `query ($slug: String!) { Articles(where: { slug: { equals: $slug } }) { docs {
      title views author { name } people { name } quotes { docs { text } }
      relatedLinks { docs { headline to { title publishedAt views } } } } } }`,
    { slug: docs[0].slug },
  )
  expect(response.body.errors).toBeUndefined()
  const [article] = response.body.data!.Articles.docs
  expect(article.views).toBe(withEverything.views)
  expect(article.author.name).toBe(sampleContent.people.find((person) => person.key === withEverything.author)!.name)
  expect(article.people).toHaveLength(withEverything.people.length)
  expect(article.quotes.docs.length).toBe(withEverything.body.filter((part) => 'quote' in part).length)
  expect(article.relatedLinks.docs).toHaveLength(withEverything.related!.length)
  for (const link of article.relatedLinks.docs) {
    expect(link.to).toMatchObject({ title: link.headline, publishedAt: expect.any(String), views: expect.any(Number) })
  }
})
