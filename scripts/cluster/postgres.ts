// A PostgreSQL primary and a streaming read replica of its own, for `npm run test:cluster`: the
// machine's PostgreSQL 15 binaries, a temporary directory, free ports; the machine's shared server and
// its settings are never touched.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { freePort } from '../../src/lib/freePort'

const run = promisify(execFile)

export const PG_BIN = process.env.CLUSTER_PG_BIN ?? '/usr/lib/postgresql/15/bin'

export interface ReplicatedPostgres {
  primaryUri: string
  replicaUri: string
  stop(): Promise<void>
}


/** PostgreSQL refuses to run as root: as root, its binaries run as the `postgres` OS user. */
async function pg(binary: string, args: string[]): Promise<string> {
  const file = path.join(PG_BIN, binary)
  const [command, argv] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args]
  const { stdout } = await run(command, argv, { maxBuffer: 16 * 1024 * 1024 })
  return stdout
}

const serverOptions = (port: number, socketDir: string) =>
  // fsync off: a test cluster thrown away afterwards; the replication itself is the real thing.
  `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c full_page_writes=off`

export async function startReplicatedPostgres(dir: string): Promise<ReplicatedPostgres> {
  if (!fs.existsSync(path.join(PG_BIN, 'pg_basebackup'))) throw new Error(`no PostgreSQL binaries in ${PG_BIN} (set CLUSTER_PG_BIN)`)
  fs.mkdirSync(dir, { recursive: true })
  if (process.getuid?.() === 0) {
    fs.chmodSync(dir, 0o777)
  }
  const primaryDir = path.join(dir, 'primary')
  const replicaDir = path.join(dir, 'replica')
  const [primaryPort, replicaPort] = [await freePort(), await freePort()]
  await pg('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'])
  await pg('pg_ctl', ['start', '-w', '-D', primaryDir, '-l', path.join(dir, 'primary.log'), '-o', serverOptions(primaryPort, dir)])
  const started: string[] = [primaryDir]
  const stop = async () => {
    for (const dataDir of started.reverse()) await pg('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate']).catch(() => {})
  }
  try {
    // -R writes standby.signal and primary_conninfo: the copy starts as a streaming replica.
    await pg('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir, '-R', '-X', 'stream', '--checkpoint=fast'])
    await pg('pg_ctl', ['start', '-w', '-D', replicaDir, '-l', path.join(dir, 'replica.log'), '-o', serverOptions(replicaPort, dir)])
    started.push(replicaDir)
  } catch (error) {
    await stop()
    throw error
  }
  return {
    primaryUri: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
    replicaUri: `postgres://postgres@127.0.0.1:${replicaPort}/postgres`,
    stop,
  }
}
