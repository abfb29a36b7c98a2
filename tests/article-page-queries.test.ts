import type { Payload } from 'payload'
import type pg from 'pg'

import { blockNode, lexicalRoot, paragraphNode } from '../collections/lib/lexical'
import { ARTICLE_PAGE } from './helpers/articlePage'
import { ApiClient } from './helpers/http'
import { startPayload, type TestPayload } from './helpers/payload'

let context: TestPayload
let payload: Payload
let reader: ApiClient
const statements: Array<{ text: string; values: string }> = []
let recording = false

beforeAll(async () => {
  context = await startPayload()
  payload = context.payload
  reader = new ApiClient(context.config)
  // Every statement any client of Payload's pool sends, while recording.
  const pool = (payload.db as unknown as { pool: pg.Pool & { Client: typeof pg.Client } }).pool
  const prototype = pool.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const query = prototype.query
  prototype.query = function (this: unknown, ...args: unknown[]) {
    if (recording) {
      const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined]
      const text = typeof first === 'string' ? first : first.text
      const values = (typeof first === 'string' ? undefined : first.values) ?? second
      statements.push({ text, values: JSON.stringify(values ?? []) })
    }
    return query.apply(this, args)
  }
})
afterAll(() => context.close())

let serial = 0
const article = (title: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'articles',
    data: { title: `${title} ${++serial}`, lead: `${title}: the lead.`, body: lexicalRoot([paragraphNode(`${title}: the first paragraph.`)]), neverAutoLink: true, _status: 'published', ...extra } as never,
  })

/** A published story with this many people, quotes (in its body, each by a person) and related links. */
async function story(shape: { links: number; quotes: number; people: number }) {
  const people = []
  for (let i = 0; i < shape.people; i++) people.push(await payload.create({ collection: 'people', data: { name: `Person ${++serial}`, aliases: [`Alias ${serial}`] } as never }))
  const page = await article('The page', { people: people.map((person) => person.id) })
  const blocks = []
  for (let i = 0; i < shape.quotes; i++) {
    const quote = await payload.create({ collection: 'quotes', data: { text: `Quote ${i} of the page.`, speaker: people[i % people.length].id, article: page.id } as never })
    blocks.push(blockNode('quote', { quote: quote.id }))
  }
  // (A story without quotes keeps its one-paragraph body.)
  await payload.update({
    collection: 'articles',
    id: page.id,
    data: { body: lexicalRoot([paragraphNode('First.'), ...blocks, paragraphNode('Second.'), paragraphNode('Third.')]) } as never,
  })
  for (let i = 0; i < shape.links; i++) {
    const target = await article('A related story')
    await payload.create({ collection: 'related-links', data: { from: page.id, to: target.id, origin: 'manual', order: i, position: { placement: 'end' } } as never })
  }
  return page
}

/** The statements the page query sends for one story, and its answer. */
async function statementsFor(slug: string, query = ARTICLE_PAGE) {
  statements.length = 0
  recording = true
  const answer = await reader.graphql(query, { slug })
  recording = false
  expect(answer.body.errors).toBeUndefined()
  return { statements: [...statements], doc: answer.body.data.Articles.docs[0] }
}

