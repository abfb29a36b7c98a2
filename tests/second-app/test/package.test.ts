import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// What an app gets from `npm install` of the packed tarball: the entries resolve into the installed
// copy's dist/, never into the repository's workspace.
const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const installed = fs.realpathSync(path.join(app, 'node_modules/@newsroom/plugin'))
const resolve = createRequire(path.join(app, 'package.json')).resolve

test('the plugin is an installed copy of the tarball, not a link to the workspace', () => {
  expect(fs.lstatSync(path.join(app, 'node_modules/@newsroom/plugin')).isSymbolicLink()).toBe(false)
  expect(installed).toBe(path.join(app, 'node_modules/@newsroom/plugin'))
  // Only what `files` publishes: the build, no TypeScript sources.
  expect(fs.readdirSync(installed).sort()).toEqual(['CHANGELOG.md', 'README.md', 'dist', 'package.json'])
  expect(fs.readdirSync(path.join(installed, 'dist'), { recursive: true }).filter((file) => String(file).endsWith('.ts') && !String(file).endsWith('.d.ts'))).toEqual([])
})

test.each([
  ['@newsroom/plugin', 'dist/index.js'],
  ['@newsroom/plugin/next', 'dist/next.js'],
  ['@newsroom/plugin/client', 'dist/client.js'],
])('%s resolves to the installed %s', (specifier, file) => {
  expect(resolve(specifier)).toBe(path.join(installed, file))
})

test('the server entry exports the plugin and what an app builds on', async () => {
  const plugin = await import('@newsroom/plugin')
  expect(typeof plugin.newsroomPlugin).toBe('function')
  expect(typeof plugin.rebuildRelated).toBe('function')
  expect(typeof plugin.createCollector).toBe('function')
  expect(plugin.newsroomMigrations.map((migration) => migration.name)).toEqual(['20261130_000000_newsroom_plugin_schemas'])
  expect(plugin.RELATED_DEFAULTS.linksCollection).toBe('related-links')
})

test('the Next.js entry gives the beacon route', async () => {
  const next = await import('@newsroom/plugin/next')
  expect(typeof next.viewsRoute).toBe('function')
})

test('the client entry is a client module with the admin components the config names', () => {
  const source = fs.readFileSync(resolve('@newsroom/plugin/client'), 'utf8')
  expect(source.trimStart()).toMatch(/^['"]use client['"]/)
  for (const name of ['RelatedLinksPanel', 'MostReadWidget', 'ViewsCell', 'ViewsChart']) expect(source).toMatch(new RegExp(`\\b${name}\\b`))
  // Its stylesheets are shipped next to it, where its imports point.
  const stylesheets = [...source.matchAll(/import\s+["'](\.\/[^"']+\.css)["']/g)].map((match) => match[1])
  expect(stylesheets.sort()).toEqual(['./MostReadWidget.css', './RelatedLinksPanel.css', './ViewsChart.css'])
  for (const css of stylesheets) expect(fs.existsSync(path.join(installed, 'dist', css))).toBe(true)
})

test('the type declarations every entry names are in the tarball', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as { exports: Record<string, string | { types?: string }> }
  for (const entry of Object.values(manifest.exports)) {
    if (typeof entry === 'object' && entry.types) expect(fs.existsSync(path.join(installed, entry.types))).toBe(true)
  }
})
