// Packs @newsroom/plugin as `npm pack` would publish it and installs only that tarball here, so the
// second app's imports of @newsroom/plugin reach the installed dist and never the workspace sources.
// Jest's globalSetup of the second-app project; also runnable alone: `node tests/second-app/install.mjs`.
//
// Peers (payload, next, react, @payloadcms/*) are not installed here (`--legacy-peer-deps`): Node finds
// them in the repository's node_modules above, as an app finds its own. Installing them would put a
// second copy of payload and react beside the root's one that @payloadcms/next and the tests load.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const packDir = path.join(here, '.pack')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

const seconds = (from) => Math.round((performance.now() - from) / 100) / 10

export function installPackedPlugin() {
  fs.rmSync(packDir, { recursive: true, force: true })
  fs.mkdirSync(packDir, { recursive: true })

  let started = performance.now()
  // prepack builds dist/ (esbuild + tsc) before packing.
  const output = execFileSync(npm, ['pack', '-w', 'plugins/newsroom', '--pack-destination', packDir, '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  // The prepack script's own lines may come before the JSON.
  const packed = JSON.parse(output.slice(output.search(/^\[/m)))[0]
  const packSeconds = seconds(started)
  // One fixed name, so package.json can name the tarball whatever the version.
  fs.renameSync(path.join(packDir, packed.filename), path.join(packDir, 'newsroom-plugin.tgz'))

  started = performance.now()
  // A stale copy must never pass for the new one.
  fs.rmSync(path.join(here, 'node_modules', '@newsroom'), { recursive: true, force: true })
  execFileSync(npm, ['install', '--no-package-lock', '--legacy-peer-deps', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: here,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const installSeconds = seconds(started)

  const summary = { tarball: { size: packed.size, unpackedSize: packed.unpackedSize, files: packed.entryCount }, packSeconds, installSeconds }
  fs.writeFileSync(path.join(packDir, 'install.json'), JSON.stringify(summary, null, 2))
  console.log(`\n[second-app] packed @newsroom/plugin (${packed.entryCount} files, ${packed.size} bytes) in ${packSeconds} s, installed in ${installSeconds} s`)
  return summary
}

export default async function globalSetup() {
  if (process.env.NEWSROOM_SECOND_APP_SKIP_INSTALL === '1' && fs.existsSync(path.join(here, 'node_modules', '@newsroom', 'plugin'))) return
  installPackedPlugin()
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) installPackedPlugin()
