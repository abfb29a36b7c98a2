// Small limits so the tests reach them quickly; read lazily on the first login, after these lines.
process.env.NEWSROOM_RATE_LOGIN_PER_ADDRESS = '6'
process.env.NEWSROOM_RATE_LOGIN_PER_ACCOUNT = '3'
process.env.NEWSROOM_RATE_IMPORT_PER_MINUTE = '2'

import { Writable } from 'node:stream'

import { GRAPHQL_POST, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { generatePayloadCookie } from 'payload'
import { pino } from 'pino'

import { contentSecurityPolicy, securityHeaders } from '../../src/security/headers'
import { authCookies } from '../../collections/security/loginCookies'
import { PASSWORD_HASH } from '../../collections/security/loginTiming'
import { loggerOptions } from '../../src/security/logging'
import { readOrigins } from '../../src/security/origins'
import { rateLimit } from '../../collections/security/rateLimit'
import { ApiClient } from '../helpers/http'
import { createStaff, PASSWORD, publishedArticle, type Staff } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'
import { PEER_HEADER, sealedPeer } from '../../plugins/newsroom/views/clientAddress'

let t: TestPayload
let staff: Staff

beforeAll(async () => {
  t = await startPayload()
  staff = await createStaff(t.payload)
})
afterAll(async () => t?.close())

interface Answer {
  status: number
  headers: Headers
  body: any
}

/** A request as a browser or script would send it, with the headers the test chooses. */
async function send(method: 'PATCH' | 'POST', path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  const handler = (method === 'POST' ? REST_POST : REST_PATCH)(t.config)
  const response = await handler(request, { params: Promise.resolve({ slug: path.replace(/^\//, '').split('/') }) })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

const login = (email: string, password: string, address: string) =>
  send('POST', '/users/login', { email, password }, { [PEER_HEADER]: sealedPeer(address) })

async function graphqlLogin(email: string, password: string, address: string) {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PEER_HEADER]: sealedPeer(address) },
    body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }', variables: { e: email, p: password } }),
  })
  const response = await (GRAPHQL_POST(t.config) as (request: Request) => Promise<Response>)(request)
  return { status: response.status, headers: response.headers, body: await response.json() }
}

let userCount = 0
/** A user of its own for each test, so one test's counters never meet another's. */
async function freshUser(): Promise<string> {
  const email = `reader${++userCount}@newsroom.test`
  await t.payload.create({ collection: 'users', data: { email, password: PASSWORD, roles: ['author'] } as never })
  return email
}

describe('one answer for every failed login', () => {
  test('unknown email, wrong password and a locked account get the same status and body, over REST and GraphQL', async () => {
    const known = await freshUser()
    const locked = await freshUser()
    const lockedUser = (await t.payload.find({ collection: 'users', where: { email: { equals: locked } } })).docs[0]
    // A lock left in the database (by Payload's old lockout, or an admin) must not show either.
    await t.payload.db.updateOne({ collection: 'users', id: lockedUser.id, data: { lockUntil: new Date(Date.now() + 3_600_000).toISOString() } })

    const wrongPassword = await login(known, 'not the password', '198.51.100.1')
    const unknownEmail = await login('nobody@newsroom.test', 'not the password', '198.51.100.2')
    const lockedAccount = await login(locked, PASSWORD, '198.51.100.3')
    expect(wrongPassword.status).toBe(401)
    expect(wrongPassword.body).toEqual({ errors: [{ message: 'The email or password provided is incorrect.' }] })
    for (const answer of [unknownEmail, lockedAccount]) {
      expect(answer.status).toBe(wrongPassword.status)
      expect(answer.body).toEqual(wrongPassword.body)
    }

    const graphql = await Promise.all([
      graphqlLogin(known, 'not the password', '198.51.100.4'),
      graphqlLogin('nobody@newsroom.test', 'not the password', '198.51.100.5'),
      graphqlLogin(locked, PASSWORD, '198.51.100.6'),
    ])
    const shapes = graphql.map(({ status, body }) => ({ status, data: body.data, errors: body.errors.map(({ message, extensions }: any) => ({ message, name: extensions?.name, statusCode: extensions?.statusCode })) }))
    expect(shapes[0].errors[0]).toEqual({ message: 'The email or password provided is incorrect.', name: 'AuthenticationError', statusCode: 401 })
    expect(shapes[1]).toEqual(shapes[0])
    expect(shapes[2]).toEqual(shapes[0])
  })

  test('the stored password hash has the form whose hashing time an unknown email spends (collections/security/loginTiming.ts)', async () => {
    const email = await freshUser()
    const [row] = (await t.payload.db.drizzle.execute(`select hash from users where email = '${email}'`)).rows as Array<{ hash: string }>
    expect(row.hash.startsWith(PASSWORD_HASH.prefix)).toBe(true)
    expect(row.hash.slice(PASSWORD_HASH.prefix.length)).toMatch(new RegExp(`^[0-9a-f]{${PASSWORD_HASH.keyLength * 2}}$`))
  })
})

describe('login rate limits', () => {
  test('one address guessing one account gets 429 with Retry-After; the owner still logs in from elsewhere', async () => {
    const email = await freshUser()
    for (let attempt = 0; attempt < 3; attempt++) expect((await login(email, `guess ${attempt}`, '203.0.113.10')).status).toBe(401)
    const refused = await login(email, 'guess 4', '203.0.113.10')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.body.errors[0].message).toMatch(/^Too many login attempts: try again in \d+ s\.$/)
    // Refused before the password is looked at: the right one does not get through either.
    expect((await login(email, PASSWORD, '203.0.113.10')).status).toBe(429)

    const owner = await login(email, PASSWORD, '192.0.2.77')
    expect(owner.status).toBe(200)
    expect(owner.body.token).toEqual(expect.any(String))
  })

  test('one address trying many accounts is refused after NEWSROOM_RATE_LOGIN_PER_ADDRESS failures, whatever the account', async () => {
    for (let attempt = 0; attempt < 6; attempt++) expect((await login(`sprayed${attempt}@newsroom.test`, 'password1', '203.0.113.20')).status).toBe(401)
    expect((await login('sprayed-last@newsroom.test', 'password1', '203.0.113.20')).status).toBe(429)
    expect((await login('sprayed-last@newsroom.test', 'password1', '203.0.113.21')).status).toBe(401)
  })

  test('nobody can lock a real user out: many failures from many addresses (past Payload\'s old lockout of 5) only slow the account', async () => {
    const email = await freshUser()
    const attackers = ['203.0.113.31', '203.0.113.32', '203.0.113.33', '203.0.113.34', '203.0.113.35', '203.0.113.36']
    // 18 failures: past the per-account slowdown threshold (5 × 3) as well.
    const answers = await Promise.all(attackers.map(async (address) => {
      const statuses: number[] = []
      for (let attempt = 0; attempt < 3; attempt++) statuses.push((await login(email, `wrong ${attempt}`, address)).status)
      return statuses
    }))
    expect(answers.flat()).toEqual(Array(18).fill(401))
    const owner = await login(email, PASSWORD, '192.0.2.88')
    expect(owner.status).toBe(200)
    const user = (await t.payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true })).docs[0] as { lockUntil?: null | string }
    expect(user.lockUntil ?? null).toBeNull()
  })

  test('a successful login forgives the failures of that account from that address', async () => {
    const email = await freshUser()
    const address = '203.0.113.40'
    for (let attempt = 0; attempt < 2; attempt++) expect((await login(email, `wrong ${attempt}`, address)).status).toBe(401)
    expect((await login(email, PASSWORD, address)).status).toBe(200)
    for (let attempt = 0; attempt < 3; attempt++) expect((await login(email, `again ${attempt}`, address)).status).toBe(401)
    expect((await login(email, 'once more', address)).status).toBe(429)
  })

  test('GraphQL loginUser counts against the same limits and answers with the 429 and Retry-After', async () => {
    const email = await freshUser()
    for (let attempt = 0; attempt < 3; attempt++) expect((await graphqlLogin(email, `wrong ${attempt}`, '203.0.113.50')).body.errors[0].extensions.statusCode).toBe(401)
    const refused = await graphqlLogin(email, PASSWORD, '203.0.113.50')
    expect(refused.body.data?.loginUser ?? null).toBeNull()
    expect(refused.body.errors[0]).toMatchObject({ message: expect.stringMatching(/^Too many login attempts/), extensions: { statusCode: 429 } })
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // REST sees the same counter.
    expect((await login(email, PASSWORD, '203.0.113.50')).status).toBe(429)
    expect((await graphqlLogin(email, PASSWORD, '192.0.2.99')).body.data.loginUser.token).toEqual(expect.any(String))
  })

  test('forgot-password is rate limited per account and per address', async () => {
    const email = await freshUser()
    for (let attempt = 0; attempt < 3; attempt++) expect((await send('POST', '/users/forgot-password', { email }, { [PEER_HEADER]: sealedPeer('203.0.113.60') })).status).toBe(200)
    const refused = await send('POST', '/users/forgot-password', { email }, { [PEER_HEADER]: sealedPeer('203.0.113.61') })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/^Too many password reset requests: try again in \d+ s\.$/)
    for (let attempt = 0; attempt < 6; attempt++) {
      expect((await send('POST', '/users/forgot-password', { email: `someone${attempt}@newsroom.test` }, { [PEER_HEADER]: sealedPeer('203.0.113.62') })).status).toBe(200)
    }
    expect((await send('POST', '/users/forgot-password', { email: 'one-more@newsroom.test' }, { [PEER_HEADER]: sealedPeer('203.0.113.62') })).status).toBe(429)
  })

  test('unlock is rate limited per address, before its access check', async () => {
    for (let attempt = 0; attempt < 6; attempt++) {
      expect((await send('POST', '/users/unlock', { email: `locked${attempt}@newsroom.test` }, { [PEER_HEADER]: sealedPeer('203.0.113.70') })).status).not.toBe(429)
    }
    const refused = await send('POST', '/users/unlock', { email: 'locked-last@newsroom.test' }, { [PEER_HEADER]: sealedPeer('203.0.113.70') })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/^Too many unlock requests: try again in \d+ s\.$/)
  })
})

