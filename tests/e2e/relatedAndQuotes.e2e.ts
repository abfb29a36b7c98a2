import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'

import { type BrowserSession, LOGIN, startBrowserSession } from './session'

/** Screenshots of this file, kept as artifacts (gitignored). */
const ARTIFACTS = path.resolve('tests/e2e/artifacts')

let session: BrowserSession
let server: BrowserSession['server']
let page: Page
let auth: Record<string, string>

const PARIS = 'Leaders meet in Paris to coordinate security guarantees for Ukraine and a multinational force after a ceasefire.'

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  // The panel follows the background recompute: this app runs its queue itself here.
  process.env.NEWSROOM_JOBS_AUTORUN = 'on'
  session = await startBrowserSession('newsroom_e2e_related')
  ;({ server, page } = session)
  const login = await api<{ token: string }>('POST', '/users/login', LOGIN)
  auth = { Authorization: `JWT ${login.body.token}` }
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', LOGIN.email)
  await page.fill('input[name="password"]', LOGIN.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 180_000 })
  // next dev compiles on first use: on a busy machine the start alone can take minutes.
}, 600_000)

afterAll(async () => {
  // The dev server's log beside the screenshots: what the server said when a step failed.
  if (server) fs.writeFileSync(path.join(ARTIFACTS, 'next-dev.log'), server.log())
  await session?.close()
})

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })

async function api<T = any>(method: string, pathname: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.url}/api${pathname}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(auth ?? {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json().catch(() => null)) as T }
}

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000}s; last seen: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
    value = await read()
  }
  return value
}

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] })
const body = (...texts: string[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: texts.map(paragraph) } })

type Link = { id: number; to: number | { id: number }; origin: string; pinned: boolean; excluded: boolean; order: number }
const linksOf = async (id: number) => (await api<{ docs: Link[] }>('GET', `/related-links?where[from][equals]=${id}&sort=order&depth=0&limit=50`)).body.docs

const openArticle = async (id: number) => {
  await page.goto(`${server.url}/admin/collections/articles/${id}`)
  await page.getByTestId('related-links-panel').waitFor({ timeout: 120_000 })
}

test('the panel: links readers see apart from hidden ones, exclude, and a move that says it pins', async () => {
  const titles = ['Paris talks on security guarantees open', 'Paris talks on security guarantees continue', 'Paris talks on security guarantees close']
  const made: number[] = []
  for (const title of titles) {
    const created = await api('POST', '/articles', { title, lead: PARIS, body: body(PARIS, `${PARIS} More on this.`), _status: 'published' })
    expect(created.status).toBe(201)
    made.push(created.body.doc.id)
  }
  const source = made[2]
  // The background job links the newest story to the two others.
  const auto = await poll(() => linksOf(source), (links) => links.filter((link) => link.origin === 'auto').length >= 2, 'auto links')
  await openArticle(source)
  const shown = page.getByTestId('related-links-shown').getByTestId('related-link-row')
  await shown.nth(1).waitFor({ timeout: 30_000 })
  // The raw join is not in the edit view: the panel is the one place.
  await expect(page.locator('#field-relatedLinks').isVisible()).resolves.toBe(false)
  await shot('related-01-panel')

  // Exclude the first: it moves to "Hidden from readers".
  const first = shown.first()
  const firstTitle = (await first.locator('a').first().textContent())!.trim()
  await first.getByRole('button', { name: 'Exclude' }).click()
  await page.getByTestId('related-links-hidden').getByText(firstTitle).waitFor({ timeout: 30_000 })

  // Move the (new) first shown auto link down: the button says it pins, the toast names it.
  const mover = page.getByTestId('related-links-shown').getByTestId('related-link-row').first()
  const moverTitle = (await mover.locator('a').first().textContent())!.trim()
  const down = mover.getByRole('button', { name: /Move down/ })
  if ((await down.count()) > 0 && (await down.isEnabled())) {
    await expect(down.getAttribute('aria-label')).resolves.toBe('Move down (pins it)')
    await down.click()
    await page.getByText(`Pinned so that recomputes keep the order: "${moverTitle}"`, { exact: false }).waitFor({ timeout: 30_000 })
  } else {
    await mover.getByRole('button', { name: 'Pin', exact: true }).click()
    await page.getByText('Pinned: recomputes keep it.').waitFor({ timeout: 30_000 })
  }
  await shot('related-02-excluded-and-pinned')

  const after = await linksOf(source)
  const excluded = after.filter((link) => link.excluded)
  expect(excluded.length).toBeGreaterThanOrEqual(1)
  // Never both: the excluded link was not pinned by the move.
  for (const link of after) expect(link.pinned && link.excluded).toBe(false)
  expect(after.some((link) => link.pinned && !link.excluded)).toBe(true)
  expect(auto.length).toBeGreaterThanOrEqual(2)
})

