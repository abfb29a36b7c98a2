// Jest gives each test file its own copy of process.env: assign .env values here, never overriding
// variables that are already set (CI and the launcher set DATABASE_URI and PAYLOAD_SECRET).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const file = path.resolve(process.cwd(), '.env')
if (fs.existsSync(file)) {
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = line.match(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/)
    if (match && process.env[match[1]] === undefined) process.env[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2')
  }
}
process.env.PAYLOAD_SECRET ||= 'test-secret-only-for-jest'
// Payload logs every 4xx it answers as an error; the tests assert on those answers instead.
process.env.PAYLOAD_LOG_LEVEL ||= 'fatal'
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.NEWSROOM_JOBS_AUTORUN ||= 'off'
// Uploads of each test file go to a folder of its own, never to the app's media/.
process.env.NEWSROOM_MEDIA_DIR ||= fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-media-'))
