import { ApiClient } from './helpers/http'
import { body, createStaff, draftArticle, publishedArticle } from './helpers/fixtures'
import { startPayload, type TestPayload } from './helpers/payload'
import { blockNode, lexicalRoot, paragraphNode } from '../collections/lib/lexical'
import { ARTICLE_PAGE } from './helpers/articlePage'

let t: TestPayload
let anonymous: ApiClient
let storySlug: string

beforeAll(async () => {
  t = await startPayload()
  await createStaff(t.payload)
  anonymous = new ApiClient(t.config)
  const p = t.payload
  const author = await p.create({ collection: 'people', data: { name: 'Julia Reporter', role: 'UNN correspondent' } })
  const president = await p.create({ collection: 'people', data: { name: 'Volodymyr Zelenskyy', role: 'President of Ukraine', aliases: ['Zelensky', 'Зеленський'] } })
  const earlier = await publishedArticle(p, 'US to take part in the Paris meeting', { publishedAt: '2026-01-05T15:32:00.000Z' })
  await p.update({ collection: 'articles', id: earlier.id, data: { views: 7684 } })
  const london = await publishedArticle(p, 'Allies met in London in December', { publishedAt: '2025-12-15T10:00:00.000Z' })
  await p.update({ collection: 'articles', id: london.id, data: { views: 5120 } })
  const secret = await draftArticle(p, 'Unpublished follow-up')
  const named = await p.create({ collection: 'quotes', data: { text: 'We are ready for both options.', speaker: president.id } })
  const unnamed = await p.create({
    collection: 'quotes',
    data: { text: 'We have agreed the operational details.', attribution: "a representative of the French president's office told reporters" },
  })
  const story = await publishedArticle(p, "Reuters: Ukraine's allies gather in Paris", {
    dateline: 'Kyiv',
    credit: 'UNN',
    source: 'Reuters',
    lead: 'Leaders gather in Paris to coordinate security guarantees.',
    author: author.id,
    people: [president.id],
    tags: ['paris', 'security guarantees'],
    body: lexicalRoot([
      paragraphNode('Allies meet in Paris on Tuesday.'),
      blockNode('readAlso', { article: earlier.id }),
      blockNode('quote', { quote: named.id }),
      paragraphNode('The note proposes next steps.'),
      blockNode('quote', { quote: unnamed.id }),
    ]),
  })
  await p.update({ collection: 'articles', id: story.id, data: { views: 1272 } })
  await p.create({ collection: 'related-links', data: { from: story.id, to: london.id, order: 1, position: { placement: 'inline', afterParagraph: 1 } } })
  // The body already links this story as a "Read also" block: readers must not see it twice.
  await p.create({ collection: 'related-links', data: { from: story.id, to: earlier.id, order: 4 } })
  await p.create({ collection: 'related-links', data: { from: story.id, url: 'https://example.com/background', headline: 'Background', order: 2 } })
  // A draft target must not leak its title through the link.
  await p.create({ collection: 'related-links', data: { from: story.id, to: secret.id, order: 3, headline: 'Hidden' } })
  storySlug = story.slug as string
  void body
})
afterAll(async () => t?.close())

test('GraphQL serves the article page: author, people, quotes and related links with their targets', async () => {
  const response = await anonymous.graphql(ARTICLE_PAGE, { slug: storySlug })
  expect(response.status).toBe(200)
  expect(response.body.errors).toBeUndefined()
  const [article] = response.body.data!.Articles.docs
  expect(article).toMatchObject({
    title: "Reuters: Ukraine's allies gather in Paris",
    dateline: 'Kyiv',
    credit: 'UNN',
    source: 'Reuters',
    views: 1272,
    tags: ['paris', 'security guarantees'],
    author: { name: 'Julia Reporter', role: 'UNN correspondent' },
    people: [{ name: 'Volodymyr Zelenskyy', role: 'President of Ukraine', aliases: ['Zelensky', 'Зеленський'] }],
  })
  expect(article.quotes.docs).toEqual(
    expect.arrayContaining([
      { text: 'We are ready for both options.', attribution: null, speaker: { name: 'Volodymyr Zelenskyy', role: 'President of Ukraine', aliases: ['Zelensky', 'Зеленський'] } },
      { text: 'We have agreed the operational details.', attribution: "a representative of the French president's office told reporters", speaker: null },
    ]),
  )
  const links = article.relatedLinks.docs
  expect(links[0]).toEqual({
    headline: 'Allies met in London in December',
    order: 1,
    url: null,
    position: { placement: 'inline', afterParagraph: 1 },
    to: { title: 'Allies met in London in December', slug: 'allies-met-in-london-in-december', publishedAt: '2025-12-15T10:00:00.000Z', views: 5120 },
  })
  expect(links[1]).toMatchObject({ headline: 'Background', url: 'https://example.com/background', to: null })
  expect(links[2]?.to ?? null).toBeNull()
  // Neither the draft's headline nor the story the body links inline.
  expect(links.map((link: { headline: string }) => link.headline)).not.toContain('US to take part in the Paris meeting')
  const blockTypes = article.body.root.children.map((node: any) => node.fields?.blockType ?? node.type)
  expect(blockTypes).toEqual(['paragraph', 'readAlso', 'quote', 'paragraph', 'quote'])
})

test('REST serves the same page with depth', async () => {
  const response = await anonymous.get('/articles', { where: { slug: { equals: storySlug } }, depth: 2, limit: 1 })
  expect(response.status).toBe(200)
  const [article] = response.body.docs
  expect(article.author.name).toBe('Julia Reporter')
  expect(article.people[0].aliases).toContain('Зеленський')
  expect(article.quotes.docs).toHaveLength(2)
  expect(article.relatedLinks.docs[0].to).toMatchObject({ title: 'Allies met in London in December', views: 5120 })
  const readAlso = article.body.root.children[1].fields
  expect(readAlso.article.title).toBe('US to take part in the Paris meeting')
})