describe('rate-limit stores', () => {
  test.each(['memory', 'postgres'] as const)('%s: counts from the first request, refuses past the limit, gives back and forgets', async (store) => {
    // The PostgreSQL store creates its table on first use: the very first request must wait for it, not fail.
    const limit = rateLimit({ name: `test_${store}`, points: 2, durationSeconds: 60, store })
    expect(await limit.consume('k')).toEqual({ allowed: true, retryAfterSeconds: 0 })
    expect((await limit.consume('k')).allowed).toBe(true)
    const refused = await limit.consume('k')
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterSeconds).toBeGreaterThan(0)
    await limit.reward('k', 2)
    expect((await limit.consume('k')).allowed).toBe(true)
    await limit.reset('k')
    expect((await limit.consume('k', 2)).allowed).toBe(true)
    expect((await limit.consume('other')).allowed).toBe(true)
  })
})

describe('cross-site requests', () => {
  test('a session cookie sent from another origin is not believed: the PATCH is refused, from the own origin it passes', async () => {
    const article = await publishedArticle(t.payload, 'A story an attacker would like to edit')
    const session = await login(staff.editor.email, PASSWORD, '192.0.2.10')
    expect(session.status).toBe(200)
    const cookie = `payload-token=${session.body.token}`
    const own = readOrigins({ NODE_ENV: 'test' }).allowed[0]
    expect(own).toBe('http://localhost:3000')

    const fromEvil = await send('PATCH', `/articles/${article.id}`, { title: 'Defaced' }, { cookie, origin: 'https://evil.example' })
    expect(fromEvil.status).toBe(403)
    const crossSite = await send('PATCH', `/articles/${article.id}`, { title: 'Defaced' }, { cookie, 'sec-fetch-site': 'cross-site' })
    expect(crossSite.status).toBe(403)
    const evilPost = await send('POST', '/articles', { title: 'Planted', _status: 'published' }, { cookie, origin: 'https://evil.example' })
    expect(evilPost.status).toBe(403)
    expect((await t.payload.findByID({ collection: 'articles', id: article.id })).title).toBe('A story an attacker would like to edit')

    const fromSelf = await send('PATCH', `/articles/${article.id}`, { title: 'Edited by the editor' }, { cookie, origin: own })
    expect(fromSelf.status).toBe(200)
    expect(fromSelf.body.doc.title).toBe('Edited by the editor')
  })

  test('CORS answers name only the configured origins', async () => {
    const fromEvil = await send('POST', '/users/login', { email: 'x@newsroom.test', password: 'y' }, { origin: 'https://evil.example', [PEER_HEADER]: sealedPeer('192.0.2.11') })
    expect(fromEvil.headers.get('access-control-allow-origin')).toBeNull()
    const fromSelf = await send('POST', '/users/login', { email: 'x@newsroom.test', password: 'y' }, { origin: 'http://localhost:3000', [PEER_HEADER]: sealedPeer('192.0.2.12') })
    expect(fromSelf.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
  })

  test('origins come from NEWSROOM_PUBLIC_URL and NEWSROOM_ALLOWED_ORIGINS; a malformed one stops start-up with its name', () => {
    expect(readOrigins({ NEWSROOM_PUBLIC_URL: 'https://news.example/', NEWSROOM_ALLOWED_ORIGINS: 'https://app.news.example, https://news.example' })).toEqual({
      publicUrl: 'https://news.example',
      allowed: ['https://news.example', 'https://app.news.example'],
      configured: true,
    })
    expect(readOrigins({ PORT: '4100' })).toEqual({ publicUrl: undefined, allowed: ['http://localhost:4100', 'http://127.0.0.1:4100'], configured: false })
    expect(() => readOrigins({ NEWSROOM_ALLOWED_ORIGINS: 'news.example' })).toThrow(/NEWSROOM_ALLOWED_ORIGINS must hold absolute http\(s\) URLs/)
    expect(() => readOrigins({ NEWSROOM_PUBLIC_URL: 'ftp://news.example' })).toThrow(/NEWSROOM_PUBLIC_URL must hold http\(s\) URLs/)
  })
})

describe('session cookie', () => {
  test('is Secure and SameSite=Lax in production, Lax without Secure in development', () => {
    const production = authCookies({ NODE_ENV: 'production' })
    expect(production).toEqual({ secure: true, sameSite: 'Lax' })
    const cookie = generatePayloadCookie({ collectionAuthConfig: { cookies: production } as never, cookiePrefix: 'payload', token: 'abc' })
    expect(cookie).toMatch(/; Secure/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(authCookies({ NODE_ENV: 'development' })).toEqual({ secure: false, sameSite: 'Lax' })
  })

  test('the running app sets the cookie its environment calls for', async () => {
    const answer = await login(staff.author.email, PASSWORD, '192.0.2.13')
    const cookie = answer.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(/; Secure/.test(cookie)).toBe(process.env.NODE_ENV === 'production')
  })
})

describe('wire import rate limit', () => {
  test('a user past NEWSROOM_RATE_IMPORT_PER_MINUTE gets 429 with Retry-After; another user is not affected', async () => {
    const author = await ApiClient.login(t.config, staff.author.email, PASSWORD)
    const editor = await ApiClient.login(t.config, staff.editor.email, PASSWORD)
    for (let attempt = 0; attempt < 2; attempt++) expect((await author.post('/articles/import', { text: 'not a wire story', dryRun: true })).status).toBe(200)
    const refused = await author.post('/articles/import', { text: 'not a wire story', dryRun: true })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/^Too many imports: at most 2 a minute per user; try again in \d+ s\.$/)
    expect((await editor.post('/articles/import', { text: 'not a wire story', dryRun: true })).status).toBe(200)
  })
})

describe('security headers', () => {
  const byName = (env: Record<string, string>) => Object.fromEntries(securityHeaders(env).map(({ key, value }) => [key.toLowerCase(), value]))

  test('every response gets nosniff, framing by its own origin only, a CSP, a referrer and a permissions policy; HSTS only in production', () => {
    const production = byName({ NODE_ENV: 'production' })
    expect(production).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
    })
    expect(production['permissions-policy']).toContain('camera=()')
    expect(production['content-security-policy']).toBe(contentSecurityPolicy(false))
    const development = byName({ NODE_ENV: 'development' })
    expect(development['strict-transport-security']).toBeUndefined()
    expect(development['content-security-policy']).toBe(contentSecurityPolicy(true))
  })

  test('the CSP forbids framing by other sites, plugins and foreign scripts; eval and the HMR socket only in development', () => {
    const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((entry) => [entry.split(' ')[0], entry.split(' ').slice(1)]))
    const production = directives(contentSecurityPolicy(false))
    expect(production['frame-ancestors']).toEqual(["'self'"])
    expect(production['object-src']).toEqual(["'none'"])
    expect(production['default-src']).toEqual(["'self'"])
    expect(production['script-src']).toEqual(["'self'", "'unsafe-inline'"])
    expect(production['connect-src']).toEqual(["'self'"])
    const development = directives(contentSecurityPolicy(true))
    expect(development['script-src']).toContain("'unsafe-eval'")
    expect(development['connect-src']).toContain('ws:')
  })
})

describe('logging', () => {
  test('a 400 and a 404 are one info line without a stack; a server fault stays an error with its stack', async () => {
    const lines: any[] = []
    const capture = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) })
    const original = t.payload.logger
    t.payload.logger = pino({ ...loggerOptions({ PAYLOAD_LOG_LEVEL: 'info' }) }, capture)
    try {
      const client = new ApiClient(t.config)
      expect((await client.get('/articles/abc')).status).toBe(400)
      expect((await client.get('/articles/999999')).status).toBe(404)
      t.payload.logger.error({ err: new Error('the database went away') })
      await new Promise((resolve) => setImmediate(resolve))
    } finally {
      t.payload.logger = original
    }
    const [badRequest, notFound, fault] = lines
    expect(badRequest).toMatchObject({ level: 30, msg: expect.stringMatching(/^Malformed id "abc"/), status: 400 })
    expect(notFound).toMatchObject({ level: 30, msg: 'Not Found' })
    for (const line of [badRequest, notFound]) expect(JSON.stringify(line)).not.toMatch(/stack|    at /)
    expect(fault).toMatchObject({ level: 50, err: { message: 'the database went away', stack: expect.stringContaining('    at ') } })
    expect(lines).toHaveLength(3)
  })
})
