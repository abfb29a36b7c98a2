// Integration tests for the wire importer on a real PostgreSQL: the Local API function, the resolution of
// "read also" headlines on publish, the one-transaction guarantee, the REST endpoint and GraphQL.
import fs from 'node:fs'
import path from 'node:path'

import type { Article } from '../../src/payload-types'
import { importWireStory, type WireImportResult } from '../../collections/import/importWireStory'
import { createStaff, PASSWORD, type Staff } from '../helpers/fixtures'
import { ApiClient } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'

const SAMPLE = path.resolve(process.cwd(), '../shared/samples/wire-story-paris-2026-01-06.txt')
const sample = fs.readFileSync(SAMPLE, 'utf8')
const fixture = (name: string) => fs.readFileSync(path.resolve(process.cwd(), 'tests/fixtures/wire', name), 'utf8')

const SAMPLE_TITLE =
  "Reuters: Ukraine's allies gather in Paris to coordinate contributions to multinational forces and broader security guarantees"
const RELATED_1 = "US to participate in 'coalition of the willing' meeting in Paris"
const RELATED_2 = 'Ukraine will prepare for both options - diplomacy or active defense: Zelenskyy announced a new diplomatic week in Europe'

let t: TestPayload
let staff: Staff
beforeAll(async () => {
  t = await startPayload()
  staff = await createStaff(t.payload)
})
afterAll(async () => t?.close())


/**
 * Only links made by hand (or by the importer) are counted: the plugin's background job adds `auto`
 * links between published stories at any time.
 */
const MANUAL = { origin: { equals: 'manual' } } as const

/** Everything an import may write, counted. */
async function counts() {
  const { payload } = t
  const count = async (collection: 'articles' | 'people' | 'quotes') => (await payload.count({ collection, overrideAccess: true })).totalDocs
  return {
    articles: await count('articles'),
    versions: (await payload.countVersions({ collection: 'articles', overrideAccess: true })).totalDocs,
    people: await count('people'),
    quotes: await count('quotes'),
    links: (await payload.count({ collection: 'related-links', where: MANUAL, overrideAccess: true })).totalDocs,
  }
}

const article = (id: number | string) => t.payload.findByID({ collection: 'articles', id, depth: 0, draft: true, overrideAccess: true })

type Node = Record<string, unknown> & { fields?: Record<string, unknown> }
const topNodes = (doc: Article): Node[] => (doc.body?.root.children ?? []) as Node[]
/** The body as compact tuples: [type, text | block fields]. */
function outline(doc: Article): Array<[string, unknown]> {
  return topNodes(doc).map((node) => {
    if (node.type === 'block') {
      const { id: _id, blockName: _name, ...fields } = node.fields ?? {}
      return ['block', fields]
    }
    const text = ((node.children as Array<{ text: string }>) ?? []).map((child) => child.text).join('')
    return [String(node.type === 'heading' ? `heading:${String(node.tag)}` : node.type), text]
  })
}

async function publish(title: string, extra: Record<string, unknown> = {}) {
  return t.payload.create({ collection: 'articles', data: { title, lead: `${title}.`, _status: 'published', ...extra } as never, overrideAccess: true })
}

/** Runs `fn` and returns the error it throws. */
async function failure(fn: () => Promise<unknown>): Promise<Error & { status?: number; data?: { line?: null | number } }> {
  try {
    await fn()
  } catch (error) {
    return error as Error & { status?: number; data?: { line?: null | number } }
  }
  throw new Error('expected an error, but the call succeeded')
}

