// The editor's desk (issue 14, items 5 and 7): people found by any name, and the most-read list on a quiet day.
import type { Payload } from 'payload'

import { daysEnding } from '../plugins/newsroom/views/calendar'
import { counterFor } from '../plugins/newsroom/views/runtime'
import { VIEWS_SCHEMA } from '../plugins/newsroom/views/store'
import { normaliseSearchWhere, personSearchText, personTitle, queryForms } from '../collections/lib/personSearch'
import { createStaff, PASSWORD, publishedArticle } from './helpers/fixtures'
import { ApiClient } from './helpers/http'
import { startPayload, type TestPayload } from './helpers/payload'

let context: TestPayload
let payload: Payload
let editor: ApiClient
const people: Record<'zelensky' | 'sanchez' | 'klitschko' | 'obrien', number> = { zelensky: 0, sanchez: 0, klitschko: 0, obrien: 0 }

beforeAll(async () => {
  context = await startPayload()
  payload = context.payload
  const staff = await createStaff(payload)
  editor = await ApiClient.login(context.config, staff.editor.email, PASSWORD)
  const create = async (data: Record<string, unknown>) => (await payload.create({ collection: 'people', data: data as never })).id as number
  people.zelensky = await create({ name: 'Volodymyr Zelensky', aliases: ['Zelenskyy', 'Зеленський', 'Володимир Зеленський'] })
  people.sanchez = await create({ name: 'Pedro Sánchez', role: 'Prime Minister of Spain' })
  people.klitschko = await create({ name: 'Віталій Кличко', aliases: ['Klitschko'] })
  people.obrien = await create({ name: "Conan O'Brien" })
})

afterAll(() => context?.close())

/** Ids found by the admin list's search: Payload turns `?search=` into `like` on each listSearchableFields entry. */
async function listSearch(term: string): Promise<number[]> {
  const response = await editor.get('/people', { where: { or: [{ searchText: { like: term } }] }, limit: 50, depth: 0 })
  expect(response.status).toBe(200)
  return response.body.docs.map((doc: { id: number }) => doc.id).sort()
}

/** The relationship picker's request (Relationship/Input.js): `like` on useAsTitle, selecting only it. */
async function pickerSearch(term: string): Promise<Array<{ id: number; nameAndAliases: string }>> {
  const response = await editor.get('/people', {
    depth: 0,
    draft: true,
    limit: 10,
    page: 1,
    select: { nameAndAliases: true },
    sort: 'id',
    where: { and: [{ id: { not_in: [] } }, { nameAndAliases: { like: term } }] },
  })
  expect(response.status).toBe(200)
  return response.body.docs
}

describe('people found by name or alias', () => {
  it('normalises names and queries the same way (pure)', () => {
    expect(personSearchText('Pedro Sánchez', ['Łódź'])).toBe('pedro sanchez | lodz')
    expect(personSearchText('Volodymyr Zelensky', ['Зеленський'])).toBe('volodymyr zelensky | зеленський | zelenskiy')
    expect(queryForms('ЗЕЛЕНСЬК')).toEqual(['зеленськ', 'zelensk'])
    expect(queryForms('Zelenskyy')).toEqual(['zelenskyy'])
    expect(personTitle('Pedro Sánchez', ['Pedro Sanchez', 'Sánchez'])).toBe('Pedro Sánchez (Pedro Sanchez, Sánchez, Sanchez)')
    expect(personTitle('Ada', [])).toBe('Ada')
    expect(normaliseSearchWhere({ and: [{ id: { equals: 1 } }, { title: { like: 'Sánchez', exists: true } }] }, new Set(['title']), 's')).toEqual({
      and: [{ id: { equals: 1 } }, { and: [{ title: { exists: true } }, { or: [{ s: { like: 'sanchez' } }] }] }],
    })
  })

  it('finds a person by a Cyrillic alias prefix, in any case, in the list search and the picker', async () => {
    for (const term of ['Зеленськ', 'зеленськ', 'ЗЕЛЕНСЬК', 'Володимир Зел']) {
      expect(await listSearch(term)).toEqual([people.zelensky])
      const picked = await pickerSearch(term)
      expect(picked.map((doc) => doc.id)).toEqual([people.zelensky])
      // The picker then keeps only options whose title contains the typed words (case aside).
      expect(picked[0].nameAndAliases.toLowerCase()).toContain(term.toLowerCase().split(' ').pop())
    }
  })

  it('finds Latin names and aliases with or without accents, and across scripts', async () => {
    expect(await listSearch('Zelenskyy')).toEqual([people.zelensky])
    expect(await listSearch('zelenskyy')).toEqual([people.zelensky])
    expect(await listSearch('sanchez')).toEqual([people.sanchez])
    expect(await listSearch('SÁNCHEZ')).toEqual([people.sanchez])
    expect(await listSearch('Sánchéz')).toEqual([people.sanchez])
    // A Cyrillic name is found by its Latin spelling, a Latin alias by Cyrillic input transliterated.
    expect(await listSearch('klichko')).toEqual([people.klitschko])
    expect(await listSearch('Klitschko')).toEqual([people.klitschko])
    expect(await listSearch('кличк')).toEqual([people.klitschko])
    expect(await listSearch('obrien')).toEqual([people.obrien])
    expect(await listSearch("O’Brien")).toEqual([people.obrien])
    expect(await listSearch('Nobody at all')).toEqual([])
    expect((await pickerSearch('sanchez')).map((doc) => doc.nameAndAliases)).toEqual(['Pedro Sánchez (Pedro Sanchez)'])
  })

  it('answers the same over GraphQL and counts', async () => {
    const graphql = await editor.graphql(`{ People(where: { searchText: { like: "Зеленськ" } }) { docs { id name } } }`)
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data.People.docs).toEqual([{ id: people.zelensky, name: 'Volodymyr Zelensky' }])
    expect((await payload.count({ collection: 'people', where: { searchText: { like: 'ЗЕЛЕНСЬК' } } })).totalDocs).toBe(1)
  })

  it('keeps the search text current on every save, and no client can write it', async () => {
    const made = await editor.post('/people', { name: 'Ursula von der Leyen', searchText: 'forged', nameAndAliases: 'forged' })
    expect(made.status).toBe(201)
    const id = made.body.doc.id
    expect(made.body.doc).toMatchObject({ searchText: 'ursula von der leyen', nameAndAliases: 'Ursula von der Leyen' })
    expect(await listSearch('forged')).toEqual([])

    // Only the aliases sent: the stored name still counts; only the name sent: the aliases still count.
    expect((await editor.patch(`/people/${id}`, { aliases: ['Урсула фон дер Ляєн'] })).status).toBe(200)
    expect(await listSearch('Урсула')).toEqual([id])
    expect(await listSearch('ursula von')).toEqual([id])
    expect((await editor.patch(`/people/${id}`, { name: 'Ursula Gertrud von der Leyen' })).status).toBe(200)
    expect(await listSearch('gertrud')).toEqual([id])
    expect(await listSearch('Урсула')).toEqual([id])
    const stored = await payload.findByID({ collection: 'people', id, depth: 0 })
    expect(stored.nameAndAliases).toBe('Ursula Gertrud von der Leyen (Урсула фон дер Ляєн)')
  })
})

