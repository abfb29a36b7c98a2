import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const root = path.resolve(app, '../..')

/**
 * Payload's CLI in the second app's folder, as its developer runs `npx payload <args>`, on `databaseUri`.
 *
 * Through scripts/payload/cli.mjs under the tsx command, not node_modules/payload/bin.js: on Node 20
 * the launcher's `tsImport` sometimes drops the config's import and the command exits 0 having done
 * nothing, or hangs (half the runs here, Payload's own `generate:types` as well as our scripts). Under
 * tsx the same drop still happens now and then, but Node then says so: exit code 13 ("unsettled top-level
 * await") before anything ran, which is retried; any other outcome is the command's own.
 * A clean environment: the jest worker's (test settings, what earlier files in it left) is not the app's.
 */
export function payloadCli(args: string[], databaseUri: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  let run: SpawnSyncReturns<string> | undefined
  for (let attempt = 0; attempt < 4; attempt++) {
    run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/payload/cli.mjs'), ...args], {
      cwd: app,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'second-app-test-secret',
        PAYLOAD_CONFIG_PATH: path.join(app, 'payload.config.ts'),
        DATABASE_URI: databaseUri,
        NODE_OPTIONS: '--no-deprecation',
        ...env,
      } as unknown as NodeJS.ProcessEnv,
      timeout: 120_000,
    })
    if (run.status !== 13) return run
  }
  return run!
}
