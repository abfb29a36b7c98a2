// The pure rules behind the access fixes, tested directly (the matrix tests them through HTTP).
import { passwordProblem } from '../../collections/Users/passwordPolicy'
import { firstRegistrationVerdict, sameSecret } from '../../collections/Users/setupSecret'
import { publicLinkRead } from '../../plugins/newsroom/related/linksCollection'
import { targetOf } from '../../plugins/newsroom/related/lookup'
import { statedViewsToWrite } from '../../collections/import/importWireStory'
import { readSecurityLimits, SecurityConfigError } from '../../collections/security/limits'

describe('password policy', () => {
  test('names the limit, its variable and the length given', () => {
    expect(passwordProblem('abc', 12)).toBe('The password is too short: at least 12 characters are required (NEWSROOM_MIN_PASSWORD_LENGTH), got 3.')
    expect(passwordProblem('x'.repeat(12), 12)).toBeNull()
    // No password in the request: nothing to check (an update of the name).
    expect(passwordProblem(undefined, 12)).toBeNull()
  })

  test('NEWSROOM_MIN_PASSWORD_LENGTH: default 12, at least 8', () => {
    expect(readSecurityLimits({}).accounts.minPasswordLength).toBe(12)
    expect(readSecurityLimits({ NEWSROOM_MIN_PASSWORD_LENGTH: '20' }).accounts.minPasswordLength).toBe(20)
    expect(() => readSecurityLimits({ NEWSROOM_MIN_PASSWORD_LENGTH: '4' })).toThrow(SecurityConfigError)
    expect(() => readSecurityLimits({ NEWSROOM_MIN_PASSWORD_LENGTH: '4' })).toThrow(/NEWSROOM_MIN_PASSWORD_LENGTH must be a whole number of at least 8/)
  })
})

describe('first registration', () => {
  test('development needs no secret', () => {
    expect(firstRegistrationVerdict({ NODE_ENV: 'development' }, undefined)).toEqual({ allowed: true })
    expect(firstRegistrationVerdict({}, undefined)).toEqual({ allowed: true })
  })

  test('production without NEWSROOM_SETUP_SECRET refuses and says how to make the first admin', () => {
    const verdict = firstRegistrationVerdict({ NODE_ENV: 'production' }, 'anything')
    expect(verdict).toMatchObject({ allowed: false, message: expect.stringMatching(/npm run seed.*NEWSROOM_SETUP_SECRET/) })
  })

  test('production with the secret needs exactly it', () => {
    const env = { NODE_ENV: 'production', NEWSROOM_SETUP_SECRET: 's3cret-value' }
    expect(firstRegistrationVerdict(env, 's3cret-value')).toEqual({ allowed: true })
    for (const given of [undefined, '', 's3cret-valu', 's3cret-value ', 42]) expect(firstRegistrationVerdict(env, given).allowed).toBe(false)
  })

  test('secrets of any length compare without throwing', () => {
    expect(sameSecret('a', 'a much longer secret')).toBe(false)
    expect(sameSecret('same', 'same')).toBe(true)
  })
})

describe('imported view counts', () => {
  const admin = { id: 1, roles: ['admin'] } as never
  const editor = { id: 2, roles: ['editor'] } as never
  const author = { id: 3, roles: ['author'] } as never
  test('only a new article, made by an admin or the command line, takes the stated count', () => {
    expect(statedViewsToWrite(undefined, true, 1272)).toBe(1272)
    expect(statedViewsToWrite(admin, true, 1272)).toBe(1272)
    expect(statedViewsToWrite(editor, true, 1272)).toBeNull()
    expect(statedViewsToWrite(author, true, 987_654_321)).toBeNull()
    expect(statedViewsToWrite(admin, false, 1272)).toBeNull()
    expect(statedViewsToWrite(undefined, false, 1272)).toBeNull()
    expect(statedViewsToWrite(admin, true, null)).toBeNull()
  })
})

describe('link targets', () => {
  test('single and polymorphic relationships, ids or documents; external links have none', () => {
    expect(targetOf({ to: 5 }, 'articles')).toEqual({ collection: 'articles', id: 5 })
    expect(targetOf({ to: { id: 6, title: 'x' } }, 'articles')).toEqual({ collection: 'articles', id: 6 })
    expect(targetOf({ to: { relationTo: 'posts', value: 7 } }, 'articles')).toEqual({ collection: 'posts', id: 7 })
    expect(targetOf({ to: { relationTo: 'posts', value: { id: 8 } } }, 'articles')).toEqual({ collection: 'posts', id: 8 })
    expect(targetOf({ to: null }, 'articles')).toBeNull()
    expect(targetOf({}, 'articles')).toBeNull()
  })
})

describe("the plugin's generated links collection", () => {
  const read = (slugs: string[], drafts: string[], user: unknown = null) => publicLinkRead(slugs, new Set(drafts))({ req: { user } } as never)
  test('the public reads links between published documents, or to an external url, never excluded ones', () => {
    expect(read(['posts'], ['posts'])).toEqual({
      and: [
        { excluded: { not_equals: true } },
        { 'from._status': { equals: 'published' } },
        { or: [{ 'to._status': { equals: 'published' } }, { and: [{ to: { exists: false } }, { url: { exists: true } }] }] },
      ],
    })
    expect(read(['posts'], [])).toEqual({ excluded: { not_equals: true } })
  })
  test('several draft-enabled collections: no public reads (a query cannot filter a polymorphic target by status)', () => {
    expect(read(['posts', 'pages'], ['posts'])).toBe(false)
    expect(read(['posts', 'pages'], [])).toEqual({ excluded: { not_equals: true } })
  })
  test('signed-in users read all', () => {
    expect(read(['posts'], ['posts'], { id: 1 })).toBe(true)
  })
})
