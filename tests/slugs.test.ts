import { firstFreeSlug, slugify } from '../collections/lib/slugify'
import { startPayload, type TestPayload } from './helpers/payload'

describe('slugify', () => {
  test('transliterates Ukrainian and Russian headlines to latin', () => {
    expect(slugify('Зеленський прибув до Парижа')).toBe('zelenskiy-pribuv-do-parizha')
    expect(slugify('Україна і Європа')).toBe('ukrayina-i-ievropa')
    expect(slugify('Путин заявил')).toBe('putin-zayavil')
  })

  test('drops punctuation and keeps words whole when shortening', () => {
    expect(slugify("Reuters: Ukraine's allies gather in Paris!")).toBe('reuters-ukraine-s-allies-gather-in-paris')
    const long = slugify('word '.repeat(60), 20)
    expect(long.length).toBeLessThanOrEqual(20)
    expect(long.endsWith('-')).toBe(false)
    expect(long.split('-').every((part) => part === 'word')).toBe(true)
  })

  test('finds the first free suffix', async () => {
    const taken = new Set(['paris', 'paris-2'])
    await expect(firstFreeSlug('paris', async (slug) => taken.has(slug))).resolves.toBe('paris-3')
    await expect(firstFreeSlug('kyiv', async (slug) => taken.has(slug))).resolves.toBe('kyiv')
  })
})

describe('slugs on documents', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startPayload()
  })
  afterAll(async () => t?.close())

  test('are generated from Cyrillic titles, made unique, and stay editable', async () => {
    const first = await t.payload.create({ collection: 'articles', data: { title: 'Зеленський у Парижі' } })
    expect(first.slug).toBe('zelenskiy-u-parizhi')
    const second = await t.payload.create({ collection: 'articles', data: { title: 'Зеленський у Парижі' } })
    expect(second.slug).toBe('zelenskiy-u-parizhi-2')

    const edited = await t.payload.update({ collection: 'articles', id: first.id, data: { slug: 'Zelenskyy in Paris' } })
    expect(edited.slug).toBe('zelenskyy-in-paris')
    const retitled = await t.payload.update({ collection: 'articles', id: first.id, data: { title: 'Another headline' } })
    expect(retitled.slug).toBe('zelenskyy-in-paris')

    const person = await t.payload.create({ collection: 'people', data: { name: 'Володимир Зеленський', aliases: ['Zelensky', 'Зеленский'] } })
    expect(person.slug).toBe('volodimir-zelenskiy')
    expect(person.aliases).toEqual(['Zelensky', 'Зеленский'])
  })
})
