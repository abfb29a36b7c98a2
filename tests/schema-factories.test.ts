import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionBeforeChangeHook, getPayload, type Payload } from 'payload'

import { newsroomCollections } from '@newsroom/schema'

import { closePayload } from '../src/lib/payloadLifecycle'
import { createFreshDatabase, dropDatabase, serverURI, withDatabase } from './helpers/database'
import { blockNode, lexicalRoot, paragraphNode } from '../collections/lib/lexical'
import { body, createStaff, type Staff } from './helpers/fixtures'

/**
 * A second app built from the package's factories, as a developer would extend the collections
 * without forking them: every collection renamed (articles to stories, people to persons, quotes to
 * sayings, related links to story-links, media to pictures, users to staff), a field added, a hook
 * chained after ours, an access rule replaced. Everything runs on a real Payload and database.
 */

let payload: Payload
let database: string
let staff: Staff

// The app's generated types know only the default slugs: the renamed ones go through untyped.
const stories = 'stories' as string as 'articles'
const persons = 'persons' as string as 'people'
const sayings = 'sayings' as string as 'quotes'
const storyLinks = 'story-links' as string as 'related-links'
const staffUsers = 'staff' as string as 'users'

/** Runs after ours: by then ours have stamped the publication time and the creator. */
const kickerFromOurs: CollectionBeforeChangeHook = ({ data }) => ({
  ...data,
  kicker: `${data.kicker ?? ''}|stamped:${Boolean(data.publishedAt)}|createdBy:${data.createdBy != null}`,
})

beforeAll(async () => {
  database = await createFreshDatabase('newsroom_factories')
  const config = buildConfig({
    secret: 'schema-factories-test',
    telemetry: false,
    editor: lexicalEditor(),
    admin: { user: 'staff' },
    // The app's own payload-types.ts stays the app's: this config writes none.
    typescript: { autoGenerate: false },
    collections: newsroomCollections({
      slugs: { articles: 'stories', people: 'persons', quotes: 'sayings', relatedLinks: 'story-links', media: 'pictures', users: 'staff' },
      articles: {
        labels: { singular: 'Story', plural: 'Stories' },
        overrides: {
          fields: ({ defaultFields }) => [...defaultFields, { name: 'kicker', type: 'text' }],
          hooks: { beforeChange: [kickerFromOurs] },
        },
      },
      // Persons are for logged-in users only in this app; the default lets anyone read them.
      people: { overrides: { access: { read: ({ req }) => Boolean(req.user) } } },
    }),
    db: postgresAdapter({ pool: { connectionString: withDatabase(serverURI(), database), max: 4 } }),
  })
  payload = await getPayload({ config })
  staff = await createStaff(payload, 'staff')
})

afterAll(async () => {
  if (payload) await closePayload(payload)
  if (database) await dropDatabase(database)
})

const fieldOf = (slug: string, name: string) => payload.collections[slug as 'articles'].config.flattenedFields.find((field) => field.name === name) as unknown as Record<string, unknown>

