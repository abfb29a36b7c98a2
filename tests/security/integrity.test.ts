import type { Payload } from 'payload'

import { blockNode, lexicalRoot, paragraphNode } from '../../collections/lib/lexical'
import { MAX_LENGTH } from '../../collections/fields/lengthLimits'
import type { SanitizedRelatedOptions } from '../../plugins/newsroom/options'
import { RelatedEngine } from '../../plugins/newsroom/related/engine'
import { ApiClient } from '../helpers/http'
import { createStaff, PASSWORD, publishedArticle, type Staff } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let p: Payload
let staff: Staff
let editor: ApiClient
let editor2: ApiClient

beforeAll(async () => {
  t = await startPayload()
  p = t.payload
  staff = await createStaff(p)
  editor = await ApiClient.login(t.config, staff.editor.email, PASSWORD)
  editor2 = await ApiClient.login(t.config, staff.admin.email, PASSWORD)
}, 60_000)
afterAll(async () => t?.close())

const messageOf = (body: any): string => JSON.stringify(body?.errors ?? body)

describe('length limits', () => {
  const cases: Array<[string, string, Record<string, unknown>, string, number]> = [
    ['articles', 'title', { title: 'x'.repeat(100_000) }, 'headline', MAX_LENGTH.title],
    ['articles', 'dateline', { title: 'Dateline', dateline: 'd'.repeat(101) }, 'dateline', MAX_LENGTH.dateline],
    ['articles', 'lead', { title: 'Lead', lead: 'l'.repeat(2_001) }, 'lead', MAX_LENGTH.lead],
    ['articles', 'tags', { title: 'Tags', tags: ['ok', 't'.repeat(101)] }, 'tag', MAX_LENGTH.tag],
    ['articles', 'slug', { title: 'Slug', slug: 's'.repeat(5_000) }, '', 0],
    ['people', 'name', { name: 'n'.repeat(201) }, 'name', MAX_LENGTH.name],
    ['people', 'bio', { name: 'Bio', bio: 'b'.repeat(5_001) }, 'bio', MAX_LENGTH.bio],
    ['quotes', 'text', { text: 'q'.repeat(5_001), attribution: 'someone' }, 'quote text', MAX_LENGTH.quote],
    ['quotes', 'attribution', { text: 'Said', attribution: 'a'.repeat(501) }, 'attribution', MAX_LENGTH.attribution],
  ]

  test.each(cases)('%s.%s over its limit is a 400 naming the field and the limit', async (collection, field, data, what, max) => {
    const before = (await p.count({ collection: collection as never })).totalDocs
    const response = await editor.post(`/${collection}`, data)
    if (max === 0) {
      // A long explicit slug is shortened by slugify, never stored whole.
      expect(response.status).toBe(201)
      expect(response.body.doc.slug.length).toBeLessThanOrEqual(MAX_LENGTH.slug)
      return
    }
    expect(response.status).toBe(400)
    const text = messageOf(response.body)
    expect(text).toContain(field)
    expect(text).toContain(what)
    expect(text).toContain(`at most ${max}`)
    expect((await p.count({ collection: collection as never })).totalDocs).toBe(before)
  })

  test('a related link with a 3,000-character url or headline is refused', async () => {
    const a = await publishedArticle(p, 'Link limits from')
    const url = await editor.post('/related-links', { from: a.id, url: `https://example.com/${'u'.repeat(3_000)}` })
    expect(url.status).toBe(400)
    expect(messageOf(url.body)).toContain(`at most ${MAX_LENGTH.url}`)
    const headline = await editor.post('/related-links', { from: a.id, url: 'https://example.com/x', headline: 'h'.repeat(301) })
    expect(headline.status).toBe(400)
    expect(messageOf(headline.body)).toContain(`at most ${MAX_LENGTH.headline}`)
  })

  test('values at the limit are accepted', async () => {
    const response = await editor.post('/articles', { title: 'x'.repeat(MAX_LENGTH.title), lead: 'l'.repeat(MAX_LENGTH.lead), tags: ['t'.repeat(MAX_LENGTH.tag)] })
    expect(response.status).toBe(201)
  })

  test('the custom validators still say what is missing', async () => {
    expect(messageOf((await editor.post('/articles', { title: '   ' })).body)).toContain('must not be blank')
    expect(messageOf((await editor.post('/quotes', { text: 'No one said it' })).body)).toContain('An attribution is required')
  })
})

