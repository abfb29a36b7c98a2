import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// The second app's sources (config, collections, these tests) type-check against the declarations in
// the tarball: the `types` of each export, with no path mapping onto the workspace sources.
test('the second app type-checks against the installed package’s declarations', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  const run = spawnSync(process.execPath, [tsc, '-p', app, '--listFiles'], { encoding: 'utf8' })
  const files = run.stdout.split('\n').filter((line) => line.endsWith('.ts'))
  const errors = run.stdout.split('\n').filter((line) => line.includes('error TS'))
  expect(errors).toEqual([])
  expect(run.status).toBe(0)
  const installed = path.join(app, 'node_modules/@newsroom/plugin/dist/types/')
  expect(files).toContain(path.join(installed, 'index.d.ts'))
  expect(files).toContain(path.join(installed, 'options.d.ts'))
  expect(files.filter((file) => file.includes('/plugins/newsroom/'))).toEqual([])
})
