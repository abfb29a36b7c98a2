import type { FlattenedField } from 'payload'

import { integerIdProblem } from '../../collections/security/input/ids'
import { pagingProblem } from '../../src/security/input/paging'
import { whereProblem, type WhereSchema } from '../../src/security/input/where'

const people = [{ name: 'name', type: 'text' }] as unknown as FlattenedField[]
const articles = [
  { name: 'title', type: 'text' },
  { name: 'views', type: 'number' },
  { name: 'publishedAt', type: 'date' },
  { name: 'body', type: 'richText' },
  { name: 'author', type: 'relationship', relationTo: 'people' },
  { name: '_status', type: 'select', options: [{ label: 'Draft', value: 'draft' }, { label: 'Published', value: 'published' }] },
  { name: 'relatedLinks', type: 'join', collection: 'related-links', on: 'from' },
  { name: 'featured', type: 'checkbox' },
  { name: 'document', type: 'relationship', relationTo: ['articles', 'people'] },
  { name: 'position', type: 'group', flattenedFields: [{ name: 'order', type: 'number' }] },
] as unknown as FlattenedField[]

const schema: WhereSchema = { fields: articles, fieldsOf: (slug) => (slug === 'people' ? people : undefined), maxDepth: 3 }
const problem = (where: unknown) => whereProblem(where, schema)

describe('whereProblem', () => {
  test('accepts what PostgreSQL can run', () => {
    expect(problem(undefined)).toBeNull()
    expect(problem({ title: { like: 'kyiv' }, views: { greater_than: '10' }, publishedAt: { less_than: '2026-01-01' } })).toBeNull()
    expect(problem({ or: [{ author: { in: '1,2' } }, { 'author.name': { equals: 'Ann' } }, { _status: { equals: 'published' } }] })).toBeNull()
    expect(problem({ id: { not_in: [1, 2] }, 'position.order': { equals: 3 }, featured: { equals: 'true' }, body: { exists: false } })).toBeNull()
    expect(problem({ author: { equals: null } })).toBeNull()
    expect(problem({ 'document.relationTo': { equals: 'people' }, 'document.value': { in: [1, 2] } })).toBeNull()
  })

  test('tries the fields of a version for a path the document does not have', () => {
    const versionFields = [{ name: 'parent', type: 'relationship', relationTo: 'articles' }, { name: 'version', type: 'group', flattenedFields: articles }] as unknown as FlattenedField[]
    const withVersions = { ...schema, fallbackFields: versionFields }
    expect(whereProblem({ parent: { equals: 1 }, 'version.title': { like: 'x' } }, withVersions)).toBeNull()
    expect(whereProblem({ parent: { equals: 'x' } }, withVersions)?.message).toMatch(/must be an id/)
    expect(problem({ parent: { equals: 1 } })?.message).toMatch(/not a field/)
  })

  test('refuses unknown paths, joins and operators the adapter lacks', () => {
    expect(problem({ nope: { equals: 1 } })?.message).toMatch(/"nope" is not a field/)
    expect(problem({ 'relatedLinks.to.title': { like: 'x' } })?.message).toMatch(/join field "relatedLinks"/)
    expect(problem({ title: { all: 'x' } })).toEqual({ path: 'title.all', message: expect.stringMatching(/operator "all" is not supported/) })
    expect(problem({ title: { near: '1,2' } })?.path).toBe('title.near')
    expect(problem({ body: { like: 'x' } })?.path).toBe('body.like')
    expect(problem({ 'body.root': { equals: 'x' } })?.message).toMatch(/insides of "body"/)
    expect(problem({ title: 'x' })?.message).toMatch(/needs an operator/)
    expect(problem({ 'document.relationTo': { equals: 'users' } })?.message).toMatch(/one of "articles", "people"/)
    expect(problem({ 'document.title': { equals: 'x' } })?.message).toMatch(/document.relationTo/)
    expect(problem({ document: { equals: { relationTo: 'people', value: 1 } } })).toBeNull()
    expect(problem({ document: { equals: 0 } })?.message).toMatch(/must be a pair/)
    expect(problem({ document: { equals: null } })?.message).toMatch(/is missing/)
    expect(problem({ document: { exists: true } })?.message).toMatch(/operator "exists" is not supported/)
    expect(problem({ document: { equals: { relationTo: 'people', value: 'x' } } })?.message).toMatch(/must name an id/)
  })

  test('refuses values of the wrong type, NUL characters and ids out of range', () => {
    expect(problem({ author: { equals: 'abc' } })?.message).toMatch(/"abc" must be an id/)
    expect(problem({ id: { in: '1,abc' } })?.message).toMatch(/"abc"/)
    expect(problem({ id: { equals: '2147483648' } })?.message).toMatch(/out of range/)
    expect(problem({ _status: { equals: 'nonsense' } })?.message).toMatch(/one of "draft", "published"/)
    expect(problem({ title: { like: 'a\u0000' } })?.message).toMatch(/NUL/)
    expect(problem({ views: { equals: 'ten' } })?.message).toMatch(/number/)
    expect(problem({ views: { equals: '1e400' } })?.message).toMatch(/finite/)
    expect(problem({ publishedAt: { equals: 'yesterday' } })?.message).toMatch(/date/)
    expect(problem({ publishedAt: { equals: '+275760-01-01' } })?.message).toMatch(/between the years/)
    expect(problem({ featured: { equals: 'maybe' } })?.message).toMatch(/true or false/)
    expect(problem({ title: { equals: { nested: 1 } } })?.message).toMatch(/single value/)
    expect(problem({ title: { exists: 'sometimes' } })?.message).toMatch(/true or false/)
  })

  test('bounds the nesting of and/or, walking iteratively', () => {
    expect(problem({ and: [{ or: [{ and: [{ title: { equals: 'x' } }] }] }] })).toBeNull()
    expect(problem({ and: [{ or: [{ and: [{ or: [] }] }] }] })?.message).toMatch(/at most 3 levels/)
    let deep: unknown = { title: { equals: 'x' } }
    for (let level = 0; level < 50_000; level++) deep = { and: [deep] }
    expect(whereProblem(deep, { ...schema, maxDepth: 10 })?.message).toMatch(/at most 10 levels/)
    expect(problem({ and: 'x' })?.message).toMatch(/list of filters/)
    expect(problem({ and: ['x'] })?.message).toMatch(/object of field filters/)
  })
})

describe('ids and paging', () => {
  test('ids are whole numbers within the integer range', () => {
    expect(integerIdProblem('2147483647')).toBeNull()
    expect(integerIdProblem(12)).toBeNull()
    expect(integerIdProblem('2147483648')).toMatch(/out of range/)
    expect(integerIdProblem('99999999999999999999999')).toMatch(/out of range/)
    expect(integerIdProblem(Number.NaN)).toMatch(/Malformed id/)
    expect(integerIdProblem('-1')).toMatch(/Malformed id/)
    expect(integerIdProblem('1.5')).toMatch(/Malformed id/)
  })

  test('page and limit are whole numbers in range', () => {
    expect(pagingProblem('page', 1)).toBeNull()
    expect(pagingProblem('limit', 0)).toBeNull()
    expect(pagingProblem('page', -1)).toMatch(/page must be a whole number from 1/)
    expect(pagingProblem('page', 0)).toMatch(/from 1/)
    expect(pagingProblem('limit', 1.5)).toMatch(/limit/)
    expect(pagingProblem('limit', 'abc')).toMatch(/"abc"/)
    expect(pagingProblem('page', 1e12)).toMatch(/to 2147483647/)
  })
})