describe('renamed slugs', () => {
  test('the collections carry the new slugs and every cross-reference follows them', () => {
    expect(payload.config.collections.map((collection) => collection.slug)).toEqual(expect.arrayContaining(['stories', 'persons', 'sayings', 'story-links', 'pictures', 'staff']))
    expect(Object.keys(payload.collections)).not.toContain('articles')
    expect(Object.keys(payload.collections)).not.toContain('people')
    for (const slug of ['quotes', 'related-links', 'media', 'users']) expect(Object.keys(payload.collections)).not.toContain(slug)
    expect(fieldOf('stories', 'featuredImage').relationTo).toBe('pictures')
    expect(fieldOf('stories', 'createdBy').relationTo).toBe('staff')
    expect(fieldOf('story-links', 'to').relationTo).toBe('stories')
    expect(fieldOf('stories', 'author').relationTo).toBe('persons')
    expect(fieldOf('stories', 'people').relationTo).toBe('persons')
    expect(fieldOf('stories', 'quotes').collection).toBe('sayings')
    expect(fieldOf('sayings', 'article').relationTo).toBe('stories')
    expect(fieldOf('sayings', 'speaker').relationTo).toBe('persons')
    expect(fieldOf('story-links', 'from').relationTo).toBe('stories')
    expect(fieldOf('persons', 'articlesWritten').collection).toBe('stories')
    expect(payload.collections[stories].config.labels).toEqual({ singular: 'Story', plural: 'Stories' })
  })

  test('relationships are stored against the renamed collections and read back populated', async () => {
    const person = await payload.create({ collection: persons, data: { name: 'Olena Shevchenko' } as never })
    const story = await payload.create({ collection: stories, data: { title: 'River ports reopen', body: body('Ports reopened.'), author: person.id, _status: 'published' } as never })
    const quote = await payload.create({ collection: sayings, data: { text: 'We are open.', speaker: person.id, article: story.id } as never })
    const read = await payload.findByID({ collection: sayings, id: quote.id, depth: 1 })
    expect((read.article as { title?: string }).title).toBe('River ports reopen')
    expect((read.speaker as { name?: string }).name).toBe('Olena Shevchenko')
    const written = await payload.findByID({ collection: persons, id: person.id, depth: 0 })
    expect((written as unknown as { articlesWritten: { docs: unknown[] } }).articlesWritten.docs).toEqual([story.id])
  })

  test("the quote's article check reads the renamed collection: an author may not attach a quote to someone else's story", async () => {
    const author2 = await payload.findByID({ collection: staffUsers, id: staff.author2.id })
    const others = await payload.create({ collection: stories, data: { title: 'Not yours', _status: 'draft' } as never, draft: true, user: author2 as never })
    const attempt = payload.create({
      collection: sayings,
      data: { text: 'Borrowed words.', attribution: 'a source said', article: others.id } as never,
      user: (await payload.findByID({ collection: staffUsers, id: staff.author.id })) as never,
      overrideAccess: false,
    })
    await expect(attempt).rejects.toMatchObject({ status: 403, message: expect.stringContaining(`article ${others.id} is not yours`) })
  })

  test("deleting a story deletes its quotes, and a person named by a story is not deleted (409 naming the story)", async () => {
    const person = await payload.create({ collection: persons, data: { name: 'Taras Bondar' } as never })
    const story = await payload.create({ collection: stories, data: { title: 'Bridge repaired', author: person.id, _status: 'published' } as never })
    await payload.create({ collection: sayings, data: { text: 'Done in a week.', speaker: person.id, article: story.id } as never })
    await expect(payload.delete({ collection: persons, id: person.id })).rejects.toMatchObject({ status: 409, message: expect.stringContaining('Bridge repaired') })
    await payload.delete({ collection: stories, id: story.id })
    expect((await payload.find({ collection: sayings, where: { text: { equals: 'Done in a week.' } } })).totalDocs).toBe(0)
  })

  test('a quote typed in a story body becomes a saying of that story, and goes with the block', async () => {
    const person = await payload.create({ collection: persons, data: { name: 'Iryna Koval' } as never })
    const editor = await payload.findByID({ collection: staffUsers, id: staff.editor.id })
    const quoteBody = (...blocks: Array<Record<string, unknown>>) => lexicalRoot([paragraphNode('First.'), ...blocks.map((fields) => blockNode('quote', fields))])
    const story = await payload.create({
      collection: stories,
      data: { title: 'Quotes where they stand', body: quoteBody({ text: 'The bridge opens on Monday.', speaker: person.id }), _status: 'published' } as never,
      user: editor as never,
    })
    const owned = await payload.find({ collection: sayings, where: { article: { equals: story.id } }, depth: 0 })
    expect(owned.docs.map((quote) => [quote.text, quote.speaker])).toEqual([['The bridge opens on Monday.', person.id]])
    // The block removed from the published story: its saying goes too (no orphans).
    await payload.update({ collection: stories, id: story.id, data: { body: quoteBody() } as never, user: editor as never })
    expect((await payload.find({ collection: sayings, where: { article: { equals: story.id } } })).totalDocs).toBe(0)
  })

  test('a related link takes its headline from the renamed collection', async () => {
    const from = await payload.create({ collection: stories, data: { title: 'Grain exports rise', _status: 'published' } as never })
    const to = await payload.create({ collection: stories, data: { title: 'Ports count a record month', _status: 'published' } as never })
    const link = await payload.create({ collection: storyLinks, data: { from: from.id, to: to.id } as never })
    expect(link.headline).toBe('Ports count a record month')
  })
})

describe('overrides', () => {
  test('an added field is stored and read back', async () => {
    const story = await payload.create({ collection: stories, data: { title: 'Kicker kept', kicker: 'EXCLUSIVE', _status: 'draft' } as never, draft: true })
    const read = await payload.findByID({ collection: stories, id: story.id, draft: true })
    expect((read as unknown as { kicker: string }).kicker).toMatch(/^EXCLUSIVE\|/)
  })

  test("an app's hook runs after ours, and ours still run", async () => {
    const user = await payload.findByID({ collection: staffUsers, id: staff.editor.id })
    const story = await payload.create({ collection: stories, data: { title: 'Hooks in order', kicker: 'K', _status: 'published' } as never, user: user as never })
    const read = (await payload.findByID({ collection: stories, id: story.id, depth: 0 })) as unknown as { kicker: string; publishedAt: null | string; createdBy: unknown }
    // Ours stamped publishedAt and createdBy before theirs looked.
    expect(read.kicker).toBe('K|stamped:true|createdBy:true')
    expect(read.publishedAt).toEqual(expect.any(String))
    expect(read.createdBy).toBe(staff.editor.id)
    const hooks = payload.collections[stories].config.hooks.beforeChange
    expect(hooks[hooks.length - 1]).toBe(kickerFromOurs)
    expect(hooks.length).toBeGreaterThan(1)
  })

  test('an access override replaces ours for that operation only', async () => {
    await payload.create({ collection: persons, data: { name: 'Visible To Staff' } as never })
    await expect(payload.find({ collection: persons, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    const user = await payload.findByID({ collection: staffUsers, id: staff.author.id })
    const found = await payload.find({ collection: persons, overrideAccess: false, user: user as never, where: { name: { equals: 'Visible To Staff' } } })
    expect(found.totalDocs).toBe(1)
    // create stays ours: writers only.
    await expect(payload.create({ collection: persons, data: { name: 'Anonymous' } as never, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })
})
