import { createStaff, draftArticle, publishedArticle } from './helpers/fixtures'
import { startPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
  await createStaff(t.payload)
})
afterAll(async () => t?.close())

const linksTouching = async (id: number | string) =>
  (await t.payload.count({ collection: 'related-links', where: { or: [{ from: { equals: id } }, { to: { equals: id } }] } })).totalDocs

test('deleting an article removes the links from and to it, and only those', async () => {
  const a = await publishedArticle(t.payload, 'Cascade A')
  const b = await publishedArticle(t.payload, 'Cascade B')
  const c = await publishedArticle(t.payload, 'Cascade C')
  await t.payload.create({ collection: 'related-links', data: { from: a.id, to: b.id } })
  await t.payload.create({ collection: 'related-links', data: { from: b.id, to: a.id } })
  await t.payload.create({ collection: 'related-links', data: { from: b.id, to: c.id } })
  await t.payload.create({ collection: 'related-links', data: { from: a.id, url: 'https://example.com/a' } })
  expect(await linksTouching(a.id)).toBe(3)

  await t.payload.delete({ collection: 'articles', id: a.id })
  expect(await linksTouching(a.id)).toBe(0)
  const left = await t.payload.find({ collection: 'related-links', depth: 0, where: { from: { equals: b.id } } })
  expect(left.docs.map((link) => link.to)).toEqual([c.id])
})

test('a link takes its headline from the target, unless an editor wrote one', async () => {
  const a = await publishedArticle(t.payload, 'Headline source')
  const b = await publishedArticle(t.payload, 'US to join the meeting in Paris')
  const c = await publishedArticle(t.payload, 'Original title')
  const automatic = await t.payload.create({ collection: 'related-links', data: { from: a.id, to: b.id } })
  expect(automatic.headline).toBe('US to join the meeting in Paris')
  const written = await t.payload.create({ collection: 'related-links', data: { from: a.id, to: c.id, headline: 'A sharper headline' } })
  expect(written.headline).toBe('A sharper headline')
})

test("an article's links come in order through its join", async () => {
  const from = await publishedArticle(t.payload, 'Ordered source')
  const targets = await Promise.all(['First', 'Second', 'Third'].map((title) => publishedArticle(t.payload, `Ordered ${title}`)))
  await t.payload.create({ collection: 'related-links', data: { from: from.id, to: targets[2].id, order: 3 } })
  await t.payload.create({ collection: 'related-links', data: { from: from.id, to: targets[0].id, order: 1 } })
  await t.payload.create({ collection: 'related-links', data: { from: from.id, to: targets[1].id, order: 2, position: { placement: 'inline', afterParagraph: 1 } } })
  const article = await t.payload.findByID({ collection: 'articles', id: from.id, depth: 2 })
  const docs = article.relatedLinks?.docs as Array<{ headline: string; position: { placement: string } }>
  expect(docs.map((link) => link.headline)).toEqual(['Ordered First', 'Ordered Second', 'Ordered Third'])
  expect(docs[1].position.placement).toBe('inline')
})

test('quotes placed in a body are attached to the article', async () => {
  const quote = await t.payload.create({ collection: 'quotes', data: { text: 'We will explain how they are structured.', attribution: 'an official said' } })
  const article = await draftArticle(t.payload, 'Quoted story', {
    body: {
      root: {
        type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
        children: [{ type: 'block', version: 2, format: '', fields: { id: 'q1', blockName: '', blockType: 'quote', quote: quote.id } }],
      },
    },
  })
  const stored = await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })
  expect(stored.article).toBe(article.id)
})