describe('concurrent saves of one document', () => {
  test.each([
    ['REST', 'rest'],
    ['GraphQL', 'graphql'],
  ])('%s: two editors saving different fields at once both keep their change (10 runs)', async (_name, api) => {
    for (let run = 0; run < 10; run++) {
      const article = await publishedArticle(p, `Concurrent ${api} ${run}`, { dateline: 'Kyiv', credit: 'UNN' })
      const save = (client: ApiClient, data: Record<string, string>) =>
        api === 'rest'
          ? client.patch(`/articles/${article.id}`, data)
          : client.graphql(`mutation ($id: Int!, $data: mutationArticleUpdateInput!) { updateArticle(id: $id, data: $data) { id } }`, {
              id: article.id,
              data,
            })
      const [one, two] = await Promise.all([save(editor, { dateline: `Lviv ${run}` }), save(editor2, { credit: `Reuters ${run}` })])
      expect([one.status, two.status]).toEqual([200, 200])
      if (api === 'graphql') expect([one.body.errors, two.body.errors]).toEqual([undefined, undefined])
      const stored = await p.findByID({ collection: 'articles', id: article.id, depth: 0 })
      expect([stored.dateline, stored.credit]).toEqual([`Lviv ${run}`, `Reuters ${run}`])
    }
  }, 120_000)

  test('REST: a save based on a stale version is a 409 that names the conflict, and writes nothing', async () => {
    const article = await publishedArticle(p, 'Stale REST', { dateline: 'Kyiv' })
    const loaded = (await editor.get(`/articles/${article.id}`, { depth: 0 })).body
    expect(loaded.baseVersion).toBe(loaded.updatedAt)
    const first = await editor2.patch(`/articles/${article.id}`, { dateline: 'Odesa', updatedAt: loaded.updatedAt })
    expect(first.status).toBe(200)
    const second = await editor.patch(`/articles/${article.id}`, { credit: 'UNN', updatedAt: loaded.updatedAt })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toMatch(/^This article was changed by another save after you loaded it: saved at .*, you loaded the version of .*, reload it and apply your change again$/)
    const stored = await p.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect([stored.dateline, stored.credit, stored.updatedAt]).toEqual(['Odesa', null, first.body.doc.updatedAt])
    // The admin's form sends baseVersion: the same rule.
    const admin = await editor.patch(`/articles/${article.id}`, { credit: 'UNN', baseVersion: loaded.updatedAt })
    expect(admin.status).toBe(409)
    // Reloaded, the change goes through; a save sending no version keeps today's behaviour.
    expect((await editor.patch(`/articles/${article.id}`, { credit: 'UNN', updatedAt: first.body.doc.updatedAt })).status).toBe(200)
    expect((await editor.patch(`/articles/${article.id}`, { source: 'Reuters' })).status).toBe(200)
  })

  test('saving again with the version a save returned is never a conflict, drafts included', async () => {
    const article = await publishedArticle(p, 'Save after save')
    let version = (await editor.get(`/articles/${article.id}`, { depth: 0 })).body.updatedAt
    for (const [data, draft] of [
      [{ dateline: 'One' }, false],
      [{ dateline: 'Two', _status: 'draft' }, true],
      [{ dateline: 'Three', _status: 'draft' }, true],
      [{ dateline: 'Four', _status: 'published' }, false],
    ] as const) {
      const saved = await editor.patch(`/articles/${article.id}`, { ...data, baseVersion: version }, draft ? { draft: 'true' } : {})
      expect([saved.status, saved.body.errors]).toEqual([200, undefined])
      expect(saved.body.doc.baseVersion).toBe(saved.body.doc.updatedAt)
      version = saved.body.doc.baseVersion
    }
  })

  test('GraphQL: a stale save is refused with the message, nothing written', async () => {
    const article = await publishedArticle(p, 'Stale GraphQL', { dateline: 'Kyiv' })
    const mutation = `mutation ($id: Int!, $data: mutationArticleUpdateInput!) { updateArticle(id: $id, data: $data) { id dateline updatedAt } }`
    const loaded = await p.findByID({ collection: 'articles', id: article.id, depth: 0 })
    const first = await editor2.graphql(mutation, { id: article.id, data: { dateline: 'Odesa', updatedAt: loaded.updatedAt } })
    expect(first.body.errors).toBeUndefined()
    const second = await editor.graphql(mutation, { id: article.id, data: { credit: 'UNN', updatedAt: loaded.updatedAt } })
    expect(second.body.errors?.[0].message).toMatch(/^This article was changed by another save/)
    expect(second.body.errors?.[0].extensions?.statusCode).toBe(409)
    const stored = await p.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect([stored.dateline, stored.credit]).toEqual(['Odesa', null])
  })

  test('people, quotes and related links refuse stale saves too', async () => {
    const person = await p.create({ collection: 'people', data: { name: 'Stale Person' } })
    const quote = await p.create({ collection: 'quotes', data: { text: 'Stale words', attribution: 'a source' } })
    const a = await publishedArticle(p, 'Stale link from')
    const link = await p.create({ collection: 'related-links', data: { from: a.id, url: 'https://example.com/stale' } })
    for (const [collection, doc, field] of [
      ['people', person, 'role'],
      ['quotes', quote, 'source'],
      ['related-links', link, 'headline'],
    ] as const) {
      expect((await editor2.patch(`/${collection}/${doc.id}`, { [field]: 'first', updatedAt: doc.updatedAt })).status).toBe(200)
      const stale = await editor.patch(`/${collection}/${doc.id}`, { [field]: 'second', updatedAt: doc.updatedAt })
      expect(stale.status).toBe(409)
      expect(stale.body.errors[0].message).toContain('changed by another save after you loaded it')
    }
  })

  test('baseVersion is computed, not stored: filtering or sorting on it is not a 500', async () => {
    for (const query of [{ where: { baseVersion: { equals: 'x' } } }, { sort: 'baseVersion' }]) {
      const response = await editor.get('/articles', query)
      expect(response.status).toBeLessThan(500)
    }
  })

  test('a malformed version is a 400', async () => {
    const article = await publishedArticle(p, 'Malformed version')
    const response = await editor.patch(`/articles/${article.id}`, { credit: 'UNN', updatedAt: 'yesterday' })
    expect(response.status).toBe(400)
    expect(messageOf(response.body)).toContain('updatedAt')
  })
})

