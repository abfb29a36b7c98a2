import path from 'node:path'

import type { Page } from 'playwright-core'

import { ARTIFACTS, type BrowserSession, LOGIN, startBrowserSession } from './session'

/** Readers counted by the test; each one a browser of its own, so that none is deduplicated. */
const READERS = 7

let session: BrowserSession
let server: BrowserSession['server']
let page: Page

beforeAll(async () => {
  // A fresh database with the sample content and the editor LOGIN (server.ts).
  session = await startBrowserSession('newsroom_e2e_views')
  ;({ server, page } = session)
})

afterAll(() => session?.close())

const shot = (name: string) => session.shot(name)

type Daily = { days: Array<{ day: string; views: number }>; total: number; periodTotal: number }

/**
 * The visitor's address is the same for every request from this machine (X-Forwarded-For is only
 * believed from a trusted proxy), so distinct readers are told apart by their browsers' user agents.
 */
const readerAgent = (reader: number) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${6778 + reader}.85 Safari/537.36`

async function api<T>(pathname: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.url}/api${pathname}`, init)
  return { status: response.status, body: (await response.json().catch(() => null)) as T }
}

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000}s; last seen: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
    value = await read()
  }
  return value
}

test('counted readers show up in the dashboard ranking and in the article chart', async () => {
  // Requests from a signed-in editor never count, so the beacons go without a session and only the
  // reports are read with one.
  const login = await api<{ token: string }>('/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(LOGIN),
  })
  expect(login.status).toBe(200)
  const auth = { Authorization: `JWT ${login.body.token}` }

  const latest = await api<{ docs: Array<{ id: number; title: string }> }>('/articles?where[_status][equals]=published&sort=-publishedAt&limit=2&depth=0')
  expect(latest.status).toBe(200)
  const [article, unread] = latest.body.docs as [{ id: number; title: string }, { id: number; title: string }]
  const daily = () => api<Daily>(`/articles/${article.id}/views/daily?days=30`, { headers: auth })
  const before = await daily()
  expect(before.status).toBe(200)
  expect(before.body.days).toHaveLength(30)

  for (let reader = 0; reader < READERS; reader++) {
    const beacon = await api<{ counted: boolean }>(`/articles/${article.id}/view`, { method: 'POST', headers: { 'User-Agent': readerAgent(reader) } })
    expect(beacon).toMatchObject({ status: 202, body: { counted: true } })
  }
  // The same reader again within the dedupe window: answered, but not counted twice.
  const again = await api<{ counted: boolean }>(`/articles/${article.id}/view`, { method: 'POST', headers: { 'User-Agent': readerAgent(0) } })
  expect(again).toMatchObject({ status: 202, body: { counted: false, reason: 'duplicate' } })

  // Views are buffered and written about once a second.
  const after = (await poll(daily, ({ body }) => body.periodTotal >= before.body.periodTotal + READERS, 'the flush of the counted views')).body
  expect(after.periodTotal).toBe(before.body.periodTotal + READERS)
  expect(after.total).toBe(before.body.total + READERS)
  const today = after.days.at(-1)!
  expect(today.views).toBe(before.body.days.at(-1)!.views + READERS)
  const week = after.days.slice(-7).reduce((sum, entry) => sum + entry.views, 0)
  const format = (count: number) => new Intl.NumberFormat('en').format(count)

  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', LOGIN.email)
  await page.fill('input[name="password"]', LOGIN.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 120_000 })

  const widget = page.locator('[data-testid="most-read-widget"] [data-collection="articles"]')
  for (const [period, views] of [
    ['day', today.views],
    ['week', week],
  ] as const) {
    const entry = widget.locator(`[data-period="${period}"] li[data-id="${article.id}"]`)
    await entry.waitFor({ timeout: 60_000 })
    await expect(entry.locator('.newsroom-most-read__views').textContent()).resolves.toBe(`${format(views)} views`)
    await expect(entry.locator('a').getAttribute('href')).resolves.toBe(`/admin/collections/articles/${article.id}`)
    await expect(entry.locator('a').textContent()).resolves.toBe(article.title)
  }
  await page.waitForLoadState('networkidle')
  await shot('views-01-dashboard')
  await widget.screenshot({ path: path.join(ARTIFACTS, 'views-02-most-read.png') })
  // Both components draw with the theme's variables only, so switching the theme is all it takes.
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'))
  await widget.screenshot({ path: path.join(ARTIFACTS, 'views-02-most-read-dark.png') })
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'))

  // The ranking links to the article's edit view, where the chart shows the same counts.
  await widget.locator(`[data-period="day"] li[data-id="${article.id}"] a`).click()
  await page.waitForURL(new RegExp(`/admin/collections/articles/${article.id}$`), { timeout: 120_000 })
  const chart = page.locator('[data-testid="views-chart"]')
  await chart.locator('[data-testid="views-chart-period-total"]').waitFor({ timeout: 120_000 })
  await expect(chart.locator('[data-testid="views-chart-period-total"]').textContent()).resolves.toBe(format(after.periodTotal))
  await expect(chart.locator('[data-testid="views-chart-total"]').textContent()).resolves.toBe(format(after.total))
  const bars = chart.locator('svg .newsroom-views-chart__bar')
  await expect(bars.count()).resolves.toBe(30)
  await expect(bars.last().locator('title').textContent()).resolves.toBe(`${today.day}: ${format(today.views)} views`)
  await expect(chart.locator('svg').getAttribute('aria-label')).resolves.toContain(`${format(after.periodTotal)} views in total`)
  // The table is hidden from sight, not from screen readers.
  await expect(chart.locator('table tbody tr').count()).resolves.toBe(30)
  await page.waitForLoadState('networkidle')
  await chart.scrollIntoViewIfNeeded()
  await shot('views-03-edit-view')
  await chart.screenshot({ path: path.join(ARTIFACTS, 'views-04-chart.png') })
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'))
  await chart.screenshot({ path: path.join(ARTIFACTS, 'views-04-chart-dark.png') })

  // A story nobody read in the period says so instead of drawing an empty chart.
  await page.goto(`${server.url}/admin/collections/articles/${unread.id}`)
  const empty = page.locator('[data-testid="views-chart"]')
  await empty.getByText('No views in the last 30 days').waitFor({ timeout: 120_000 })
  await expect(empty.locator('svg').count()).resolves.toBe(0)
  await expect(empty.locator('[data-testid="views-chart-period-total"]').textContent()).resolves.toBe('0')
  await empty.screenshot({ path: path.join(ARTIFACTS, 'views-05-chart-empty.png') })

  // An unsaved story has no views and nothing to ask for them: no chart at all.
  await page.goto(`${server.url}/admin/collections/articles/create`)
  await page.waitForSelector('input[name="title"]', { timeout: 120_000 })
  await page.waitForLoadState('networkidle')
  await expect(page.locator('[data-testid="views-chart"]').count()).resolves.toBe(0)
})
