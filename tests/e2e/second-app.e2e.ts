import fs from 'node:fs'
import path from 'node:path'

import { type Browser, chromium, type Page } from 'playwright-core'

import { createFreshDatabase, dropDatabase, serverURI, withDatabase } from '../helpers/database'
import { installPackedPlugin } from '../second-app/install.mjs'
import { startNextDev } from './server'

// The second app's admin (tests/second-app, `next dev` there) with the plugin and the schema installed
// from their tarballs: the plugin's admin components load from `@newsroom/plugin/client` and work on
// `posts`; our collections' from `@newsroom/schema/client`, on the app's renamed `stories`.
const APP = path.resolve('tests/second-app')
const ARTIFACTS = path.resolve('tests/.artifacts')
const EDITOR = { email: 'editor@second-app.local', password: 'second-app-editor' }
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const PARIS = 'Leaders meet in Paris to coordinate security guarantees for Ukraine and a multinational force after a ceasefire.'

let database: string
let server: Awaited<ReturnType<typeof startNextDev>>
let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  installPackedPlugin()
  database = await createFreshDatabase('second_app_e2e')
  server = await startNextDev({ DATABASE_URI: withDatabase(serverURI(), database), PAYLOAD_SECRET: 'second-app-e2e-secret' }, { readyPath: '/admin/login', timeoutMs: 240_000, cwd: APP })
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (database) await dropDatabase(database)
})

async function api<T = any>(pathname: string, init: { method?: string; body?: unknown; token?: string; userAgent?: string } = {}): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { 'User-Agent': init.userAgent ?? CHROME }
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  if (init.token) headers.Authorization = `JWT ${init.token}`
  const response = await fetch(`${server.url}/api${pathname}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) })
  return { status: response.status, body: (await response.json().catch(() => null)) as T }
}

const publish = async (token: string, heading: string, text: string) => {
  const created = await api<{ doc: { id: number } }>('/posts', { method: 'POST', token, body: { heading, summary: text, content: null, topics: ['diplomacy'], _status: 'published' } })
  expect(created.status).toBe(201)
  return created.body.doc.id
}

test('the admin components from the tarballs render: on posts the most-read widget, views column and related-links panel; on stories the importer and the added field', async () => {
  const registered = await api<{ token: string }>('/users/first-register', { method: 'POST', body: EDITOR })
  expect(registered.status).toBe(200)
  const { token } = registered.body

  const first = await publish(token, 'Paris talks on security guarantees', PARIS)
  const second = await publish(token, 'Security guarantees for Ukraine agreed in Paris', `${PARIS} The force is ready.`)
  const storm = await publish(token, 'Winter storm closes western roads', 'A winter storm brings heavy snow and icy roads to western regions.')
  // "Recompute now", as the panel's button does, instead of waiting for the queue: the first post
  // is indexed, then the second finds it.
  for (const id of [first, second]) {
    expect(await api(`/posts/related/${id}/recompute`, { method: 'POST', token })).toMatchObject({ status: 200, body: { indexed: true } })
  }
  expect((await api(`/posts/related/${second}`)).body.docs.map((entry: { to: { id: number } }) => entry.to.id)).toEqual([first])

  // A reader's view (no session: an editor's views do not count), written within the 100 ms flush.
  expect(await api(`/posts/${second}/view`, { method: 'POST' })).toEqual({ status: 202, body: { counted: true } })
  for (let tries = 0; (await api(`/posts/${second}?depth=0`, { token })).body.views !== 1; tries++) {
    if (tries > 100) throw new Error('the view was not written')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }

  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  await context.addCookies([{ name: 'payload-token', value: token, url: server.url }])
  page = await context.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  fs.mkdirSync(ARTIFACTS, { recursive: true })

  // Dashboard: the most-read widget for posts, its entry linking to the post's edit view.
  await page.goto(`${server.url}/admin`, { timeout: 180_000 })
  const widget = page.locator('.newsroom-most-read__collection[data-collection="posts"]')
  await widget.locator('.newsroom-most-read__entry').first().waitFor({ timeout: 60_000 })
  const entry = widget.locator(`.newsroom-most-read__entry[data-id="${second}"]`).first()
  expect(await entry.locator('.newsroom-most-read__link').getAttribute('href')).toBe(`/admin/collections/posts/${second}`)
  expect(await entry.locator('.newsroom-most-read__link').innerText()).toContain('Security guarantees for Ukraine agreed in Paris')
  await page.screenshot({ path: path.join(ARTIFACTS, 'second-app-dashboard.png'), fullPage: true })

  // List: the views column, drawn by the plugin's cell.
  await page.goto(`${server.url}/admin/collections/posts`, { timeout: 180_000 })
  await page.locator('.newsroom-views-cell').first().waitFor({ timeout: 60_000 })
  expect(await page.locator('.newsroom-views-cell[data-views="1"]').count()).toBe(1)
  expect(await page.locator('.newsroom-views-cell[data-views="0"]').count()).toBe(2)
  await page.screenshot({ path: path.join(ARTIFACTS, 'second-app-list.png'), fullPage: true })

  // Edit view: the related-links panel lists the link, pointing at the post in this collection.
  await page.goto(`${server.url}/admin/collections/posts/${second}`, { timeout: 180_000 })
  const row = page.locator('[data-testid="related-link-row"]').first()
  await row.waitFor({ timeout: 60_000 })
  const link = row.locator('.newsroom-related-panel__headline a')
  expect(await link.innerText()).toBe('Paris talks on security guarantees')
  expect(await link.getAttribute('href')).toBe(`/admin/collections/posts/${first}`)

  // Adding a link by hand searches the posts by their own title field, `heading`.
  await page.locator('.newsroom-related-panel__search').fill('Winter storm')
  const result = page.locator('.newsroom-related-panel__result', { hasText: 'Winter storm closes western roads' })
  await result.waitFor({ timeout: 30_000 })
  await result.getByRole('button', { name: 'Add link' }).click()
  await page.locator(`.newsroom-related-panel__headline a[href="/admin/collections/posts/${storm}"]`).waitFor({ timeout: 30_000 })
  const manual = await api<{ docs: Array<{ to: number; origin: string }> }>(`/related-links?where[from][equals]=${second}&depth=0&sort=order`, { token })
  expect(manual.body.docs.map((entry) => [entry.to, entry.origin])).toEqual([
    [first, 'auto'],
    [storm, 'manual'],
  ])
  await page.screenshot({ path: path.join(ARTIFACTS, 'second-app-edit.png'), fullPage: true })

  // Our schema from its tarball, as this app extended it: the stories list carries the importer from
  // `@newsroom/schema/client`, and the story form the field the app added to our Article factory.
  await page.goto(`${server.url}/admin/collections/stories`, { timeout: 180_000 })
  await page.getByRole('button', { name: 'Import from text' }).waitFor({ timeout: 60_000 })
  await page.goto(`${server.url}/admin/collections/stories/create`, { timeout: 180_000 })
  await page.locator('input[name="title"]').waitFor({ timeout: 60_000 })
  await page.locator('input[name="sponsor"]').waitFor({ timeout: 30_000 })
  await page.screenshot({ path: path.join(ARTIFACTS, 'second-app-story.png'), fullPage: true })

  expect(pageErrors).toEqual([])
  await context.close()
})