describe('deletes keep the data valid', () => {
  test('a person still named by articles or quotes is not deleted: 409 listing them', async () => {
    const person = await p.create({ collection: 'people', data: { name: 'Referenced Person' } })
    const other = await p.create({ collection: 'people', data: { name: 'Unreferenced Person' } })
    const written = await publishedArticle(p, 'Written by the person', { author: person.id })
    const mentioned = await publishedArticle(p, 'Names the person', { people: [other.id, person.id] })
    const quote = await p.create({ collection: 'quotes', data: { text: 'The person said this', speaker: person.id } })

    const refused = await editor.delete(`/people/${person.id}`)
    expect(refused.status).toBe(409)
    const message = refused.body.errors[0].message
    expect(message).toBe(
      `Cannot delete person ${person.id} while it is still referenced: the author of article #${written.id} "Written by the person", ` +
        `named in article #${mentioned.id} "Names the person", the speaker of quote #${quote.id} "The person said this". Change those first, then delete.`,
    )
    const kept = await p.findByID({ collection: 'articles', id: written.id, depth: 0 })
    expect(kept.author).toBe(person.id)

    // Bulk delete: the referenced person is refused with the same message, the other one goes.
    await p.update({ collection: 'articles', id: mentioned.id, data: { people: [person.id] } })
    const bulk = await editor.delete('/people', { where: { id: { in: [person.id, other.id] } } })
    expect(bulk.status).toBe(400)
    expect(JSON.stringify(bulk.body)).toContain(`the author of article #${written.id}`)
    expect((await p.find({ collection: 'people', where: { id: { in: [person.id, other.id] } } })).docs.map((doc) => doc.id)).toEqual([person.id])

    // Once the references are changed, the person can go.
    await p.update({ collection: 'articles', id: written.id, data: { author: null } })
    await p.update({ collection: 'articles', id: mentioned.id, data: { people: [] } })
    await p.update({ collection: 'quotes', id: quote.id, data: { speaker: null, attribution: 'a former source' } })
    expect((await editor.delete(`/people/${person.id}`)).status).toBe(200)
  })

  test('the refusal lists the first 5 references of each kind and counts the rest', async () => {
    const person = await p.create({ collection: 'people', data: { name: 'Prolific Author' } })
    const stories = []
    for (let i = 1; i <= 7; i++) stories.push(await publishedArticle(p, `Prolific story ${i}`, { author: person.id }))
    const refused = await editor.delete(`/people/${person.id}`)
    expect(refused.status).toBe(409)
    const message: string = refused.body.errors[0].message
    for (const story of stories.slice(0, 5)) expect(message).toContain(`the author of article #${story.id} "${story.title}"`)
    expect(message).not.toContain(`#${stories[5].id}`)
    expect(message).toContain('the author of 2 more articles. Change those first, then delete.')
  })

  test("a person named only in an article's pending draft is not deleted either", async () => {
    const person = await p.create({ collection: 'people', data: { name: 'Draft Author' } })
    const article = await publishedArticle(p, 'Published without author')
    await p.update({ collection: 'articles', id: article.id, draft: true, data: { author: person.id, _status: 'draft' } })
    const refused = await editor.delete(`/people/${person.id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain(`#${article.id}`)
  })

  test('deleting an article turns "read also" blocks pointing at it into headline-only blocks', async () => {
    const target = await publishedArticle(p, 'The story that goes', { views: 42 } as never)
    const draftTarget = await p.create({ collection: 'articles', data: { title: 'A draft that goes', _status: 'draft' }, draft: true })
    const readAlso = (id: number) => blockNode('readAlso', { article: id })
    const bodyWith = (...ids: number[]) => lexicalRoot([paragraphNode('One.'), ...ids.map(readAlso), paragraphNode('Two.')])
    const citing = await publishedArticle(p, 'Cites the story', { body: bodyWith(target.id as number, draftTarget.id as number) })
    // A second story cites it only in its pending draft.
    const drafting = await publishedArticle(p, 'Cites it in a draft')
    await p.update({ collection: 'articles', id: drafting.id, draft: true, data: { body: bodyWith(target.id as number), _status: 'draft' } })
    const stored = await p.findByID({ collection: 'articles', id: target.id, depth: 0 })

    expect((await editor.delete(`/articles/${target.id}`)).status).toBe(200)
    expect((await editor.delete(`/articles/${draftTarget.id}`)).status).toBe(200)

    const blocksOf = (doc: any) =>
      (doc.body.root.children as any[]).filter((node) => node.type === 'block').map((node) => node.fields)
    const live = await p.findByID({ collection: 'articles', id: citing.id, depth: 0 })
    // The published target keeps its headline, date and views; the never-published draft's block is gone.
    expect(blocksOf(live)).toEqual([
      expect.objectContaining({ blockType: 'readAlso', article: null, headline: 'The story that goes', publishedAt: stored.publishedAt, views: 42 }),
    ])
    const draft = await p.findByID({ collection: 'articles', id: drafting.id, depth: 0, draft: true })
    expect(blocksOf(draft)).toEqual([expect.objectContaining({ article: null, headline: 'The story that goes' })])
    expect(draft._status).toBe('draft')
    // Both stories still validate: saving them again through the API works.
    expect((await editor.patch(`/articles/${citing.id}`, { credit: 'UNN' })).status).toBe(200)
    expect((await editor.patch(`/articles/${drafting.id}`, { credit: 'UNN', _status: 'draft' }, { draft: 'true' })).status).toBe(200)
  })
})

describe('deleting a quote', () => {
  const quoteBody = (id: number) => lexicalRoot([paragraphNode('Before.'), blockNode('quote', { quote: id }), paragraphNode('After.')])

  test('a quote placed in a story is not deleted: 409 naming the story; once the block is gone, it goes with it (no orphan)', async () => {
    const quote = await p.create({ collection: 'quotes', data: { text: 'Placed words', attribution: 'an official' } })
    const story = await publishedArticle(p, 'Carries the quote', { body: quoteBody(quote.id as number) })
    const refused = await editor.delete(`/quotes/${quote.id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toBe(
      `Cannot delete quote ${quote.id} while stories still carry it: placed in article #${story.id} "Carries the quote". Remove its Quote block from those stories first, then delete.`,
    )
    expect((await p.count({ collection: 'quotes', where: { id: { equals: quote.id } } })).totalDocs).toBe(1)
    await p.update({ collection: 'articles', id: story.id, data: { body: lexicalRoot([paragraphNode('Only text now.')]) } })
    // The quote was attached to the story it was placed in; removing its block on a published save drops it (README "No orphans").
    expect((await p.count({ collection: 'quotes', where: { id: { equals: quote.id } } })).totalDocs).toBe(0)
    expect((await editor.delete(`/quotes/${quote.id}`)).status).toBe(404)
  })

  test.each(['before', 'after'])('deleting a story may take its own quotes along (cascade hook %s ours)', async (position) => {
    // What the quote cascade on article delete does: delete the story's quotes in the same request.
    const cascade = async ({ id, req }: { id: number | string; req: any }) => {
      await req.payload.delete({ collection: 'quotes', where: { article: { equals: id } }, overrideAccess: true, req })
    }
    const hooks = p.collections.articles.config.hooks.beforeDelete as unknown[]
    if (position === 'before') hooks.unshift(cascade)
    else hooks.push(cascade)
    try {
      const quote = await p.create({ collection: 'quotes', data: { text: `Own words ${position}`, attribution: 'an official' } })
      const story = await publishedArticle(p, `Own quote ${position}`, { body: quoteBody(quote.id as number) })
      expect((await p.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).article).toBe(story.id)
      expect((await editor.delete(`/articles/${story.id}`)).status).toBe(200)
      expect((await p.count({ collection: 'quotes', where: { id: { equals: quote.id } } })).totalDocs).toBe(0)
      // The same through a bulk delete.
      const bulkQuote = await p.create({ collection: 'quotes', data: { text: `Bulk words ${position}`, attribution: 'an official' } })
      const bulkStory = await publishedArticle(p, `Bulk own quote ${position}`, { body: quoteBody(bulkQuote.id as number) })
      const bulk = await editor.delete('/articles', { where: { id: { equals: bulkStory.id } } })
      expect([bulk.status, bulk.body.errors]).toEqual([200, []])
      expect((await p.count({ collection: 'quotes', where: { id: { equals: bulkQuote.id } } })).totalDocs).toBe(0)
    } finally {
      hooks.splice(hooks.indexOf(cascade), 1)
    }
  })
})

describe('recomputes of one article at once', () => {
  const options = () => p.config.custom.newsroomRelated as SanitizedRelatedOptions

  test('two recomputes of the same article, 20 times: no error and the same links as one alone', async () => {
    // Rare words shared by the source and a few stories, and a shared tag: real candidates.
    const source = await publishedArticle(p, 'Zaporizhzhia turbines barge convoy reaches Mykolaiv shipyard', { tags: ['convoy'] })
    const others = []
    for (const title of [
      'Zaporizhzhia turbines delayed at the border',
      'Barge convoy on the Dnipro carries turbines',
      'Mykolaiv shipyard repairs a barge convoy',
      'Shipyard in Mykolaiv gets turbines from Zaporizhzhia',
    ]) others.push(await publishedArticle(p, title, { tags: ['convoy'] }))
    const engine = new RelatedEngine(p, options())
    for (const other of others) await engine.recompute('articles', other.id)
    const linksOf = async () =>
      (await p.find({ collection: 'related-links', where: { from: { equals: source.id } }, depth: 0, limit: 100, sort: 'order' })).docs.map((link) => ({
        to: link.to,
        order: link.order,
        terms: link.reasons?.sharedTerms,
      }))
    await engine.recompute('articles', source.id)
    const alone = await linksOf()
    expect(alone.length).toBeGreaterThan(0)
    for (let run = 0; run < 20; run++) {
      await p.delete({ collection: 'related-links', where: { from: { equals: source.id } } })
      const results = await Promise.allSettled([engine.recompute('articles', source.id), engine.recompute('articles', source.id)])
      expect(results.filter((result) => result.status === 'rejected')).toEqual([])
      expect(await linksOf()).toEqual(alone)
    }
  }, 120_000)
})
