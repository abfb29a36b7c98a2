import path from 'path'
import { fileURLToPath } from 'url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { Articles, People, Quotes, RelatedLinks, Users } from '../collections'
import { newsroomPlugin } from '../plugins/newsroom'
import { inputValidation } from './security/input/plugin'
import { migrations } from './migrations'
import { DEV_LOGIN, seedIfEmpty } from './seed/onInit'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const isDevelopment = process.env.NODE_ENV === 'development'

// The adapter keeps one client checked out for its lifetime, so a pool of one would deadlock.
const poolMax = Number(process.env.DATABASE_POOL_MAX ?? 10)
if (!Number.isInteger(poolMax) || poolMax < 2) {
  throw new Error(`DATABASE_POOL_MAX must be a whole number of at least 2 (got "${process.env.DATABASE_POOL_MAX}")`)
}


export default buildConfig({
  admin: {
    user: Users.slug,
    // Gravatar cannot be reached from an offline newsroom machine.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: ' · Newsroom' },
    // The dev login is printed and prefilled; the editor still presses "Log in".
    autoLogin: isDevelopment && process.env.NEWSROOM_AUTOLOGIN !== 'off' ? { ...DEV_LOGIN, prefillOnly: true } : false,
  },
  collections: [Articles, People, Quotes, RelatedLinks, Users],
  editor: lexicalEditor(),
  secret: process.env.PAYLOAD_SECRET || '',
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URI || '', max: poolMax },
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'generated-schema.graphql'),
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  telemetry: false,
  logger: process.env.PAYLOAD_LOG_LEVEL ? { options: { level: process.env.PAYLOAD_LOG_LEVEL } } : undefined,
  onInit: seedIfEmpty,
  plugins: [
    newsroomPlugin({
      // Tests run queued recomputes themselves; a background timer would race them.
      related: { collections: ['articles'], autoRun: process.env.NEWSROOM_JOBS_AUTORUN === 'off' ? false : undefined },
      views: {
        collections: ['articles'],
        // One app process keeps dedupe keys in memory; several instances (or app + collector) share them in PostgreSQL.
        dedupeStore: process.env.NEWSROOM_VIEWS_DEDUPE === 'postgres' ? 'postgres' : 'memory',
        trustedProxies: process.env.NEWSROOM_TRUSTED_PROXIES ? process.env.NEWSROOM_TRUSTED_PROXIES.split(',').map((entry) => entry.trim()) : undefined,
        timeZone: 'Europe/Kyiv',
      },
    }),
    // Last, so that its checks reach the collections the plugins above add.
    inputValidation(),
  ],
})
