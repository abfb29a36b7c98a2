// Packs @newsroom/plugin and @newsroom/schema as `npm pack` would publish them and installs only those
// tarballs here, so the second app's imports of @newsroom/* reach the installed dist and never the
// workspace sources.
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
  // prepack builds each dist/ (esbuild + tsc) before packing.
  const output = execFileSync(npm, ['pack', '-w', 'plugins/newsroom', '-w', 'collections', '--pack-destination', packDir, '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  // The prepack scripts' own lines may come before the JSON.
  const packedList = JSON.parse(output.slice(output.search(/^\[/m)))
  const packSeconds = seconds(started)
  // One fixed name each, so package.json can name the tarballs whatever the version.
  for (const packed of packedList) fs.renameSync(path.join(packDir, packed.filename), path.join(packDir, `${packed.name.replace('@newsroom/', 'newsroom-')}.tgz`))

  started = performance.now()
  // A stale copy must never pass for the new one.
  fs.rmSync(path.join(here, 'node_modules', '@newsroom'), { recursive: true, force: true })
  execFileSync(npm, ['install', '--no-package-lock', '--legacy-peer-deps', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: here,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const installSeconds = seconds(started)

  const tarballs = Object.fromEntries(packedList.map((packed) => [packed.name, { size: packed.size, unpackedSize: packed.unpackedSize, files: packed.entryCount }]))
  const summary = { tarballs, packSeconds, installSeconds }
  fs.writeFileSync(path.join(packDir, 'install.json'), JSON.stringify(summary, null, 2))
  const sizes = packedList.map((packed) => `${packed.name} ${packed.entryCount} files, ${packed.size} bytes`).join('; ')
  console.log(`\n[second-app] packed ${sizes} in ${packSeconds} s, installed in ${installSeconds} s`)
  return summary
}

export default async function globalSetup() {
  if (process.env.NEWSROOM_SECOND_APP_SKIP_INSTALL === '1' && fs.existsSync(path.join(here, 'node_modules', '@newsroom', 'schema'))) return
  installPackedPlugin()
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) installPackedPlugin()
