// `npm run import -- FILE...`: imports plain-text wire stories into the configured database, one
// transaction per file. Prints one line per file, then its warnings ("FILE:LINE: warning: ..."), and exits
// with 1 when any file failed.
//
// Run through `tsx src/import/cli.ts FILE...` (not `payload run`, which swallows --flags and on Node 20
// sometimes exits before the script runs). `npm run import -- --dry-run FILE...` previews without writing.
import fs from 'node:fs'
import path from 'node:path'

import type { WireImportResult } from '../../collections/import/importWireStory'

// tsx loads TypeScript off-thread; a process whose event loop is empty while it waits for that loader
// can exit silently with code 0. A timer keeps the loop alive; process.exit below ends the run.
const keepAlive = setInterval(() => undefined, 60_000)

const USAGE = 'usage: npm run import -- [--dry-run] FILE...'

const args = process.argv.slice(2).map(String)
const dryRun = args.includes('--dry-run')
const files = args.filter((arg) => arg !== '--' && arg !== '--dry-run')
if (args.includes('--help') || args.includes('-h') || files.length === 0) {
  console.error(USAGE)
  process.exit(args.includes('--help') || args.includes('-h') ? 0 : 2)
}

const [{ default: config }, { getPayload }, { importWireStory }] = await Promise.all([
  import('@payload-config'),
  import('payload'),
  import('../../collections/import/importWireStory'),
])
const payload = await getPayload({ config })

function describe(file: string, result: WireImportResult): string {
  const verb = result.dryRun ? (result.article.created ? 'would create' : 'would update') : result.article.created ? 'created' : 'updated'
  const id = result.article.id === null ? '-' : String(result.article.id)
  return [
    `${file}: ${verb} article ${id} "${result.article.slug}" (${result.article.status})`,
    `${result.quotes.length} quotes`,
    `${result.relatedLinks.length} links`,
    `${result.unresolved.length} unresolved`,
    `author ${result.author ? result.author.name : '-'}`,
    // "views 1272" when the stated count was written (a new article), else what the text said, unwritten.
    result.viewsSet ? `views ${result.views}` : `views -${result.views === null ? '' : ` (${result.views} stated, not written)`}`,
  ].join(', ')
}

let failed = 0
for (const file of files) {
  try {
    const text = fs.readFileSync(path.resolve(process.cwd(), file), 'utf8')
    const result = await importWireStory(payload, text, { dryRun })
    console.log(describe(file, result))
    if (result.reimport === 'draft') console.log(`${file}: an editor changed the article since the last import: saved as a new draft version, the live story is unchanged`)
    // "FILE:LINE: warning: ..." as compilers print them, so an editor (or an IDE) can jump to the line.
    for (const warning of result.warnings) console.log(`${file}:${warning.line}: warning: ${warning.message}`)
  } catch (error) {
    failed++
    const message = error instanceof Error ? error.message : String(error)
    // Parse errors say "line N: ..."; the file name in front makes it "FILE: failed: line N: ...".
    console.error(`${file}: failed: ${message}`)
  }
}
if (files.length > 1) console.log(`${files.length - failed} of ${files.length} files imported${dryRun ? ' (dry run: nothing written)' : ''}`)
// `payload run` exits as soon as the script returns, and an exit can cut off output still queued for a
// pipe: wait until both streams have flushed, then exit with our own code.
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()))
await Promise.all([flushed(process.stdout), flushed(process.stderr)])
clearInterval(keepAlive)
process.exit(failed > 0 ? 1 : 0)
