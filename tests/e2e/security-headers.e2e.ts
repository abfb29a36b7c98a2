import type { ConsoleMessage, Page } from 'playwright-core'

import { e2eMode } from './mode'
import { type BrowserSession, LOGIN, startBrowserSession } from './session'

// `next dev` is development: no HSTS pinning localhost to HTTPS, and a session cookie without Secure.
const production = e2eMode() === 'start'

let session: BrowserSession
let page: Page
const consoleProblems: string[] = []

beforeAll(async () => {
  session = await startBrowserSession('newsroom_e2e_headers')
  page = session.page
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || /Content.Security.Policy|Refused to/i.test(message.text())) consoleProblems.push(message.text())
  })
  page.on('pageerror', (error) => consoleProblems.push(String(error)))
  // A failed request is named by its address, so a refusal by our own limits shows which call it was.
  page.on('response', async (response) => {
    if (response.status() >= 400) consoleProblems.push(`${response.status()} ${response.request().method()} ${response.url()} ${(await response.text().catch(() => '')).slice(0, 300)}`)
  })
})

afterAll(() => session?.close())

const expectSecurityHeaders = (headers: Headers, where: string) => {
  const found = {
    where,
    nosniff: headers.get('x-content-type-options'),
    frameOptions: headers.get('x-frame-options'),
    referrer: headers.get('referrer-policy'),
    permissions: headers.get('permissions-policy') !== null,
    frameAncestors: /frame-ancestors 'self'/.test(headers.get('content-security-policy') ?? ''),
    hsts: headers.get('strict-transport-security'),
  }
  expect(found).toEqual({ where, nosniff: 'nosniff', frameOptions: 'SAMEORIGIN', referrer: 'strict-origin-when-cross-origin', permissions: true, frameAncestors: true, hsts: production ? 'max-age=31536000; includeSubDomains' : null })
}

test('the admin, the REST and GraphQL API, errors and the view routes all carry the security headers', async () => {
  const { url } = session.server
  const answers: Array<[string, Response]> = [
    ['admin login page', await fetch(`${url}/admin/login`)],
    ['REST read', await fetch(`${url}/api/articles?limit=1`)],
    ['REST error', await fetch(`${url}/api/articles/abc`)],
    ['failed login', await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'nobody@newsroom.test', password: 'wrong password' }) })],
    ['GraphQL', await fetch(`${url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ Articles(limit: 1) { totalDocs } }' }) })],
    ['view counter', await fetch(`${url}/views/articles/none`, { method: 'POST' })],
  ]
  for (const [where, response] of answers) expectSecurityHeaders(response.headers, `${where} (${response.status})`)
  const failedLogin = answers.find(([where]) => where === 'failed login')![1]
  expect(failedLogin.status).toBe(401)
})

test('the admin works under the CSP: log in, open the dashboard and an article, save it, with no CSP report or console error', async () => {
  const { url } = session.server
  await page.goto(`${url}/admin/login`)
  await page.fill('input[name="email"]', LOGIN.email)
  await page.fill('input[name="password"]', LOGIN.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
  // The session cookie is SameSite=Lax, and Secure in production (Chromium keeps it on http://localhost).
  const cookie = (await page.context().cookies()).find((entry) => entry.name === 'payload-token')
  expect(cookie).toMatchObject({ sameSite: 'Lax', httpOnly: true, secure: production })

  const { docs } = await (await fetch(`${url}/api/articles?limit=1&depth=0`)).json()
  await page.goto(`${url}/admin/collections/articles/${docs[0].id}`)
  await page.waitForSelector('input[name="title"]', { timeout: 120_000 })
  // A save from the admin is a cookie-authenticated POST/PATCH with Origin: the configured origin lets it through.
  await page.fill('textarea[name="lead"]', 'A lead saved under the Content-Security-Policy.')
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await page.getByText('successfully', { exact: false }).first().waitFor({ timeout: 60_000 })
  await page.waitForLoadState('networkidle')
  await session.shot('security-headers-admin')
  expect(consoleProblems).toEqual([])
})
