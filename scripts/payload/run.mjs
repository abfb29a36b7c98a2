// `npm run payload -- <command>` (and the generate scripts, the compose file's one-shot migrate): Payload's
// CLI through scripts/payload/cli.mjs under the tsx command, not Payload's own launcher. That launcher
// loads the config with tsx's `tsImport`, and on Node 20 a dropped import leaves the command doing
// nothing with exit 0, or hanging: about half the runs on our 2-core machine, so a deploy's migrate
// step could "succeed" without migrating. Under the tsx command the same drop ends the process with
// Node's exit 13 (an unsettled top-level await), which this runs again; every command we run this way
// is safe to repeat (migrations are recorded as they apply, generation rewrites its file, the related
// rebuild resumes). Any other exit is the command's own.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// A third to a half of the attempts end so on our loaded 2-core machine, so a few more than seems needed.
const ATTEMPTS = Number(process.env.NEWSROOM_PAYLOAD_CLI_ATTEMPTS ?? 6)
const tsx = fileURLToPath(import.meta.resolve('tsx/cli'))
const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cli.mjs')

for (let attempt = 1; ; attempt++) {
  const { status, signal } = spawnSync(process.execPath, [tsx, cli, ...process.argv.slice(2)], { stdio: 'inherit' })
  if (status === 13 && attempt < ATTEMPTS) {
    console.error(`payload: Node dropped the config's import (exit 13); running the command again (attempt ${attempt + 1} of ${ATTEMPTS})`)
    continue
  }
  process.exit(status ?? (signal ? 1 : 0))
}
