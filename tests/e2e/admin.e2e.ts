import type { Page } from 'playwright-core'

import { type BrowserSession, LOGIN, startBrowserSession } from './session'


let session: BrowserSession
let server: BrowserSession['server']
let page: Page

beforeAll(async () => {
  // A fresh database with the sample content and the editor LOGIN (server.ts).
  session = await startBrowserSession('newsroom_e2e')
  ;({ server, page } = session)
})

afterAll(() => session?.close())

/** Opens a relationship select, optionally types to filter, and takes the first option offered. */
async function pickOption(field: ReturnType<Page['locator']>, search: string) {
  await field.locator('.rs__control').click()
  if (search) await page.keyboard.type(search)
  const option = page.locator('.rs__option').first()
  await option.waitFor({ timeout: 30_000 })
  await option.click()
}

const shot = (name: string) => session.shot(name)

test('an editor logs in, writes an article with a quote block and people, and publishes it', async () => {
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', LOGIN.email)
  await page.fill('input[name="password"]', LOGIN.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 120_000 })
  await shot('01-dashboard')

  await page.goto(`${server.url}/admin/collections/articles/create`)
  await page.waitForSelector('input[name="title"]', { timeout: 120_000 })
  await page.fill('input[name="title"]', 'Editors in Kyiv test the newsroom admin')
  await page.fill('textarea[name="lead"]', 'A smoke test writes, quotes and publishes a story.')
  const editor = page.locator('[data-lexical-editor="true"]').first()
  await editor.click()
  await page.keyboard.type('The first paragraph of the story.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('/quo')
  await page.click('#slash-menu-popup__item-block-quote')
  // The quote is typed where it stands; saving makes the Quote document (a new article has no quotes to pick).
  await page.locator('.LexicalEditorTheme__block-quote #field-text').fill('We will hold the line, and we will say so in Paris.')
  await page.locator('.LexicalEditorTheme__block-quote #field-attribution').fill('an official told reporters')
  await pickOption(page.locator('#field-people'), 'Zelensk')
  await pickOption(page.locator('#field-author'), '')
  await shot('03-filled')

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 60_000 })
  await page.getByText('Updated successfully', { exact: false }).or(page.getByText('successfully', { exact: false })).first().waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(1000)
  await shot('04-published')

  const id = page.url().match(/articles\/(\d+)/)![1]
  // The anonymous public API sees it: it really was published, with its people and its quote block.
  const response = await fetch(`${server.url}/api/articles/${id}?depth=1`)
  expect(response.status).toBe(200)
  const article = await response.json()
  expect(article).toMatchObject({ title: 'Editors in Kyiv test the newsroom admin', _status: 'published', slug: 'editors-in-kyiv-test-the-newsroom-admin' })
  expect(article.people.map((person: { name: string }) => person.name).join()).toMatch(/Zelensk/)
  expect(article.author?.name).toEqual(expect.any(String))
  const quoteBlock = article.body.root.children.find((node: any) => node.fields?.blockType === 'quote')
  expect(quoteBlock.fields.quote.text).toEqual(expect.any(String))
  expect(article.publishedAt).toEqual(expect.any(String))
  // Who created a story is for staff only: the public answer leaves it out, the editor's has it.
  expect(article.createdBy).toBeUndefined()
  const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(LOGIN) })
  const { token } = await login.json()
  const asEditor = await (await fetch(`${server.url}/api/articles/${id}?depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()
  expect(asEditor.createdBy).toEqual(expect.any(Number))
})
