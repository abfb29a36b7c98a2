import type { Payload } from 'payload'

import { blockNode, lexicalRoot, paragraphNode } from '../collections/lib/lexical'
import { quoteBlockAction } from '../collections/lib/quoteBlocks'
import { createStaff, PASSWORD, type Staff } from './helpers/fixtures'
import { ApiClient } from './helpers/http'
import { startPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
let p: Payload
let staff: Staff
let editor: ApiClient
let author: ApiClient
let speakerId: number

type Block = { id: string; quote?: unknown; text?: null | string; speaker?: unknown; attribution?: null | string }

const quoteBody = (...blocks: Array<Record<string, unknown>>) => lexicalRoot([paragraphNode('The first paragraph.'), ...blocks.map((fields) => blockNode('quote', fields))])
const idOf = (value: any) => (value && typeof value === 'object' ? value.id : (value ?? null))
/** The quote blocks of a body as a client sends them back: relationships as ids (REST answers them populated). */
const quoteBlocks = (body: any): Block[] =>
  body.root.children
    .filter((node: any) => node.fields?.blockType === 'quote')
    .map((node: any) => ({ ...node.fields, quote: idOf(node.fields.quote), speaker: idOf(node.fields.speaker) }))
const quotesOf = async (articleId: number | string) => (await p.find({ collection: 'quotes', where: { article: { equals: articleId } }, depth: 0, sort: 'id' })).docs

beforeAll(async () => {
  t = await startPayload()
  p = t.payload
  staff = await createStaff(p)
  editor = await ApiClient.login(t.config, staff.editor.email, PASSWORD)
  author = await ApiClient.login(t.config, staff.author.email, PASSWORD)
  speakerId = (await p.create({ collection: 'people', data: { name: 'Volodymyr Zelenskyy' } })).id as number
})
afterAll(async () => t?.close())

describe('which way a save copies', () => {
  const words = { text: 'We will respond.', speaker: null, attribution: 'an official said' }
  test('typed without a Quote: create; chosen without words: pull; edited in the body: update', () => {
    expect(quoteBlockAction({ quote: null, ...words }, null)).toEqual({ kind: 'create', words: { quote: null, ...words } })
    expect(quoteBlockAction({ quote: null, text: null, speaker: null, attribution: null }, null)).toEqual({ kind: 'none' })
    expect(quoteBlockAction({ quote: 5, text: null, speaker: null, attribution: null }, null)).toEqual({ kind: 'pull', quote: 5 })
    expect(quoteBlockAction({ quote: 5, ...words, text: 'We will respond firmly.' }, { quote: 5, ...words })).toMatchObject({ kind: 'update', quote: 5 })
  })
  test('unchanged in the body, or another Quote chosen: the Quote wins', () => {
    expect(quoteBlockAction({ quote: 5, ...words }, { quote: 5, ...words })).toEqual({ kind: 'pull', quote: 5 })
    expect(quoteBlockAction({ quote: 6, ...words }, { quote: 5, ...words })).toEqual({ kind: 'pull', quote: 6 })
  })
})

test('a quote typed in the body becomes a Quote owned by the article, and edits in the body update it', async () => {
  const created = await editor.post('/articles', {
    title: 'Quotes typed where they stand',
    _status: 'published',
    body: quoteBody({ text: 'We are ready for both options.', speaker: speakerId }, { text: 'The details are agreed.', attribution: 'an official told reporters' }),
  })
  expect(created.body.errors).toBeUndefined()
  expect(created.status).toBe(201)
  const article = created.body.doc
  const [first, second] = quoteBlocks(article.body)
  expect(first.quote).toEqual(expect.any(Number))
  const owned = await quotesOf(article.id)
  expect(owned.map((quote) => ({ text: quote.text, speaker: quote.speaker, attribution: quote.attribution ?? null }))).toEqual([
    { text: 'We are ready for both options.', speaker: speakerId, attribution: null },
    { text: 'The details are agreed.', speaker: null, attribution: 'an official told reporters' },
  ])

  const edited = await editor.patch(`/articles/${article.id}`, { body: quoteBody({ ...first, text: 'We are ready for every option.' }, second) })
  expect(edited.status).toBe(200)
  const again = await quotesOf(article.id)
  expect(again).toHaveLength(2)
  expect(again.find((quote) => quote.id === first.quote)?.text).toBe('We are ready for every option.')

  // The public reads the quote through the article page's join, as it does any placed quote.
  const page = await new ApiClient(t.config).get(`/articles/${article.id}`, { depth: 1 })
  expect(page.body.quotes.docs.map((quote: { text: string }) => quote.text).sort()).toEqual(['The details are agreed.', 'We are ready for every option.'])
})

test('a quote edited in the Quotes list is not overwritten by the copy in the body; the block shows it', async () => {
  const created = await editor.post('/articles', { title: 'Quotes edited elsewhere', _status: 'published', body: quoteBody({ text: 'First words.', attribution: 'a source said' }) })
  const [block] = quoteBlocks(created.body.doc.body)
  await editor.patch(`/quotes/${block.quote}`, { text: 'Corrected words.' })
  const saved = await editor.patch(`/articles/${created.body.doc.id}`, { title: 'Quotes edited elsewhere, saved again', body: quoteBody(block) })
  expect(saved.status).toBe(200)
  expect(quoteBlocks(saved.body.doc.body)[0].text).toBe('Corrected words.')
  expect((await p.findByID({ collection: 'quotes', id: block.quote as number })).text).toBe('Corrected words.')
})

test('choosing a library quote fills the block with its words and attaches it', async () => {
  const library = await p.create({ collection: 'quotes', data: { text: 'From the library.', attribution: 'archive', speaker: speakerId } })
  const created = await editor.post('/articles', { title: 'A library quote placed', _status: 'published', body: quoteBody({ quote: library.id }) })
  expect(created.status).toBe(201)
  expect(quoteBlocks(created.body.doc.body)[0]).toMatchObject({ quote: library.id, text: 'From the library.', attribution: 'archive', speaker: speakerId })
  expect((await p.findByID({ collection: 'quotes', id: library.id, depth: 0 })).article).toBe(created.body.doc.id)
})

test('bad words in a block are a 400 naming the field, and leave no quote behind', async () => {
  const before = (await p.count({ collection: 'quotes' })).totalDocs
  const missing = await editor.post('/articles', { title: 'No attribution', _status: 'published', body: quoteBody({ text: 'Said by nobody in particular.' }) })
  expect(missing.status).toBe(400)
  expect(JSON.stringify(missing.body)).toMatch(/attribution is required/)
  const empty = await editor.post('/articles', { title: 'Empty quote block', _status: 'published', body: quoteBody({}) })
  expect(empty.status).toBe(400)
  expect(JSON.stringify(empty.body)).toMatch(/Type the quote, or choose one/)
  expect((await p.count({ collection: 'quotes' })).totalDocs).toBe(before)
})

test('an author types a quote into an own draft; the quote belongs to it, and deleting the draft leaves no orphan', async () => {
  const draft = await author.post('/articles', { title: 'An author quotes', _status: 'draft', body: quoteBody({ text: 'An author typed this.', attribution: 'a witness said' }) }, { draft: 'true' })
  expect(draft.status).toBe(201)
  const [block] = quoteBlocks(draft.body.doc.body)
  expect((await p.findByID({ collection: 'quotes', id: block.quote as number, depth: 0 })).article).toBe(draft.body.doc.id)
  expect((await editor.delete(`/articles/${draft.body.doc.id}`)).status).toBe(200)
  expect((await p.find({ collection: 'quotes', where: { id: { equals: block.quote } } })).totalDocs).toBe(0)
})

test('an author cannot rewrite, through a block, a quote of a published story', async () => {
  const live = await editor.post('/articles', { title: 'A live story with a quote', _status: 'published', body: quoteBody({ text: 'Live words.', attribution: 'an aide said' }) })
  const [block] = quoteBlocks(live.body.doc.body)
  const theirs = await author.post('/articles', { title: 'An author reuses it', _status: 'draft', body: quoteBody({ quote: block.quote, text: 'Rewritten words.', attribution: 'an aide said' }) }, { draft: 'true' })
  expect(theirs.status).toBeGreaterThanOrEqual(400)
  expect(theirs.status).toBeLessThan(500)
  expect((await p.findByID({ collection: 'quotes', id: block.quote as number })).text).toBe('Live words.')
})

test('removing a Quote block deletes the quote it made: no orphan', async () => {
  const created = await editor.post('/articles', {
    title: 'A block removed',
    _status: 'published',
    body: quoteBody({ text: 'Kept words.', attribution: 'one said' }, { text: 'Dropped words.', attribution: 'another said' }),
  })
  const [kept, dropped] = quoteBlocks(created.body.doc.body)
  const saved = await editor.patch(`/articles/${created.body.doc.id}`, { body: quoteBody(kept) })
  expect(saved.body.errors).toBeUndefined()
  expect(saved.status).toBe(200)
  expect((await quotesOf(created.body.doc.id)).map((quote) => quote.id)).toEqual([kept.quote])
  expect((await p.find({ collection: 'quotes', where: { id: { equals: dropped.quote } } })).totalDocs).toBe(0)
})

test('a draft saved over a published story keeps the live quote until it is published', async () => {
  const created = await editor.post('/articles', { title: 'Live quote, draft without it', _status: 'published', body: quoteBody({ text: 'Live words stay.', attribution: 'one said' }) })
  const [block] = quoteBlocks(created.body.doc.body)
  const draft = await editor.patch(`/articles/${created.body.doc.id}`, { body: quoteBody(), _status: 'draft' }, { draft: 'true' })
  expect(draft.status).toBe(200)
  expect((await p.find({ collection: 'quotes', where: { id: { equals: block.quote } } })).totalDocs).toBe(1)
  const published = await editor.patch(`/articles/${created.body.doc.id}`, { body: quoteBody(), _status: 'published' })
  expect(published.status).toBe(200)
  expect((await p.find({ collection: 'quotes', where: { id: { equals: block.quote } } })).totalDocs).toBe(0)
})
