import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { BinScriptConfig } from 'payload'

/**
 * The plugin's Payload CLI scripts (`npx payload <key>`), found from this file: in the installed
 * package under dist/bin, in the workspace source under bin/. Where no file path can be known (a
 * bundler that rewrites `import.meta.url`), there are none: the CLI runs the config unbundled, and
 * that is the only place they are used.
 */
export function binScripts(): BinScriptConfig[] {
  try {
    const here = fileURLToPath(import.meta.url)
    // Run from source (the workspace), the scripts are the sources too, never a stale build.
    const script = here.endsWith('.ts') ? 'bin/rebuild.ts' : 'dist/bin/rebuild.js'
    let dir = path.dirname(here)
    for (let depth = 0; depth < 4; depth += 1, dir = path.dirname(dir)) {
      const manifest = path.join(dir, 'package.json')
      if (!existsSync(manifest) || (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name !== '@newsroom/plugin') continue
      const scriptPath = path.join(dir, script)
      return existsSync(scriptPath) ? [{ key: 'related:rebuild', scriptPath }] : []
    }
  } catch {
    // no file URL here
  }
  return []
}
