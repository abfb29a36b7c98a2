// The story's own publication time on import, editors' changes kept across a re-import, and the preview
// (dry run) of what the importer understood; on a real PostgreSQL.
import fs from 'node:fs'
import path from 'node:path'

import { importWireStory } from '../../collections/import/importWireStory'
import { SHAPES_DIR, SHAPES_NOW, type ExpectedFields } from '../../scripts/import/wireScore'
import { createStaff, PASSWORD, type Staff } from '../helpers/fixtures'
import { ApiClient } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'

const shape = (name: string) => fs.readFileSync(path.resolve(process.cwd(), 'tests/fixtures/wire/shapes', name), 'utf8')
const sample = fs.readFileSync(path.resolve(process.cwd(), '../shared/samples/wire-story-paris-2026-01-06.txt'), 'utf8')

let t: TestPayload
let staff: Staff
beforeAll(async () => {
  t = await startPayload()
  staff = await createStaff(t.payload)
})
afterAll(async () => t?.close())

const editor = async () => ({ ...(await t.payload.findByID({ collection: 'users', id: staff.editor.id })), collection: 'users' as const })
const latest = (id: number) => t.payload.findByID({ collection: 'articles', id, depth: 0, draft: true, overrideAccess: true })
const live = (id: number) => t.payload.findByID({ collection: 'articles', id, depth: 0, draft: false, overrideAccess: true })

describe('the publication time', () => {
  test('is the time line read as Kyiv time; quotes get it as saidAt; publishing keeps it', async () => {
    const result = await importWireStory(t.payload, shape('interfax-en.txt'))
    expect(result).toMatchObject({ publishedAt: '2026-01-28T16:43:00.000Z', time: '18:43', date: '2026-01-28' })
    const id = result.article.id as number
    expect((await latest(id)).publishedAt).toBe('2026-01-28T16:43:00.000Z')
    const quote = await t.payload.findByID({ collection: 'quotes', id: result.quotes[0].id as number, overrideAccess: true })
    expect(quote.saidAt).toBe('2026-01-28T16:43:00.000Z')

    await t.payload.update({ collection: 'articles', id, data: { _status: 'published' }, user: await editor(), overrideAccess: false })
    expect((await live(id)).publishedAt).toBe('2026-01-28T16:43:00.000Z')
  })

  test('a header date without a time is the start of that day in Kyiv', async () => {
    const result = await importWireStory(t.payload, sample)
    expect(result).toMatchObject({ publishedAt: '2026-01-05T22:00:00.000Z', time: null })
    expect((await latest(result.article.id as number)).publishedAt).toBe('2026-01-05T22:00:00.000Z')
  })
})

describe('a re-import', () => {
  test('of a story nobody changed updates it in place', async () => {
    const first = await importWireStory(t.payload, shape('unn-en-older.txt'))
    const again = await importWireStory(t.payload, shape('unn-en-older.txt'))
    expect(again).toMatchObject({ reimport: 'update', article: { id: first.article.id, created: false } })
  })

  test('of a published story an editor changed becomes a new draft version; the live story and the edit stay', async () => {
    const text = shape('unn-uk-current.txt')
    const first = await importWireStory(t.payload, text)
    const id = first.article.id as number
    const user = await editor()
    await t.payload.update({ collection: 'articles', id, data: { _status: 'published' }, user, overrideAccess: false })
    await t.payload.update({ collection: 'articles', id, data: { lead: 'The editor rewrote the lead.', _status: 'published' }, user, overrideAccess: false })
    const versionsBefore = (await t.payload.countVersions({ collection: 'articles', where: { parent: { equals: id } }, overrideAccess: true })).totalDocs

    const preview = await importWireStory(t.payload, text, { dryRun: true })
    expect(preview.reimport).toBe('draft')
    const again = await importWireStory(t.payload, text, { user })
    expect(again).toMatchObject({ reimport: 'draft', article: { id, status: 'published', created: false } })

    expect(await live(id)).toMatchObject({ _status: 'published', lead: 'The editor rewrote the lead.' })
    expect(await latest(id)).toMatchObject({ _status: 'draft', lead: first.lead })
    const { docs } = await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 100, overrideAccess: true })
    expect(docs.length).toBe(versionsBefore + 1)
    // The editor's published version is still there to compare with and to go back to.
    expect(docs.some((version) => version.version.lead === 'The editor rewrote the lead.' && version.version._status === 'published')).toBe(true)

    // Imported again before anyone looked: still a draft, never published over the editor's live story.
    expect(await importWireStory(t.payload, text, { user })).toMatchObject({ reimport: 'draft' })
    expect(await live(id)).toMatchObject({ _status: 'published', lead: 'The editor rewrote the lead.' })
  })

  test('of a draft an editor changed keeps their version in the history', async () => {
    const text = shape('rbc-ru.txt')
    const first = await importWireStory(t.payload, text)
    const id = first.article.id as number
    await t.payload.update({ collection: 'articles', id, data: { title: 'Заголовок редактора' }, user: await editor(), overrideAccess: false })
    const again = await importWireStory(t.payload, text)
    expect(again.reimport).toBe('draft')
    expect((await latest(id)).title).toBe(first.article.title)
    const { docs } = await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, limit: 100, overrideAccess: true })
    expect(docs.some((version) => version.version.title === 'Заголовок редактора')).toBe(true)
  })
})