test('after Publish the panel refreshes by itself when the links change in the background', async () => {
  const draft = await api('POST', '/articles?draft=true', { title: 'Paris talks on security guarantees: the aftermath', lead: PARIS, body: body(PARIS, `${PARIS} More on this.`), _status: 'draft' })
  expect(draft.status).toBe(201)
  const id = draft.body.doc.id as number
  await openArticle(id)
  await page.getByTestId('related-links-why').or(page.getByText('No related links yet.')).first().waitFor({ timeout: 30_000 })
  await shot('related-03-before-publish')
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await page.getByText('successfully', { exact: false }).first().waitFor({ timeout: 60_000 }).catch(async (error) => {
    await shot('related-04-publish-failed')
    throw error
  })
  // A link arriving in the background after the save (what the recompute job writes; here written
  // through the API so the test does not hang on the queue's backlog) shows up without a reload.
  expect((await api('POST', '/related-links', { from: id, url: 'https://example.com/paris-background', headline: 'Background: the Paris talks', order: 1 })).status).toBe(201)
  await page.getByTestId('related-links-shown').getByTestId('related-link-row').first().waitFor({ timeout: 45_000 }).catch(async (error) => {
    await shot('related-04-no-refresh')
    throw error
  })
  await shot('related-04-after-publish')
  expect((await linksOf(id)).length).toBeGreaterThan(0)
})

test('an editor types a quote in the body, saves, and the quote belongs to the article', async () => {
  await page.goto(`${server.url}/admin/collections/articles/create`)
  await page.waitForSelector('input[name="title"]', { timeout: 120_000 })
  await page.fill('input[name="title"]', 'Quotes typed where they stand')
  const editor = page.locator('[data-lexical-editor="true"]').first()
  await editor.click()
  await page.keyboard.type('The first paragraph of the story.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('/quo')
  await page.click('#slash-menu-popup__item-block-quote')
  const block = page.locator('.LexicalEditorTheme__block-quote').first()
  await block.locator('#field-text').fill('We are ready for both options, and we will say so in Paris.')
  await block.locator('#field-attribution').fill('an aide told reporters')
  // The block's header reads as its content, not "Quote Untitled".
  await block.getByTestId('quote-block-label').getByText('We are ready for both options', { exact: false }).waitFor({ timeout: 30_000 })
  await shot('quotes-01-typed')
  // The block's form hands its values to the editor after a round trip to the server: let it land.
  await page.click('input[name="title"]')
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(3000)

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 60_000 }).catch(async (error) => {
    await shot('quotes-02-publish-failed')
    throw error
  })
  const id = Number(page.url().match(/articles\/(\d+)/)![1])
  const quotes = await poll(
    () => api<{ docs: Array<{ text: string; attribution: string; article: number }> }>('GET', `/quotes?where[article][equals]=${id}&depth=0`),
    (result) => result.body.docs.length > 0,
    'the quote made from the block',
  )
  expect(quotes.body.docs).toEqual([expect.objectContaining({ text: 'We are ready for both options, and we will say so in Paris.', attribution: 'an aide told reporters', article: id })])
  await page.waitForLoadState('networkidle')
  await shot('quotes-02-published')
})

test('a "Read also" block with an article chosen shows its headline and hides the fields it does not need', async () => {
  await page.goto(`${server.url}/admin/collections/articles/create`)
  await page.waitForSelector('input[name="title"]', { timeout: 120_000 })
  await page.fill('input[name="title"]', 'A story with a read-also line')
  const editor = page.locator('[data-lexical-editor="true"]').first()
  await editor.click()
  await page.keyboard.type('The first paragraph of the story.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('/read')
  await page.locator('[id^="slash-menu-popup__item-block-read"]').first().click()
  const readAlso = page.locator('.LexicalEditorTheme__block-readAlso').first()
  await readAlso.locator('#field-headline').waitFor({ timeout: 30_000 })
  await readAlso.locator('#field-article .rs__control').click()
  await page.keyboard.type('Paris talks on security guarantees open')
  await page.locator('.rs__option').first().click()
  // Headline, date and views are for a story outside the CMS: gone once an article is chosen.
  await readAlso.locator('#field-headline').waitFor({ state: 'detached', timeout: 30_000 })
  await expect(readAlso.locator('#field-views').count()).resolves.toBe(0)
  await readAlso.getByTestId('read-also-block-label').getByText('Paris talks on security guarantees open').waitFor({ timeout: 30_000 })
  await shot('quotes-03-read-also')
})
