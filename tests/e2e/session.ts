import fs from 'node:fs'
import path from 'node:path'

import { type Browser, chromium, type Page } from 'playwright-core'

import { createFreshDatabase, dropDatabase, serverURI, withDatabase } from '../helpers/database'
import { type E2EServer, startServer } from './server'

export { LOGIN } from './login'

export const ARTIFACTS = path.resolve('tests/.artifacts')
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface BrowserSession {
  server: E2EServer
  browser: Browser
  page: Page
  shot: (name: string) => Promise<Buffer>
  close: () => Promise<void>
}

/** The app (server.ts) on a fresh database seeded with the sample content, and Debian's Chromium on a page. */
export async function startBrowserSession(databasePrefix: string): Promise<BrowserSession> {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  process.env.NEWSROOM_TEST_SERVER_URI = serverURI()
  const database = await createFreshDatabase(databasePrefix)
  const server = await startServer({ DATABASE_URI: withDatabase(serverURI(), database) })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
  return {
    server,
    browser,
    page,
    shot: (name) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true }),
    close: async () => {
      await browser.close()
      await server.stop()
      await dropDatabase(database)
    },
  }
}