describe('most read on a quiet day', () => {
  let pool: Awaited<ReturnType<typeof counterFor>>['pool']
  let today: string

  beforeAll(async () => {
    const counter = await counterFor(payload)
    pool = counter.pool
    today = counter.calendar.dayOf()
  })

  const mostRead = (period: string, limit: number) => editor.get('/articles/most-read', { period, limit, doc: 'false', fallback: 'true' })

  it('says so when nothing was ever read', async () => {
    const day = await mostRead('day', 11)
    expect(day.status).toBe(200)
    expect(day.body.docs).toEqual([])
    expect(day.body.shown).toEqual({ period: 'day', from: today, to: today, fallback: 'none' })
  })

  it('falls back to all time when no day has counted views (counts from an archive import)', async () => {
    const archived = await publishedArticle(payload, 'An archived story with imported views')
    await pool.query('update articles set views = 12345 where id = $1', [archived.id])
    const day = await mostRead('day', 12)
    expect(day.body.shown).toEqual({ period: 'all', from: null, to: null, fallback: 'all' })
    expect(day.body.docs.map((doc: { id: number; views: number }) => [doc.id, doc.views])).toEqual([[archived.id, 12345]])
    // Without the parameter the answer is what it always was: nothing today, and no `shown`.
    const plain = await editor.get('/articles/most-read', { period: 'day', limit: 12, doc: 'false' })
    expect(plain.body).toEqual({ collection: 'articles', period: 'day', docs: [] })
  })

  it('falls back to the same span ending on the last day with views', async () => {
    const [older, recent] = await Promise.all([publishedArticle(payload, 'Read twelve days ago'), publishedArticle(payload, 'Read ten days ago')])
    const [twelveDaysAgo, , tenDaysAgo] = daysEnding(today, 13).slice(0, 3)
    await pool.query(`insert into ${VIEWS_SCHEMA}.daily (collection, doc_id, day, views) values ('articles', $1, $2, 1500), ('articles', $3, $4, 2500)`, [
      String(older.id),
      twelveDaysAgo,
      String(recent.id),
      tenDaysAgo,
    ])
    const day = await mostRead('day', 13)
    expect(day.body.shown).toEqual({ period: 'day', from: tenDaysAgo, to: tenDaysAgo, fallback: 'recent' })
    expect(day.body.docs.map((doc: { title: string; views: number }) => [doc.title, doc.views])).toEqual([['Read ten days ago', 2500]])
    const week = await mostRead('week', 13)
    expect(week.body.shown).toEqual({ period: 'week', from: daysEnding(tenDaysAgo, 7)[0], to: tenDaysAgo, fallback: 'recent' })
    expect(week.body.docs.map((doc: { title: string }) => doc.title)).toEqual(['Read ten days ago', 'Read twelve days ago'])
  })

  it('refuses a fallback that is neither true nor false', async () => {
    const response = await editor.get('/articles/most-read', { period: 'day', fallback: 'maybe' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe('fallback must be true or false (got "maybe")')
  })
})
