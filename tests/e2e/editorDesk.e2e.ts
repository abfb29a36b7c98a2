// An editor's desk in the admin (issue 14, items 5 to 7): people found by an alias, internal fields out of
// sight, the Author column and formatted counts, and the most-read widget on a quiet day. One server
// (server.ts) on a fresh database with the sample content; screenshots in tests/e2e/artifacts/.
import fs from 'node:fs'
import path from 'node:path'

import { Pool } from 'pg'
import { type Browser, chromium, type Page } from 'playwright-core'

import { daysEnding } from '../../plugins/newsroom/views/calendar'
import { createFreshDatabase, dropDatabase, serverURI, withDatabase } from '../helpers/database'
import { type E2EServer, startServer } from './server'
import { LOGIN } from './session'

const ARTIFACTS = path.resolve('tests/e2e/artifacts')

let database: string
let pool: Pool
let server: E2EServer
let browser: Browser
let page: Page

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `desk-${name}.png`), fullPage: true })

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  process.env.NEWSROOM_TEST_SERVER_URI = serverURI()
  database = await createFreshDatabase('newsroom_desk')
  const uri = withDatabase(serverURI(), database)
  server = await startServer({ DATABASE_URI: uri }, { timeoutMs: 600_000 })
  pool = new Pool({ connectionString: uri, max: 1 })
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] })
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' })
  // `next dev` compiles each admin route on its first visit, which takes minutes on a busy machine.
  page.setDefaultTimeout(120_000)
  page.setDefaultNavigationTimeout(300_000)
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', LOGIN.email)
  await page.fill('input[name="password"]', LOGIN.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 240_000 })
  // A shared machine compiles slowly: the first start of `next dev` and the first page can take minutes.
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await pool?.end()
  await server?.stop()
  if (database) await dropDatabase(database)
})

// The app counts days in Kyiv time (views.timeZone in src/payload.config.ts).
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())

