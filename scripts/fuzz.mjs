#!/usr/bin/env node
// `npm run fuzz [-- --seed N --runs N]`: the generated tests of tests/security/fuzz.test.ts with more
// requests than `npm test` sends (FUZZ_SEED / FUZZ_RUNS work too), then the counts of requests and 5xx.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name) => {
  const index = args.indexOf(`--${name}`)
  if (index !== -1) return args[index + 1]
  return args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]
}
const seed = option('seed') ?? process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31)
const runs = option('runs') ?? process.env.FUZZ_RUNS ?? '10000'
for (const [name, value] of [['seed', seed], ['runs', runs]]) {
  if (!/^\d+$/.test(value)) {
    console.error(`--${name} must be a whole number (got "${value}")`)
    process.exit(2)
  }
}
const report = path.join(os.tmpdir(), `newsroom-fuzz-${process.pid}.json`)

console.log(`fuzz: seed ${seed}, ${runs} requests`)
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js')
const child = spawn(process.execPath, [jest, '--runInBand', 'tests/security/fuzz.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    FUZZ_SEED: seed,
    FUZZ_RUNS: runs,
    FUZZ_REPORT: report,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-deprecation`.trim(),
  },
})
child.on('exit', (code) => {
  if (fs.existsSync(report)) {
    const result = JSON.parse(fs.readFileSync(report, 'utf8'))
    fs.rmSync(report)
    console.log(`\nfuzz result: ${result.requests} requests, ${result.serverErrors} × 5xx (seed ${result.seed}); replay with: npm run fuzz -- --seed ${result.seed} --runs ${result.runs}`)
  } else {
    console.log('\nfuzz result: no report (the run did not finish)')
  }
  process.exit(code ?? 1)
})
