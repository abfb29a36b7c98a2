// Builds the package into dist/: the server entry (the collections and their factories) and the admin
// components' entry, each one ES module with every dependency left as an import; the type declarations
// come from tsc.
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

const root = path.dirname(fileURLToPath(import.meta.url))
const dist = path.join(root, 'dist')
rmSync(dist, { recursive: true, force: true })

// tsconfig.build.json, not the app's tsconfig.json: the app maps @newsroom/plugin to its sources, and
// esbuild would then bundle the plugin into this package instead of importing it.
const common = { bundle: true, format: 'esm', target: 'node20', packages: 'external', jsx: 'automatic', absWorkingDir: root, outdir: dist, tsconfig: 'tsconfig.build.json', logLevel: 'warning' }

await build({ ...common, entryPoints: ['index.ts'], platform: 'node' })
// The client entry is built on its own: every module in it runs in the browser (client.ts starts with 'use client', which esbuild keeps).
await build({ ...common, entryPoints: ['client.ts'], platform: 'browser' })
const require = createRequire(import.meta.url)
// The declarations import @newsroom/plugin's: in this repository it is the sibling workspace, built first when it is not yet.
const plugin = path.dirname(require.resolve('@newsroom/plugin/package.json'))
if (!existsSync(path.join(plugin, 'dist', 'types', 'index.d.ts'))) execFileSync(process.execPath, [path.join(plugin, 'build.mjs')], { stdio: 'inherit' })
const tsc = require.resolve('typescript/bin/tsc')
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' })
