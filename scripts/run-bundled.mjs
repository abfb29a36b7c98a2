#!/usr/bin/env node
// Runs a TypeScript command from one esbuild bundle of the project's own sources, with plain Node:
// `node scripts/run-bundled.mjs scripts/related/rebuild.ts [args...]`.
//
// Why not tsx, as the other commands: under tsx a process that loads Payload sits at 250–270 MB
// before any work (a second V8 isolate for the loader hooks, every module's transformed source and
// source map kept in memory); the same code bundled is at about 150 MB, and its closures are not
// wrapped in tsx's `__name` helper, which a server creating closures per request pays for. Long-running
// commands (the related rebuild, the view collector) run this way. Packages stay external, loaded by Node from
// node_modules as usual; `import.meta.url` keeps meaning the source file, so paths the config
// derives from it (migrations, generated files) do not move to the bundle's folder.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run-bundled.mjs <entry.ts> [args...]')
  process.exit(2)
}

const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.jsx': 'jsx' }

/** Replaces `import.meta.url` (and dirname, filename) in each source file by its own location. */
const keepImportMeta = {
  name: 'keep-import-meta',
  setup(builder) {
    builder.onLoad({ filter: /\.(c|m)?(t|j)sx?$/ }, async ({ path: file }) => {
      if (file.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      const source = await fs.promises.readFile(file, 'utf8')
      if (!source.includes('import.meta')) return undefined
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(file)))
        .replaceAll('import.meta.filename', JSON.stringify(file))
      return { contents, loader: LOADERS[path.extname(file)], resolveDir: path.dirname(file) }
    })
  },
}

const source = path.resolve(entry)
const outfile = path.join(root, '.build', `${path.relative(root, source).replace(/[\\/]/g, '__').replace(/\.[^.]+$/, '')}.mjs`)
await build({
  entryPoints: [source],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warning',
  plugins: [keepImportMeta],
})
// The command reads its own arguments as if it had been started directly.
process.argv = [process.argv[0], outfile, ...args]
await import(pathToFileURL(outfile).href)