describe('the article page query', () => {
  it('sends as many statements for 10 related links, 5 quotes and 5 people as for one of each, no count and no repeat', async () => {
    const one = await story({ links: 1, quotes: 1, people: 1 })
    const moreLinks = await story({ links: 10, quotes: 1, people: 1 })
    const moreQuotes = await story({ links: 1, quotes: 5, people: 1 })
    const morePeople = await story({ links: 1, quotes: 5, people: 5 })

    const base = await statementsFor(one.slug as string)
    // The story, its quotes (ids, then rows), its links (ids, then rows), their targets, its people.
    expect(base.statements.length).toBeLessThanOrEqual(7)
    expect(base.doc.relatedLinks.docs).toHaveLength(1)
    expect(base.doc.quotes.docs).toHaveLength(1)
    for (const [label, page, shape] of [
      ['10 links', moreLinks, { links: 10, quotes: 1, people: 1 }],
      ['5 quotes', moreQuotes, { links: 1, quotes: 5, people: 1 }],
      ['5 people', morePeople, { links: 1, quotes: 5, people: 5 }],
    ] as const) {
      const other = await statementsFor(page.slug as string)
      expect([label, other.doc.relatedLinks.docs.length, other.doc.quotes.docs.length, other.doc.people.length]).toEqual([label, shape.links, shape.quotes, shape.people])
      expect([label, other.statements.length]).toEqual([label, base.statements.length])
    }
    for (const { statements: sent } of [base, await statementsFor(moreLinks.slug as string), await statementsFor(morePeople.slug as string)]) {
      const seen = new Map<string, number>()
      for (const statement of sent) seen.set(statement.text + statement.values, (seen.get(statement.text + statement.values) ?? 0) + 1)
      // A speaker who is also one of the story's people is asked with the same fields, so Payload's
      // data loader answers the second lookup from the first: no statement is sent twice.
      const repeated = [...seen].filter(([, times]) => times > 1).map(([key]) => key.slice(0, 120))
      expect(repeated).toEqual([])
      expect(sent.filter((statement) => /count\(\*\)/i.test(statement.text))).toEqual([])
    }
  }, 120_000)

  it("keeps each quote block's quote without a copy of its own article", async () => {
    const page = await story({ links: 1, quotes: 2, people: 1 })
    // The README's query asks the body at depth 0 (ids only); a client populating its blocks gets the quotes, not the story again.
    const { doc } = await statementsFor(page.slug as string, ARTICLE_PAGE.replace('body(depth: 0)', 'body(depth: 1)'))
    const blocks = (doc.body.root.children as Array<{ type: string; fields?: { blockType?: string; quote?: Record<string, unknown> } }>).filter((node) => node.type === 'block' && node.fields?.blockType === 'quote')
    expect(blocks).toHaveLength(2)
    for (const block of blocks) {
      expect(block.fields?.quote).toMatchObject({ text: expect.stringMatching(/^Quote \d of the page\.$/) })
      expect(block.fields?.quote).not.toHaveProperty('article')
    }
    // Over REST at depth 2 as well (the README's REST form of the page).
    const rest = await reader.get('/articles', { where: { slug: { equals: page.slug } }, depth: 2 })
    const restBlocks = (rest.body.docs[0].body.root.children as Array<{ fields?: { blockType?: string; quote?: Record<string, unknown> } }>).filter((node) => node.fields?.blockType === 'quote')
    expect(restBlocks).toHaveLength(2)
    for (const block of restBlocks) expect(block.fields?.quote).not.toHaveProperty('article')
  })

  it('relatedArticles reads the story and its links without counting them', async () => {
    const page = await story({ links: 3, quotes: 0, people: 1 })
    statements.length = 0
    recording = true
    const answer = await reader.graphql(`query ($slug: String) { relatedArticles(slug: $slug, limit: 5) { headline order to { title slug } } }`, { slug: page.slug })
    recording = false
    expect(answer.body.errors).toBeUndefined()
    expect(answer.body.data.relatedArticles).toHaveLength(3)
    expect(statements.filter((statement) => /count\(/i.test(statement.text))).toEqual([])
  })

  it('a list read without its count answers the same page as with it', async () => {
    for (const args of ['limit: 3, page: 2, sort: "id"', 'sort: "-id"', 'limit: 2, where: { title: { like: "related" } }']) {
      const withCount = await reader.graphql(`{ Articles(${args}) { totalDocs docs { id } } }`)
      const without = await reader.graphql(`{ Articles(${args}) { docs { id } } }`)
      expect(withCount.body.errors).toBeUndefined()
      expect(withCount.body.data.Articles.totalDocs).toBeGreaterThan(withCount.body.data.Articles.docs.length)
      expect([args, without.body.data.Articles.docs]).toEqual([args, withCount.body.data.Articles.docs])
    }
  })
})
