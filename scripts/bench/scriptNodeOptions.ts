import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The NODE_OPTIONS one of our npm scripts sets (`cross-env NODE_OPTIONS=...`), so a bench measures what users run. */
export function scriptNodeOptions(script: string): string {
  const command = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts[script] ?? '') as string
  return /NODE_OPTIONS=(?:"([^"]*)"|(\S+))/.exec(command)?.slice(1).find(Boolean) ?? ''
}
