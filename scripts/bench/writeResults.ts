import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Writes a benchmark's results to `bench/results/<name>-<time>.json` and prints the load average at
 * its start and end beside the file's name: on a shared machine the load says how far to trust a run.
 */
export function writeBenchResults(name: string, results: Record<string, unknown>, loadAverageAtEnd: number[]): string {
  results.loadAverageAtEnd = loadAverageAtEnd
  const out = path.resolve('bench/results')
  fs.mkdirSync(out, { recursive: true })
  const file = path.join(out, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2))
  console.log(`\nload average: at start ${(results.loadAverageAtStart as number[]).join(' ')}, at end ${loadAverageAtEnd.join(' ')} (${os.cpus().length} cores)`)
  console.log(`written ${file}`)
  return file
}