describe('the real sample', () => {
  let first: WireImportResult

  test('becomes a draft with headline, dateline, credit, source, views, lead, author, quotes and unresolved related headlines', async () => {
    const before = await counts()
    first = await importWireStory(t.payload, sample)
    expect(first.article).toMatchObject({ title: SAMPLE_TITLE, created: true, status: 'draft' })
    expect(first.article.slug).toMatch(/^reuters-ukraine-s-allies-gather-in-paris/)
    // The command line (no user) migrates an archive: a new article takes the count the text states.
    expect(first).toMatchObject({ dateline: 'Kyiv', credit: 'UNN', source: 'Reuters', views: 1272, viewsSet: true, date: '2026-01-06' })
    expect(first.author).toMatchObject({ name: 'Julia Shramko', created: true })
    expect(first.relatedLinks).toEqual([])
    expect(first.unresolved).toEqual([
      { headline: RELATED_1, publishedAt: '2026-01-05T15:32:00.000Z', views: 7684, afterParagraph: 2, suggestions: [] },
      { headline: RELATED_2, publishedAt: '2026-01-04T18:10:00.000Z', views: 9950, afterParagraph: 6, suggestions: [] },
    ])

    const doc = await article(first.article.id as number)
    expect(doc).toMatchObject({ title: SAMPLE_TITLE, dateline: 'Kyiv', credit: 'UNN', source: 'Reuters', views: 1272, _status: 'draft' })
    expect(doc.lead).toMatch(/^More than 27 leaders.*ceasefire with Russia\.$/)
    expect(doc.importKey).toBe(first.importKey)

    const author = await t.payload.findByID({ collection: 'people', id: doc.author as number, overrideAccess: true })
    expect(author).toMatchObject({ name: 'Julia Shramko', kind: 'person', slug: 'julia-shramko' })

    const quotes = await t.payload.find({ collection: 'quotes', where: { article: { equals: doc.id } }, sort: 'id', overrideAccess: true, depth: 0 })
    expect(quotes.docs.map(({ text, attribution, source }) => ({ text: text.slice(0, 30), attribution, source }))).toEqual([
      { text: 'The meeting will focus on secu', attribution: 'according to a note sent to 35 invited delegations and reviewed by Reuters', source: 'Reuters' },
      { text: 'We have reached an agreement o', attribution: "a representative of the French president's office told reporters before the summit", source: 'Reuters' },
    ])

    // Reading order: paragraphs, the subhead, the quotes and the "read also" headlines where they stood.
    const [q1, q2] = quotes.docs.map((quote) => quote.id)
    // A Quote block shows its Quote's words (the body is where editors edit them).
    const words = (index: number) => ({ text: quotes.docs[index].text, speaker: null, attribution: quotes.docs[index].attribution })
    expect(outline(doc).map(([type, value]) => (type === 'block' ? value : type))).toEqual([
      'paragraph',
      'heading:h2',
      'paragraph',
      { blockType: 'readAlso', headline: RELATED_1, publishedAt: '2026-01-05T15:32:00.000Z', views: 7684 },
      'paragraph',
      'paragraph',
      { blockType: 'quote', quote: q1, ...words(0) },
      'paragraph',
      'paragraph',
      { blockType: 'readAlso', headline: RELATED_2, publishedAt: '2026-01-04T18:10:00.000Z', views: 9950 },
      { blockType: 'quote', quote: q2, ...words(1) },
      'paragraph',
    ])
    expect(outline(doc)[1]).toEqual(['heading:h2', 'Details'])
    expect(doc.unresolvedHeadlines?.map((entry) => entry.headline)).toEqual([RELATED_1, RELATED_2])

    const after = await counts()
    expect(after.articles).toBe(before.articles + 1)
    expect(after.quotes).toBe(before.quotes + 2)
    expect(after.people).toBe(before.people + 1)
  })

  test('importing it again updates the same documents and duplicates nothing', async () => {
    const before = await counts()
    const again = await importWireStory(t.payload, sample)
    expect(again.article).toMatchObject({ id: first.article.id, slug: first.article.slug, created: false })
    expect(again.author).toMatchObject({ id: first.author?.id, created: false })
    expect(again.quotes.map((quote) => quote.created)).toEqual([false, false])
    expect(again.quotes.map((quote) => quote.id)).toEqual(first.quotes.map((quote) => quote.id))
    const after = await counts()
    expect({ ...after, versions: 0 }).toEqual({ ...before, versions: 0 })
    // A dry run of the same text says so too.
    const preview = await importWireStory(t.payload, sample, { dryRun: true })
    expect(preview).toMatchObject({ dryRun: true, article: { id: first.article.id, created: false }, author: { created: false } })
  })

  test('a re-import never changes the live count: view tracking owns it once the article exists', async () => {
    // View tracking writes through the Local API, as here.
    await t.payload.update({ collection: 'articles', id: first.article.id as number, data: { views: 5 }, overrideAccess: true })
    const again = await importWireStory(t.payload, sample)
    expect(again).toMatchObject({ views: 1272, viewsSet: false })
    expect((await article(first.article.id as number)).views).toBe(5)
    const admin = { ...(await t.payload.findByID({ collection: 'users', id: staff.admin.id })), collection: 'users' as const }
    await importWireStory(t.payload, sample, { user: admin })
    expect((await article(first.article.id as number)).views).toBe(5)
  })

  test('an unresolved headline is linked when a matching article is published later', async () => {
    // A draft with the headline's title is not enough.
    const target = await t.payload.create({ collection: 'articles', data: { title: RELATED_1 + ' - media', _status: 'draft' } as never, overrideAccess: true })
    expect((await article(first.article.id as number)).unresolvedHeadlines).toHaveLength(2)

    await t.payload.update({ collection: 'articles', id: target.id, data: { title: RELATED_1, _status: 'published' }, overrideAccess: true })
    const doc = await article(first.article.id as number)
    const block = topNodes(doc).find((node) => node.fields?.headline === RELATED_1)
    expect(block?.fields?.article).toBe(target.id)
    expect(doc.unresolvedHeadlines?.map((entry) => entry.headline)).toEqual([RELATED_2])
    expect(doc._status).toBe('draft')
    const links = await t.payload.find({ collection: 'related-links', where: { and: [{ from: { equals: doc.id } }, MANUAL] }, depth: 0, overrideAccess: true })
    expect(links.docs).toHaveLength(1)
    expect(links.docs[0]).toMatchObject({ to: target.id, headline: RELATED_1, origin: 'manual', position: { placement: 'inline', afterParagraph: 2 } })

    // A re-import now finds the article at once and keeps the one link.
    const before = await counts()
    const again = await importWireStory(t.payload, sample)
    expect(again.relatedLinks).toMatchObject([{ headline: RELATED_1, to: { id: target.id }, placement: 'inline', afterParagraph: 2, created: false }])
    expect(again.unresolved.map((entry) => entry.headline)).toEqual([RELATED_2])
    expect({ ...(await counts()), versions: 0 }).toEqual({ ...before, versions: 0 })
  })

  test('GraphQL shows the imported sample', async () => {
    const editor = await ApiClient.login(t.config, staff.editor.email, PASSWORD)
    const { status, body } = await editor.graphql(
      `query ($slug: String!) {
        Articles(where: { slug: { equals: $slug } }, draft: true) {
          docs { title dateline credit source views _status author { name } quotes(sort: "id") { docs { text attribution } } body }
        }
      }`,
      { slug: first.article.slug },
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    const [doc] = body.data.Articles.docs
    // views: the count view tracking set above, which the re-imports kept.
    expect(doc).toMatchObject({ title: SAMPLE_TITLE, dateline: 'Kyiv', credit: 'UNN', source: 'Reuters', views: 5, _status: 'draft', author: { name: 'Julia Shramko' } })
    expect(doc.quotes.docs.map((quote: { attribution: string }) => quote.attribution)).toEqual([
      'according to a note sent to 35 invited delegations and reviewed by Reuters',
      "a representative of the French president's office told reporters before the summit",
    ])
    const blocks = doc.body.root.children.filter((node: Node) => node.type === 'block').map((node: Node) => node.fields?.blockType)
    expect(blocks).toEqual(['readAlso', 'quote', 'readAlso', 'quote'])
  })
})

describe('related headlines that name existing articles', () => {
  test('become related links at their position; a fuzzy title match counts; others stay unresolved', async () => {
    const grid = fixture('several-related.txt')
    // Exact title, and one word changed (Dice ≥ 0.85), both published; a draft never matches.
    const imports = await publish('Ukraine imports record volume of electricity amid frost')
    const ministers = await publish('Energy ministers to meet in Warsaw next week!')
    const draft = await t.payload.create({ collection: 'articles', data: { title: 'Kyiv city council approves new shelter inspection rules', _status: 'draft' } as never, overrideAccess: true })

    const preview = await importWireStory(t.payload, grid, { dryRun: true })
    expect(preview.relatedLinks.map((link) => link.to.id)).toEqual([ministers.id, imports.id])

    const result = await importWireStory(t.payload, grid)
    expect(result.relatedLinks).toMatchObject([
      { headline: 'Energy ministers to meet in Warsaw next week', to: { id: ministers.id }, placement: 'end', afterParagraph: null, created: true },
      { headline: 'Ukraine imports record volume of electricity amid frost', to: { id: imports.id }, placement: 'inline', afterParagraph: 2, created: true },
    ])
    expect(result.unresolved).toEqual([
      {
        headline: 'Kyiv city council approves new shelter inspection rules',
        publishedAt: '2026-02-11T06:05:00.000Z',
        views: 1,
        afterParagraph: 3,
        // The draft is not linked, but the preview offers it as the closest story.
        suggestions: [{ id: draft.id, title: 'Kyiv city council approves new shelter inspection rules', slug: draft.slug, score: 1 }],
      },
    ])

    const links = await t.payload.find({ collection: 'related-links', where: { and: [{ from: { equals: result.article.id } }, MANUAL] }, sort: 'order', depth: 0, overrideAccess: true })
    expect(links.docs.map((link) => [link.to, link.origin, link.position?.placement, link.position?.afterParagraph ?? null, link.order])).toEqual([
      [ministers.id, 'manual', 'end', null, 0],
      [imports.id, 'manual', 'inline', 2, 1],
    ])
    const doc = await article(result.article.id as number)
    const readAlso = topNodes(doc).filter((node) => node.fields?.blockType === 'readAlso').map((node) => node.fields?.article ?? null)
    expect(readAlso).toEqual([ministers.id, imports.id, null])
    expect(doc.unresolvedHeadlines?.map((entry) => entry.headline)).toEqual(['Kyiv city council approves new shelter inspection rules'])

    // A preview of the same text now knows the links exist.
    const again = await importWireStory(t.payload, grid, { dryRun: true })
    expect(again.article).toMatchObject({ id: result.article.id, created: false })
    expect(again.relatedLinks.map((link) => link.created)).toEqual([false, false])
  })

  test('a Cyrillic story: fuzzy match in Cyrillic, author found by alias, transliterated slug', async () => {
    const mayor = await publish('Мер обіцяє нові укриття у школах до кінця року')
    const person = await t.payload.create({ collection: 'people', data: { name: 'Olena Koval', aliases: ['олена коваль'] }, overrideAccess: true })
    const before = await counts()
    const result = await importWireStory(t.payload, fixture('cyrillic.txt'))
    expect(result.article).toMatchObject({ title: 'Суспільне: У Києві після ремонту відкрили дитячу бібліотеку на Подолі', created: true })
    expect(result.article.slug).toMatch(/^suspilne-u-kiievi-pislya-remontu/)
    expect(result).toMatchObject({ dateline: 'Київ', credit: 'УНН', source: 'Суспільне', views: 845 })
    expect(result.author).toEqual({ id: person.id, name: 'Olena Koval', created: false })
    expect(result.quotes).toMatchObject([{ text: 'Ми хотіли, щоб діти мали безпечне місце для читання навіть під час тривог', attribution: 'розповіла директорка бібліотеки журналістам' }])
    expect(result.relatedLinks).toMatchObject([{ headline: 'Мер обіцяє нові укриття в школах до кінця року', to: { id: mayor.id }, afterParagraph: 2 }])
    expect(result.unresolved.map((entry) => entry.headline)).toEqual(['У Львові запрацював новий маршрут тролейбуса'])
    const after = await counts()
    expect(after.people).toBe(before.people)
    expect((await article(result.article.id as number)).author).toBe(person.id)
  })

  test('a published story with a pending draft gets the link in both, and a re-import keeps it published', async () => {
    const imported = await importWireStory(t.payload, fixture('summer-dst.txt'))
    const id = imported.article.id as number
    await t.payload.update({ collection: 'articles', id, data: { _status: 'published' }, overrideAccess: true })
    await t.payload.update({ collection: 'articles', id, data: { lead: 'An edited lead, not yet published.', _status: 'draft' }, draft: true, overrideAccess: true })

    const target = await publish('Universities announce joint scholarship for engineering students')
    const linked = (doc: Article) => topNodes(doc).find((node) => node.fields?.blockType === 'readAlso')?.fields?.article
    const live = await t.payload.findByID({ collection: 'articles', id, depth: 0, draft: false, overrideAccess: true })
    const draft = await article(id)
    expect(live).toMatchObject({ _status: 'published' })
    expect(live.lead).not.toBe('An edited lead, not yet published.')
    expect(linked(live)).toBe(target.id)
    expect(draft).toMatchObject({ _status: 'draft', lead: 'An edited lead, not yet published.' })
    expect(linked(draft)).toBe(target.id)
    const links = await t.payload.find({ collection: 'related-links', where: { and: [{ from: { equals: id } }, MANUAL] }, depth: 0, overrideAccess: true })
    expect(links.docs.map((link) => [link.to, link.position?.placement, link.position?.afterParagraph])).toEqual([[target.id, 'inline', 1]])

    const again = await importWireStory(t.payload, fixture('summer-dst.txt'))
    // The pending draft is an editor's change: the re-import is saved as a newer draft beside it.
    expect(again).toMatchObject({ reimport: 'draft', article: { id, created: false, status: 'published' } })
    expect((await t.payload.findByID({ collection: 'articles', id, depth: 0, draft: false, overrideAccess: true }))._status).toBe('published')
    expect(again.relatedLinks).toMatchObject([{ to: { id: target.id }, created: false }])
  })

  test('a story with no author and no views line', async () => {
    const result = await importWireStory(t.payload, fixture('no-author-no-views.txt'))
    expect(result).toMatchObject({ author: null, views: null, dateline: 'Izmail', source: 'AFP' })
    const doc = await article(result.article.id as number)
    expect(doc.author ?? null).toBeNull()
    expect(doc.views).toBe(0)
    expect(result.quotes).toHaveLength(1)
  })

  test('the same quote twice in a story is two quotes, and stays two on a re-import', async () => {
    const quote = '\n\nThe operator added two extra crossings a day to clear the backlog\n\n- the regional administration said in a statement.\n'
    const text = fixture('no-author-no-views.txt').replace('date 2026-01-20', 'date 2026-01-21').trimEnd() + quote
    const first = await importWireStory(t.payload, text)
    expect(first.quotes.map((entry) => entry.created)).toEqual([true, true])
    const before = await counts()
    const again = await importWireStory(t.payload, text)
    expect(again.quotes.map((entry) => entry.id)).toEqual(first.quotes.map((entry) => entry.id))
    expect(new Set(again.quotes.map((entry) => entry.id)).size).toBe(2)
    expect({ ...(await counts()), versions: 0 }).toEqual({ ...before, versions: 0 })
  })

  test('CRLF and LF versions of a story are the same story', async () => {
    const crlf = fixture('crlf.txt')
    const first = await importWireStory(t.payload, crlf)
    expect(first).toMatchObject({ article: { title: 'Reuters: Baltic ports report record grain transit from Ukraine in January', created: true }, dateline: 'Odesa', views: 2048 })
    expect(first.author?.name).toBe('Oleh Tkachenko')
    expect(first.quotes[0].attribution).toBe('a spokesperson for the port of Klaipeda said')
    const lf = await importWireStory(t.payload, crlf.replace(/\r\n/g, '\n'))
    expect(lf.article).toMatchObject({ id: first.article.id, created: false })
    expect(lf.importKey).toBe(first.importKey)
  })
})

describe('errors and the transaction', () => {
  test('garbage is rejected with a line number and nothing is written', async () => {
    const before = await counts()
    for (const [text, line] of [
      [fixture('garbage-json.txt'), 1],
      [fixture('garbage-symbols.txt'), 1],
      ['', 1],
      // Furniture and nothing else: no headline, and the error names the last line read.
      [' date 2026-02-27 $41.90\n\n • 5 views\n\nKyiv • UNN', 5],
    ] as const) {
      const error = await failure(() => importWireStory(t.payload, text))
      expect(error.status).toBe(400)
      expect(error.message).toMatch(new RegExp(`^line ${line}: `))
      expect(error.data?.line).toBe(line)
    }
    const long = await failure(() => importWireStory(t.payload, `2026-01-01\n${'Long headline '.repeat(30)}\nKyiv • UNN\nThe lead.`))
    expect(long.status).toBe(400)
    expect(long.message).toMatch(/^line 2: the headline is \d+ characters long/)
    expect(await counts()).toEqual(before)
  })

  test('a failure midway rolls back every write of the import', async () => {
    // A new story (another date and author) whose first related headline matches a published article,
    // so that it writes a person, quotes, the article, a version and a link before failing.
    const text = sample.replace('date 2026-01-06', 'date 2026-01-07').replace(/Julia Shramko\s*$/, 'Nobody Newperson\n')
    const before = await counts()
    for (const step of ['author', 'quotes', 'article', 'links'] as const) {
      const seen: string[] = []
      const error = await failure(() =>
        importWireStory(t.payload, text, {
          afterStep: async (name, req) => {
            seen.push(name)
            if (name === 'links') {
              // Everything is written by now, inside the transaction.
              const links = await req.payload.count({ collection: 'related-links', where: MANUAL, req, overrideAccess: true })
              expect(links.totalDocs).toBe(before.links + 1)
            }
            if (name === step) throw new Error(`forced failure after ${name}`)
          },
        }),
      )
      expect(error.message).toBe(`forced failure after ${step}`)
      expect(seen[seen.length - 1]).toBe(step)
      expect(await counts()).toEqual(before)
      const nobody = await t.payload.count({ collection: 'people', where: { name: { equals: 'Nobody Newperson' } }, overrideAccess: true })
      expect(nobody.totalDocs).toBe(0)
    }
    // And without a failure the same text imports.
    const result = await importWireStory(t.payload, text)
    expect(result.article.created).toBe(true)
    expect(result.relatedLinks).toHaveLength(1)
    expect((await counts()).articles).toBe(before.articles + 1)
  })
})

describe('POST /api/articles/import', () => {
  const story = () => fixture('no-quotes.txt')

  test('anonymous requests are refused with 403', async () => {
    const before = await counts()
    const { status, body } = await new ApiClient(t.config).post('/articles/import', { text: story() })
    expect(status).toBe(403)
    expect(body.errors[0].message).toMatch(/Log in/)
    expect(await counts()).toEqual(before)
  })

  test('a dry run previews and writes nothing', async () => {
    const author = await ApiClient.login(t.config, staff.author.email, PASSWORD)
    const before = await counts()
    const { status, body } = await author.post('/articles/import', { text: story(), dryRun: true })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      dryRun: true,
      article: { id: null, created: true, title: 'The Guardian: Volunteers in Lviv restore a nineteenth-century printing press' },
      author: { id: null, name: 'Petro Savchuk', created: true },
      views: 986,
      viewsSet: false,
      source: 'The Guardian',
    })
    expect(await counts()).toEqual(before)
  })

  test('an author imports a story as a draft of their own (201), then updates it (200)', async () => {
    const author = await ApiClient.login(t.config, staff.author.email, PASSWORD)
    const created = await author.post('/articles/import', { text: story() })
    expect(created.status).toBe(201)
    expect(created.body.article).toMatchObject({ created: true, status: 'draft' })
    const doc = await article(created.body.article.id)
    // The text says 986 views; an author's import never sets the count (it would go live on publishing).
    expect(created.body).toMatchObject({ views: 986, viewsSet: false })
    expect(doc).toMatchObject({ _status: 'draft', createdBy: staff.author.id, views: 0, dateline: 'Lviv' })
    // The author can read their draft through the API.
    expect((await author.get(`/articles/${doc.id}`, { draft: 'true' })).status).toBe(200)

    const updated = await author.post('/articles/import', { text: story() })
    expect(updated.status).toBe(200)
    expect(updated.body.article).toMatchObject({ id: doc.id, created: false })

    // Another author may not overwrite it; an editor may.
    const other = await ApiClient.login(t.config, staff.author2.email, PASSWORD)
    const refused = await other.post('/articles/import', { text: story() })
    expect(refused.status).toBe(403)
    const editor = await ApiClient.login(t.config, staff.editor.email, PASSWORD)
    // Once published the story is counted; an editor's re-import keeps the live count.
    await editor.patch(`/articles/${doc.id}`, { _status: 'published' })
    await t.payload.update({ collection: 'articles', id: doc.id, data: { views: 42 }, overrideAccess: true })
    const reimported = await editor.post('/articles/import', { text: story() })
    expect(reimported.status).toBe(200)
    expect(reimported.body).toMatchObject({ views: 986, viewsSet: false })
    expect((await article(doc.id)).views).toBe(42)
  })

  test('only an admin migrating a new story keeps the count the text states', async () => {
    const text = (date: string) => story().replace(/date \d{4}-\d{2}-\d{2}/, `date ${date}`)
    const editor = await ApiClient.login(t.config, staff.editor.email, PASSWORD)
    const byEditor = await editor.post('/articles/import', { text: text('2026-03-01') })
    expect(byEditor.status).toBe(201)
    expect(byEditor.body).toMatchObject({ views: 986, viewsSet: false })
    expect((await article(byEditor.body.article.id)).views).toBe(0)

    const admin = await ApiClient.login(t.config, staff.admin.email, PASSWORD)
    const preview = await admin.post('/articles/import', { text: text('2026-03-02'), dryRun: true })
    expect(preview.body).toMatchObject({ views: 986, viewsSet: true })
    const byAdmin = await admin.post('/articles/import', { text: text('2026-03-02') })
    expect(byAdmin.status).toBe(201)
    expect(byAdmin.body).toMatchObject({ views: 986, viewsSet: true })
    expect((await article(byAdmin.body.article.id)).views).toBe(986)
  })

  test('bad text is a 400 naming the line; a missing text too', async () => {
    const author = await ApiClient.login(t.config, staff.author.email, PASSWORD)
    const before = await counts()
    const bad = await author.post('/articles/import', { text: fixture('garbage-json.txt') })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/^line 1: not a wire story/)
    const missing = await author.post('/articles/import', { dryRun: true })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toMatch(/"text" is required/)
    const notJson = await author.post('/articles/import', 'text=hello')
    expect(notJson.status).toBe(400)
    expect(await counts()).toEqual(before)
  })

  test('text over 200 KB is refused with 413', async () => {
    const author = await ApiClient.login(t.config, staff.author.email, PASSWORD)
    const before = await counts()
    const huge = story() + '\n' + 'More text for the story. '.repeat(Math.ceil((200 * 1024) / 25))
    const { status, body } = await author.post('/articles/import', { text: huge })
    expect(status).toBe(413)
    expect(body.errors[0].message).toMatch(/200 KB/)
    expect(await counts()).toEqual(before)
  })
})
