import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const root = path.resolve(app, '../..')

/**
 * Payload's CLI in the second app's folder, as its developer runs `npx payload <args>`, on `databaseUri`:
 * through the repository's scripts/payload/run.mjs, which avoids Payload's launcher dropping the config's
 * import on Node 20 (the script says how). A clean environment: the jest worker's (test settings, what
 * earlier files in it left) is not the app's.
 */
export function payloadCli(args: string[], databaseUri: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [path.join(root, 'scripts/payload/run.mjs'), ...args], {
    cwd: app,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'second-app-test-secret',
      PAYLOAD_CONFIG_PATH: path.join(app, 'payload.config.ts'),
      DATABASE_URI: databaseUri,
      NODE_OPTIONS: '--no-deprecation',
      // CI runs the tests beside other work, where the loader's drop comes more often than at a desk.
      NEWSROOM_PAYLOAD_CLI_ATTEMPTS: '12',
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    timeout: 240_000,
  })
}
