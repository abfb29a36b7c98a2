// `node scripts/payload/cli.mjs <command> ...` (through tsx): Payload's CLI without its own launcher.
// node_modules/payload/bin.js loads the CLI with tsx's `tsImport`, whose pending import does not keep
// Node 20 alive: the command then exits 0 having done nothing, or hangs (about half the runs on our
// 2-core machine, `generate:types`, `migrate` and the plugin's scripts alike). Run under the tsx
// command, the loader is in place before anything is imported.
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// payload's `exports` name neither its package.json nor its bin: find it from its main entry.
const payloadDir = path.resolve(path.dirname(fileURLToPath(import.meta.resolve('payload'))), '..')
const { bin } = await import(pathToFileURL(path.join(payloadDir, 'dist/bin/index.js')).href)
await bin()