describe('length limits', () => {
  test('a lead over its limit is imported as the first paragraph, with a warning naming its line', async () => {
    const lead = `${'A very long opening sentence of a wire story. '.repeat(50).trim()}`
    const result = await importWireStory(t.payload, `Officials publish a long report on river transport\nKyiv • UNN\n${lead}\nSecond paragraph.`)
    expect(result.warnings).toEqual([{ line: 3, message: expect.stringMatching(/^the lead is \d+ characters long \(at most 2000\): kept as the first paragraph/) }])
    const doc = await latest(result.article.id as number)
    expect(doc.lead ?? null).toBeNull()
    expect((doc.body?.root.children as unknown as Array<{ children: Array<{ text: string }> }>).map((node) => node.children[0].text)).toEqual([lead, 'Second paragraph.'])
  })
})

describe('the preview (POST /api/articles/import with dryRun)', () => {
  test('shows what was understood: time, author, people, quotes, read-also with suggestions, warnings by line', async () => {
    const person = await t.payload.create({ collection: 'people', data: { name: 'Olena Goncharova', kind: 'person' } as never, overrideAccess: true })
    const known = await t.payload.create({ collection: 'people', data: { name: 'Mark Carney', kind: 'person' } as never, overrideAccess: true })
    const near = await t.payload.create({
      collection: 'articles',
      data: { title: 'Canada will send more armored vehicles to Ukraine', lead: 'x.', _status: 'published' } as never,
      overrideAccess: true,
    })
    const text = shape('kyiv-independent.txt')
      .replace('mostly in the United Kingdom and Poland.', 'mostly in the United Kingdom and Poland, Prime Minister Mark Carney and Colonel Ivan Petrenko said.')
      .replace('What the mission does', 'What the mission does\n* * *')
    const client = await ApiClient.login(t.config, staff.author.email, PASSWORD)
    const before = (await t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs
    const { status, body } = await client.post('/articles/import', { text, dryRun: true })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      dryRun: true,
      article: { id: null, created: true, title: 'Canada extends its training mission for Ukrainian soldiers until 2028' },
      publishedAt: '2026-02-05T23:07:00.000Z',
      time: '01:07',
      author: { id: person.id, name: 'Olena Goncharova', created: false },
      authorRole: 'Head of North America desk',
      quotes: [{ text: 'Our commitment to Ukraine is not going anywhere', attribution: 'the minister said', created: true }],
      people: { matched: [{ id: known.id, name: 'Mark Carney', mentionedAs: 'Mark Carney' }], unmatched: ['Ivan Petrenko'] },
      captions: [{ text: 'Ukrainian soldiers at a training ground in the United Kingdom. (Getty Images)', line: 6 }],
      notes: [{ text: 'This story was updated to include the number of trained soldiers.', line: expect.any(Number) }],
      reimport: null,
    })
    expect(body.unresolved).toEqual([
      expect.objectContaining({
        headline: 'Canada to send armored vehicles to Ukraine in spring',
        suggestions: [expect.objectContaining({ id: near.id, title: 'Canada will send more armored vehicles to Ukraine' })],
      }),
    ])
    expect(body.warnings).toEqual([{ line: 15, message: expect.stringMatching(/"\* \* \*" has no words/) }])
    expect((await t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(before)
  })
})

// Last: the stories above are then re-imports, which must give the same fields.
describe('every shape fixture', () => {
  test('imports into the database with the fields an editor reads in it', async () => {
    const files = fs.readdirSync(SHAPES_DIR).filter((name) => name.endsWith('.txt'))
    expect(files.length).toBeGreaterThanOrEqual(12)
    for (const file of files) {
      const expected = JSON.parse(fs.readFileSync(path.join(SHAPES_DIR, file.replace(/\.txt$/u, '.expected.json')), 'utf8')) as ExpectedFields
      const result = await importWireStory(t.payload, fs.readFileSync(path.join(SHAPES_DIR, file), 'utf8'), { now: SHAPES_NOW })
      const doc = await t.payload.findByID({ collection: 'articles', id: result.article.id as number, depth: 1, draft: true, overrideAccess: true })
      const author = doc.author && typeof doc.author === 'object' ? doc.author.name : null
      expect({ file, title: doc.title, publishedAt: doc.publishedAt ?? null, dateline: doc.dateline ?? null, credit: doc.credit ?? null, source: doc.source ?? null, lead: doc.lead ?? null, author }).toEqual({
        file,
        title: expected.headline,
        publishedAt: expected.publishedAt,
        dateline: expected.dateline,
        credit: expected.credit,
        source: expected.source,
        lead: expected.lead,
        author: expected.author,
      })
      const { docs: quotes } = await t.payload.find({ collection: 'quotes', where: { id: { in: result.quotes.map((quote) => quote.id as number) } }, sort: 'id', overrideAccess: true })
      expect(quotes.map((quote) => [quote.text, quote.attribution, quote.saidAt])).toEqual(expected.quotes.map((quote) => [quote.text, quote.attribution, expected.publishedAt]))
    }
  })
})
