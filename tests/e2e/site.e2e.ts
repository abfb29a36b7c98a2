import fs from 'node:fs'

import { XMLValidator } from 'fast-xml-parser'
import type { BrowserContext, Page, Request as BrowserRequest } from 'playwright-core'

import { type BrowserSession, LOGIN, startBrowserSession } from './session'

/** A reader's browser: headless Chromium says "HeadlessChrome", which the view counter takes for a bot. */
const READER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36'
const BOT_AGENT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
// The shared folder sits beside the checkout (CI, main), or beside the folder of worktrees.
const SAMPLE = fs.readFileSync(
  ['../shared', '../../shared'].map((dir) => `${dir}/samples/wire-story-paris-2026-01-06.txt`).find((file) => fs.existsSync(file)) ?? '../shared/samples/wire-story-paris-2026-01-06.txt',
  'utf8',
)

let session: BrowserSession
let auth: Record<string, string>
let sample: { id: number; slug: string; title: string }

beforeAll(async () => {
  session = await startBrowserSession('newsroom_e2e_site')
  const login = await api<{ token: string }>('/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(LOGIN) })
  expect(login.status).toBe(200)
  auth = { Authorization: `JWT ${login.body.token}` }
})

afterAll(() => session?.close())

async function api<T>(pathname: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${session.server.url}/api${pathname}`, init)
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

const viewsOf = async (id: number) => (await api<{ views: number }>(`/articles/${id}?depth=0`, { headers: auth })).body.views

async function readerPage(agent = READER_AGENT): Promise<{ context: BrowserContext; page: Page; sent: BrowserRequest[] }> {
  const context = await session.browser.newContext({ userAgent: agent, viewport: { width: 1200, height: 900 } })
  const page = await context.newPage()
  const sent: BrowserRequest[] = []
  page.on('request', (request) => {
    if (request.method() !== 'GET') sent.push(request)
  })
  return { context, page, sent }
}

/** Opens the story and waits for its beacon's answer. */
async function openStory(page: Page, slug: string) {
  const beacon = page.waitForResponse((response) => response.url().includes('/views?'), { timeout: 120_000 })
  const response = await page.goto(`${session.server.url}/news/${slug}`, { timeout: 240_000 })
  expect(response?.status()).toBe(200)
  return (await (await beacon).json()) as { counted: boolean; reason?: string }
}

test('publishing the sample story puts it on the home page, rendered as the agency shows it', async () => {
  const { context, page } = await readerPage()
  // The home page once before publishing, so that the publish has a cached list to expire.
  expect((await page.goto(`${session.server.url}/`, { timeout: 240_000 }))?.status()).toBe(200)
  await expect(page.locator('h1').textContent()).resolves.toBe('Latest news')
  await expect(page.locator('h2#most-read-today').count()).resolves.toBe(1)
  await expect(page.locator('h2#most-read-week').count()).resolves.toBe(1)

  const imported = await api<{ article: { id: number } }>('/articles/import', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ text: SAMPLE, dryRun: false }) })
  expect(imported.status).toBe(201)
  const published = await api<{ doc: { id: number; slug: string; title: string } }>(`/articles/${imported.body.article.id}`, {
    method: 'PATCH',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ _status: 'published' }),
  })
  expect(published.status).toBe(200)
  sample = published.body.doc

  await page.goto(`${session.server.url}/`)
  await expect(page.locator(`main a[href="/news/${sample.slug}"]`).first().textContent()).resolves.toBe(sample.title)
  await session.shot('site-01-home')

  const answer = await openStory(page, sample.slug)
  expect(answer.counted).toBe(true)
  await expect(page.locator('article h1').textContent()).resolves.toBe(sample.title)
  await expect(page.locator('article header .byline').textContent()).resolves.toBe('Kyiv • UNN')
  await expect(page.locator('article header .views').textContent()).resolves.toBe('1272 views')
  await expect(page.locator('article .lead').textContent()).resolves.toMatch(/^More than 27 leaders, including the President of Ukraine/)
  await expect(page.locator('article .body h2').textContent()).resolves.toBe('Details')
  await expect(page.locator('article .author a').textContent()).resolves.toBe('Julia Shramko')

  // Each "read also" line right after the paragraph it follows in the wire text.
  const sequence = await page.locator('article .body > *').evaluateAll((nodes) => nodes.map((node) => `${node.tagName.toLowerCase()}: ${node.textContent}`))
  const after = (paragraphStart: string) => sequence[sequence.findIndex((entry) => entry.startsWith(`p: ${paragraphStart}`)) + 1]
  expect(after('More than 27 leaders will join')).toBe("aside: US to participate in 'coalition of the willing' meeting in Paris05.01.26, 17:32 • 7684 views")
  expect(sequence.some((entry) => entry === 'aside: Ukraine will prepare for both options - diplomacy or active defense: Zelenskyy announced a new diplomatic week in Europe04.01.26, 20:10 • 9950 views')).toBe(true)

  // Quotes with their attribution, where the story has them.
  const quotes = page.locator('article .body figure.quote')
  await expect(quotes.count()).resolves.toBe(2)
  await expect(quotes.nth(0).locator('blockquote').textContent()).resolves.toMatch(/^The meeting will focus on securing contributions/)
  await expect(quotes.nth(0).locator('figcaption').textContent()).resolves.toBe('- according to a note sent to 35 invited delegations and reviewed by Reuters')
  await expect(quotes.nth(1).locator('figcaption').textContent()).resolves.toBe("- a representative of the French president's office told reporters before the summit")

  // NewsArticle JSON-LD, canonical URL and OpenGraph.
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>
  expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: sample.title.slice(0, 110), author: [{ name: 'Julia Shramko' }] })
  await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(new RegExp(`/news/${sample.slug}$`))
  await expect(page.locator('meta[property="og:type"]').getAttribute('content')).resolves.toBe('article')
  await expect(page.locator('main').count()).resolves.toBe(1)
  await session.shot('site-02-article')
  await page.screenshot({ path: 'tests/.artifacts/site-02-article.png', fullPage: true })
  await context.close()
})

/** The story's count once the views of earlier tests' readers have been written: unchanged for 2.5 s (the flush runs every second). */
async function settledViews(id: number): Promise<number> {
  let last = await viewsOf(id)
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2500))
    const now = await viewsOf(id)
    if (now === last) return now
    last = now
  }
}

test('one view for a reader, none for a repeat or a bot; the page sends the beacon and nothing else', async () => {
  // The previous test's reader opened this story too: its view may still be on its way to the database.
  const before = await settledViews(sample.id)
  const reader = await readerPage(READER_AGENT.replace('6778', '6779'))
  expect((await openStory(reader.page, sample.slug)).counted).toBe(true)
  // The same reader again: answered, not counted.
  expect(await openStory(reader.page, sample.slug)).toMatchObject({ counted: false, reason: 'duplicate' })
  expect(reader.sent.map((request) => `${request.method()} ${new URL(request.url()).pathname}${new URL(request.url()).search}`)).toEqual([
    `POST /views?collection=articles&id=${sample.id}`,
    `POST /views?collection=articles&id=${sample.id}`,
  ])
  const bot = await readerPage(BOT_AGENT)
  expect((await openStory(bot.page, sample.slug)).counted).toBe(false)
  await poll(() => viewsOf(sample.id), (views) => views === before + 1, 'the flush of the counted view')
  // Nothing else arrives later.
  await new Promise((resolve) => setTimeout(resolve, 2500))
  expect(await viewsOf(sample.id)).toBe(before + 1)
  await reader.context.close()
  await bot.context.close()
})

test("a draft's preview opens for a signed-in editor (and live beside the form) and is a 404 to anyone else", async () => {
  const draft = await api<{ doc: { id: number; slug: string } }>('/articles?draft=true', {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Draft only editors may preview', lead: 'Not published yet.', _status: 'draft' }),
  })
  expect(draft.status).toBe(201)
  const path = `/news/${draft.body.doc.slug}`

  const stranger = await readerPage()
  expect((await stranger.page.goto(`${session.server.url}${path}`, { timeout: 240_000 }))?.status()).toBe(404)
  await expect(stranger.page.locator('h1').textContent()).resolves.toBe('Page not found')
  const refused = await stranger.page.goto(`${session.server.url}/api/site/preview?path=${encodeURIComponent(path)}`)
  expect(refused?.status()).toBe(401)
  expect((await stranger.page.goto(`${session.server.url}${path}`))?.status()).toBe(404)

  const editor = await readerPage()
  await editor.page.goto(`${session.server.url}/admin/login`, { timeout: 240_000 })
  await editor.page.fill('input[name="email"]', LOGIN.email)
  await editor.page.fill('input[name="password"]', LOGIN.password)
  await editor.page.click('button[type="submit"]')
  await editor.page.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
  const preview = await editor.page.goto(`${session.server.url}/api/site/preview?path=${encodeURIComponent(path)}`, { timeout: 240_000 })
  expect(preview?.status()).toBe(200)
  expect(new URL(editor.page.url()).pathname).toBe(path)
  await expect(editor.page.locator('article h1').textContent()).resolves.toBe('Draft only editors may preview')
  await expect(editor.page.locator('[role="status"]').textContent()).resolves.toMatch(/^Preview of a draft/)
  // Still nothing for the stranger.
  expect((await stranger.page.goto(`${session.server.url}${path}`))?.status()).toBe(404)
  await stranger.context.close()

  // Live preview: the edit view frames the draft beside the form, and a saved change re-renders it.
  await editor.page.goto(`${session.server.url}/admin/collections/articles/${draft.body.doc.id}`, { timeout: 240_000 })
  await editor.page.getByRole('button', { name: 'Live Preview' }).click()
  const framed = editor.page.frameLocator('#live-preview-iframe')
  await expect(framed.locator('article h1').textContent({ timeout: 120_000 })).resolves.toBe('Draft only editors may preview')
  await editor.page.fill('input[name="title"]', 'Draft changed in live preview')
  await editor.page.getByRole('button', { name: 'Save draft' }).click()
  await framed.locator('article h1', { hasText: 'Draft changed in live preview' }).waitFor({ timeout: 60_000 })
  await editor.context.close()
})

test('feeds and sitemaps are valid XML listing the story; person, tag and unknown pages', async () => {
  const get = async (pathname: string) => {
    const response = await fetch(`${session.server.url}${pathname}`)
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() }
  }
  for (const pathname of ['/feed.xml', '/atom.xml', '/sitemap.xml', '/news-sitemap.xml']) {
    const answer = await get(pathname)
    expect([pathname, answer.status]).toEqual([pathname, 200])
    expect(answer.type).toMatch(/xml/)
    expect([pathname, XMLValidator.validate(answer.text)]).toEqual([pathname, true])
    if (pathname !== '/news-sitemap.xml') expect(answer.text).toContain(`/news/${sample.slug}`)
  }
  const tagged = await api<{ docs: Array<{ tags: string[] }> }>('/articles?where[tags][exists]=true&limit=1&depth=0')
  const tag = tagged.body.docs[0]!.tags[0]!
  const tagFeed = await get(`/tags/${encodeURIComponent(tag)}/feed.xml`)
  expect(tagFeed.status).toBe(200)
  expect(XMLValidator.validate(tagFeed.text)).toBe(true)
  expect((await get(`/tags/${encodeURIComponent(tag)}`)).text).toContain(`#${tag}`)

  const person = await get('/people/julia-shramko')
  expect(person.status).toBe(200)
  expect(person.text).toContain('Julia Shramko')
  expect(person.text).toContain(sample.title.replace(/'/g, '&#x27;'))
  const missing = await get('/no/such/page')
  expect(missing.status).toBe(404)
  expect(missing.text).toContain('Page not found')
})