test('the most-read widget falls back to all time, then to the last day with views, and says which', async () => {
  // The sample content has counts from its texts but no day with counted views: all time it is.
  await page.goto(`${server.url}/admin`)
  const todayBox = page.locator('[data-testid="most-read-widget"] [data-period="day"]')
  await todayBox.locator('[data-shown]').or(todayBox.locator('li')).first().waitFor({ timeout: 60_000 })
  await expect(todayBox.getAttribute('data-shown')).resolves.toBe('all')
  await expect(todayBox.innerText()).resolves.toMatch(/No views today\. Most read of all time:/)
  // The best-read published sample story first, its count with the editor's thousands separator.
  const best = (await pool.query<{ title: string; views: number }>(`select title, views::float8 as views from articles where _status = 'published' order by views desc, id limit 1`)).rows[0]
  expect(best.views).toBeGreaterThanOrEqual(1000)
  await expect(todayBox.locator('li a').first().getAttribute('title')).resolves.toBe(best.title)
  await expect(todayBox.locator('li').first().innerText()).resolves.toContain(`${new Intl.NumberFormat('en-US').format(best.views)} views`)
  await shot('01-widget-all-time')

  // Views counted ten days ago: the widget shows that day.
  const { rows } = await pool.query<{ id: number; title: string }>(`select id, title from articles where _status = 'published' order by views asc limit 1`)
  const tenDaysAgo = daysEnding(today(), 11)[0]
  await pool.query(`insert into newsroom_views.daily (collection, doc_id, day, views) values ('articles', $1, $2, 1234)`, [String(rows[0].id), tenDaysAgo])
  await page.reload()
  await page.waitForFunction(() => document.querySelector('[data-testid="most-read-widget"] [data-period="day"]')?.getAttribute('data-shown') === 'recent', undefined, { timeout: 60_000 })
  const day = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${tenDaysAgo}T00:00:00Z`))
  await expect(todayBox.innerText()).resolves.toContain(`No views today. Last day with views, ${day}:`)
  await expect(todayBox.locator('li').first().innerText()).resolves.toContain('1,234 views')
  await expect(todayBox.locator('li a').first().getAttribute('title')).resolves.toBe(rows[0].title)
  await shot('02-widget-last-day')
})

test('the articles list has an Author column, formatted counts, and offers no internal fields as columns', async () => {
  await page.goto(`${server.url}/admin/collections/articles`)
  await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 })
  const headings = (await page.locator('table thead th').allInnerTexts()).map((text) => text.trim())
  expect(headings).toEqual(expect.arrayContaining(['Title', 'Author', 'Views']))
  const views = await page.locator('table tbody .newsroom-views-cell').allInnerTexts()
  expect(views.length).toBeGreaterThan(0)
  expect(views.every((text) => /^\d{1,3}(,\d{3})*$/.test(text))).toBe(true)
  expect(views.some((text) => text.includes(','))).toBe(true)
  const authors = await page.locator('table tbody td.cell-author').allInnerTexts()
  expect(authors.filter((text) => text.trim() !== '').length).toBeGreaterThan(0)
  await shot('03-articles-list')

  await page.locator('#toggle-list-columns').click()
  const picker = page.locator('#list-controls-columns .pill-selector')
  await picker.locator('.pill-selector__pill').first().waitFor()
  const offered = (await picker.locator('.pill-selector__pill').allInnerTexts()).map((text) => text.trim())
  expect(offered).toEqual(expect.arrayContaining(['Title', 'Author', 'Views', 'Created By']))
  for (const internal of ['Import Key', 'Import Digest', 'Unresolved Headlines', 'Views Chart', 'Mentions Added', 'Mentions Removed', 'Base Version', 'Related Links Panel']) {
    expect(offered).not.toContain(internal)
  }
  await shot('04-column-picker')
})

test('the edit view keeps internal fields folded away in the sidebar', async () => {
  await page.goto(`${server.url}/admin/collections/articles`)
  await page.locator('table tbody tr a').first().click()
  await page.waitForSelector('#field-title', { timeout: 60_000 })
  const sidebar = page.locator('.document-fields__sidebar')
  // Payload renders a field only once it is on screen: bring the foot of the sidebar into view first.
  await sidebar.evaluate((element) => element.scrollTo(0, element.scrollHeight))
  await sidebar.getByText('Internal', { exact: true }).waitFor({ state: 'visible', timeout: 30_000 })
  await sidebar.getByText('Automatic mentions', { exact: true }).waitFor({ state: 'visible', timeout: 30_000 })
  for (const label of ['Created By', 'Mentions Added', 'Mentions Removed']) {
    await expect(sidebar.getByText(label, { exact: true }).isVisible()).resolves.toBe(false)
  }
  await shot('05-sidebar-folded')
  // One click opens them for staff who need them.
  await sidebar.locator('.collapsible', { hasText: 'Internal' }).locator('.collapsible__toggle').first().click()
  await sidebar.getByText('Created By', { exact: true }).waitFor({ state: 'visible' })
  await shot('06-sidebar-internal-open')
})

test('People are found by a Cyrillic alias prefix in the list and in the article pickers', async () => {
  await page.goto(`${server.url}/admin/collections/people`)
  await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 })
  const search = page.locator('.search-filter__input')
  await expect(search.getAttribute('placeholder')).resolves.toMatch(/Name or alias/)
  await search.fill('Зеленськ')
  await page.waitForURL(/search=/, { timeout: 30_000 })
  await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1, undefined, { timeout: 30_000 })
  await expect(page.locator('table tbody tr').first().innerText()).resolves.toContain('Volodymyr Zelensky')
  await shot('07-people-list-search')
  await search.fill('zelenskiy')
  await page.waitForURL(/search=zelenskiy/, { timeout: 30_000 })
  await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1, undefined, { timeout: 30_000 })
  await expect(page.locator('table tbody tr').first().innerText()).resolves.toContain('Volodymyr Zelensky')

  await page.goto(`${server.url}/admin/collections/articles/create`)
  await page.waitForSelector('#field-title', { timeout: 120_000 })
  for (const [field, typed] of [
    ['#field-author', 'Зеленськ'],
    ['#field-people', 'каллас'],
  ] as const) {
    await page.locator(`${field} .rs__control`).click()
    await page.keyboard.type(typed)
    const option = page.locator('.rs__option').first()
    await option.waitFor({ timeout: 30_000 })
    await page.waitForFunction(() => document.querySelectorAll('.rs__option').length === 1, undefined, { timeout: 30_000 })
    await shot(`08-picker-${field.slice(7)}`)
    await option.click()
  }
  await expect(page.locator('#field-author').innerText()).resolves.toContain('Volodymyr Zelensky')
  await expect(page.locator('#field-people').innerText()).resolves.toContain('Kallas')
})
