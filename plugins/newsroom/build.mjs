// Builds the package into dist/: one ES module per entry (server, admin components, Next.js route)
// with the modules they share in chunks, so that state such as the view counter exists once however
// the app imports it; the CSS files stay imports next to the components, as Payload's own plugins
// ship them; the type declarations come from tsc.
import { execFileSync } from 'node:child_process'
import { copyFileSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

const root = path.dirname(fileURLToPath(import.meta.url))
const dist = path.join(root, 'dist')
rmSync(dist, { recursive: true, force: true })

const keepCssImports = {
  name: 'keep-css-imports',
  setup(builder) {
    builder.onResolve({ filter: /\.css$/ }, (args) => ({ path: `./${path.basename(args.path)}`, external: true }))
  },
}
// tsconfig.build.json, not the app's tsconfig.json, whose paths map @/* onto the app's src/: a stray
// import of it would be bundled into the package instead of failing the build.
const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', jsx: 'automatic', absWorkingDir: root, tsconfig: 'tsconfig.build.json', logLevel: 'warning' }

await build({ ...common, entryPoints: ['index.ts', 'next.ts', 'bin/rebuild.ts'], outdir: dist, splitting: true, chunkNames: 'chunks/[name]-[hash]' })
// The client entry is built on its own: every module in it runs in the browser (client.ts starts with 'use client', which esbuild keeps).
await build({ ...common, entryPoints: ['client.ts'], outdir: dist, platform: 'browser', plugins: [keepCssImports] })
// Flat in dist/, where the rewritten imports point: two stylesheets of one name would overwrite each other.
const copied = new Map()
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  const inside = path.relative(root, entry.parentPath ?? entry.path)
  if (!entry.isFile() || !entry.name.endsWith('.css') || /^(dist|node_modules)/.test(inside)) continue
  if (copied.has(entry.name)) throw new Error(`Two stylesheets named ${entry.name} (${copied.get(entry.name)}, ${inside}): rename one`)
  copied.set(entry.name, inside)
  copyFileSync(path.join(root, inside, entry.name), path.join(dist, entry.name))
}
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' })
