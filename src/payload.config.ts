import path from 'path'
import { fileURLToPath } from 'url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles, Media, People, Quotes, RelatedLinks, Users } from '../collections'
import { answerFileURLAs400 } from '../collections/Media/hooks/refuseFileURL'
import { readMediaStorage } from '../collections/Media/storage'
import { editors } from '../collections/access/roles'
import { newsroomPlugin } from '@newsroom/plugin'
import { inputValidation } from './security/input/plugin'
import { migrations } from './migrations'
import { genericLoginFailure } from '../collections/security/loginGuard'
import { CLIENT_ERROR_LEVELS, payloadLogger } from './security/logging'
import { readOrigins } from './security/origins'
import { keepPublicErrorMessage } from './security/publicErrors'
import { databaseUnavailableAfterError } from './security/databaseUnavailable'
import { securityLimits } from '../collections/security/limits'
import { withReadLimits } from './security/readLimits'
import { answerStatementTimeout } from './security/statementTimeout'
import { DEV_LOGIN, seedIfEmpty } from './seed/onInit'
import { sitePlugin } from './site/payloadPlugin'
import { mediaStorage } from './plugins/mediaStorage'
import { articleSeo } from './plugins/seo'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const isDevelopment = process.env.NODE_ENV === 'development'

// The adapter keeps one client checked out for its lifetime, so a pool of one would deadlock.
const poolMax = Number(process.env.DATABASE_POOL_MAX ?? 10)
if (!Number.isInteger(poolMax) || poolMax < 2) {
  throw new Error(`DATABASE_POOL_MAX must be a whole number of at least 2 (got "${process.env.DATABASE_POOL_MAX}")`)
}

// Reads without a transaction go to these PostgreSQL streaming replicas; writes, reads inside a
// transaction (an editor's save and what its hooks read) and every read of this process for 2 s after
// one of its writes go to the primary (@payloadcms/drizzle's getTransaction). Jobs and the plugin's
// own SQL use the primary's pool. README "Running in production".
const readReplicas = (process.env.DATABASE_READ_REPLICA_URIS ?? '').split(',').map((uri) => uri.trim()).filter(Boolean)

const origins = readOrigins()
if (process.env.NODE_ENV === 'production' && !origins.configured) {
  console.warn(`NEWSROOM_PUBLIC_URL is not set: only ${origins.allowed.join(' and ')} may use an admin session; saves from any other address are refused (README "Security").`)
}

// No statement of a request may hold a connection for minutes; 0 (scripts opening Payload themselves,
// see src/lib/payloadLifecycle.ts) leaves PostgreSQL's own setting.
const statementTimeoutMs = securityLimits().reads.statementTimeoutMs

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
  collections: [Articles, People, Quotes, RelatedLinks, Media, Users],
  // A session cookie is believed only from these origins (others are anonymous), and only they may
  // call the API from a browser on another origin. NEWSROOM_PUBLIC_URL / NEWSROOM_ALLOWED_ORIGINS.
  csrf: origins.allowed,
  cors: origins.allowed,
  ...(origins.publicUrl ? { serverURL: origins.publicUrl } : {}),
  editor: lexicalEditor(),
  // Image sizes, focal point and crop of Media are made with sharp.
  sharp,
  // Multipart bodies (uploads): a file over NEWSROOM_MEDIA_MAX_BYTES is a 413 before anything is stored.
  upload: {
    limits: { fileSize: securityLimits().content.mediaMaxBytes },
    responseOnLimit: `The file is larger than the limit of ${securityLimits().content.mediaMaxBytes} bytes (NEWSROOM_MEDIA_MAX_BYTES)`,
  },
  // Running the job queue (GET /api/payload-jobs/run) recomputes links: editors' work, like "recompute now".
  jobs: { access: { run: editors } },
  secret: process.env.PAYLOAD_SECRET || '',
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URI || '', max: poolMax, ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}) },
    ...(readReplicas.length > 0 ? { readReplicas } : {}),
    migrationDir: path.resolve(dirname, 'migrations'),
    // Several instances starting at once would each run them: a deployment with a one-shot migrate
    // step turns this off (NEWSROOM_MIGRATE_ON_START=off) and waits for readiness instead.
    ...(process.env.NEWSROOM_MIGRATE_ON_START === 'off' ? {} : { prodMigrations: migrations }),
  }),
  hooks: {
    // A public error of ours keeps its message in a production build; a cancelled statement and a
    // database outage are 503s with Retry-After, not 500s; a failed login gets one answer whatever
    // failed; a media URL the server could not fetch is the client's 400.
    afterError: [keepPublicErrorMessage, answerStatementTimeout, databaseUnavailableAfterError, genericLoginFailure, answerFileURLAs400],
  },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'generated-schema.graphql'),
    // The limits that hold are src/security/graphql's guard in front of this handler (depth, list
    // sizes, fragment cycles); Payload's own rule only counts fields, so it is kept as a backstop.
    maxComplexity: securityLimits().graphql.maxCost,
    disableIntrospectionInProduction: true,
    // The list queries skip their count(*) when the query asks only for `docs` (the article page):
    // `countOnlyWhenAsked`, applied by the GraphQL route's handler (src/security/graphql/handler.ts).
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  telemetry: false,
  // A client's mistake (4xx) is one info line; only server faults (5xx) are errors with a stack.
  logger: payloadLogger(),
  loggingLevels: CLIENT_ERROR_LEVELS,
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
        beaconPerMinute: securityLimits().rate.beaconPerMinute,
        timeZone: 'Europe/Kyiv',
      },
    }),
    // The public site: expires its cached pages on publish, change and unpublish; the Preview button.
    sitePlugin(),
    // Editable meta title, description and image for search engines and social cards (site pages fall back to the story's own).
    articleSeo(),
    // Media on S3-compatible storage when S3_BUCKET is set (README "Configuration"), else on disk.
    mediaStorage(readMediaStorage()),
    // Last, so that the plugin's collections get the read limits too.
    (config) => ({ ...config, collections: withReadLimits(config.collections ?? []) }),
    // Last, so that its checks reach the collections the plugins above add.
    inputValidation(),
  ],
})
