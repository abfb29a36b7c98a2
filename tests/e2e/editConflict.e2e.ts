import type { Page } from 'playwright-core'

import { e2eMode } from './mode'
import { type BrowserSession, LOGIN, startBrowserSession } from './session'

let session: BrowserSession
let server: BrowserSession['server']
let page: Page

beforeAll(async () => {
  // As a newcomer runs it: jobs run by the app itself, and its log at the default level.
  process.env.NEWSROOM_JOBS_AUTORUN = 'on'
  process.env.PAYLOAD_LOG_LEVEL = 'info'
  session = await startBrowserSession('newsroom_e2e_conflict')
  ;({ server, page } = session)
})

afterAll(() => session?.close())

const api = async (path: string, init: RequestInit = {}, token?: string) => {
  const response = await fetch(`${server.url}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
  })
  return { status: response.status, body: await response.json() }
}

test('a newcomer\'s first start links the sample content without an ERROR in the log', async () => {
  // The seed ran at start-up (`next dev`) or just before it (`npm run seed`, production); the job runner
  // links the stories every 2 seconds.
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const { body } = await api('/related-links?where[origin][equals]=auto&limit=1&depth=0')
    if (body.totalDocs > 0) break
    await new Promise((resolve) => setTimeout(resolve, 2_000))
  }
  // Let the backlink recomputes the first ones queued run too.
  await new Promise((resolve) => setTimeout(resolve, 15_000))
  const log = server.log()
  expect(log).toMatch(e2eMode() === 'start' ? /Seeded \d+ articles/ : /Loaded sample content/)
  // Pretty-printed (ERROR) or JSON (level 50 and above) log lines.
  expect(log.split('\n').filter((line) => /ERROR|FATAL|"level":(50|60)|Error running task/.test(line))).toEqual([])
})

test('the admin saves twice without a false conflict, and a save over someone else\'s newer save is refused', async () => {
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', LOGIN.email)
  await page.fill('input[name="password"]', LOGIN.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 120_000 })

  const { body: list } = await api('/articles?where[_status][equals]=published&limit=1&depth=0&sort=id')
  const id = list.docs[0].id
  await page.goto(`${server.url}/admin/collections/articles/${id}`)
  await page.waitForSelector('input[name="dateline"]', { timeout: 120_000 })

  const save = async (dateline: string) => {
    await page.fill('input[name="dateline"]', dateline)
    await page.waitForTimeout(1_500)
    await page.getByRole('button', { name: 'Publish changes' }).click()
  }
  for (const dateline of ['Odesa e2e 1', 'Odesa e2e 2']) {
    await save(dateline)
    await page.getByText('successfully', { exact: false }).first().waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(1_000)
  }
  expect((await api(`/articles/${id}?depth=0`)).body.dateline).toBe('Odesa e2e 2')

  // The editor starts a change (the admin's own out-of-date check runs on the first keystroke and
  // finds nothing), then someone else saves, then the editor saves.
  await page.fill('input[name="dateline"]', 'Odesa e2e 3')
  await page.waitForTimeout(2_000)
  const login = await api('/users/login', { method: 'POST', body: JSON.stringify(LOGIN) })
  const other = await api(`/articles/${id}`, { method: 'PATCH', body: JSON.stringify({ credit: 'Other desk' }) }, login.body.token)
  expect(other.status).toBe(200)
  await save('Odesa e2e 3!')
  await page.getByText('changed by another save after you loaded it', { exact: false }).first().waitFor({ timeout: 30_000 })
  await session.shot('conflict-refused')
  const stored = (await api(`/articles/${id}?depth=0`)).body
  expect([stored.dateline, stored.credit]).toEqual(['Odesa e2e 2', 'Other desk'])
})
