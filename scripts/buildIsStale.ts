import fs from 'node:fs'
import path from 'node:path'

/**
 * True when a source file (src, plugins, collections, next.config.ts) is newer than the Next.js build
 * whose marker file is `marker` (relative to `root`), or there is no such build: the benchmarks and
 * test:cluster then build before they measure, so they never measure yesterday's code.
 */
export function buildIsStale(root: string, marker = path.join('.next', 'BUILD_ID')): boolean {
  const markerFile = path.join(root, marker)
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!fs.existsSync(markerFile) || !fs.existsSync(buildId)) return true
  const built = fs.statSync(buildId).mtimeMs
  const newer = (dir: string): boolean =>
    fs.readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const file = path.join(dir, entry.name)
      // The packages' dist/ is their own build output (npm pack, the second app's tests write it); the
      // app builds from their sources.
      if (entry.isDirectory()) return entry.name !== 'node_modules' && entry.name !== 'dist' && newer(file)
      return /\.(tsx?|css|scss|json)$/.test(entry.name) && fs.statSync(file).mtimeMs > built
    })
  return ['src', 'plugins', 'collections'].some((dir) => newer(path.join(root, dir))) || fs.statSync(path.join(root, 'next.config.ts')).mtimeMs > built
}
