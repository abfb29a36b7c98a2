import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { newsroomPlugin } from '@newsroom/plugin'
import { newsroomCollections } from '@newsroom/schema'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type SanitizedConfig } from 'payload'

import { Authors } from './collections/Authors'
import { Posts } from './collections/Posts'
import { Users } from './collections/Users'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export interface SecondAppOptions {
  databaseUri: string
  /** The plugin's `disabled`: its schema stays, its behaviour stops (a collection before it is switched on). */
  disabled?: boolean
}

/**
 * Our schema as this app extends it, without forking: every collection under a slug of this app's
 * (its own `users` and any `posts` stay its own), and one field of its own on our Article factory.
 */
export const SCHEMA_SLUGS = { articles: 'stories', people: 'persons', quotes: 'story-quotes', relatedLinks: 'story-links', media: 'story-media', users: 'staff' }
const schemaCollections = () =>
  newsroomCollections({
    slugs: SCHEMA_SLUGS,
    articles: {
      labels: { singular: 'Story', plural: 'Stories' },
      overrides: {
        fields: ({ defaultFields }) => [...defaultFields, { name: 'sponsor', type: 'text', maxLength: 120 }],
        // This app's users have no newsroom roles: any of them may write stories (our read rule stays).
        access: { create: ({ req }) => Boolean(req.user), update: ({ req }) => Boolean(req.user) },
      },
    },
  })

/** The second app: its own collections, the plugin mapped onto their field names, and our schema extended. */
export function secondAppConfig({ databaseUri, disabled = false }: SecondAppOptions): Promise<SanitizedConfig> {
  return buildConfig({
    admin: { user: Users.slug, importMap: { baseDir: dirname } },
    collections: [Posts, Authors, Users, ...schemaCollections()],
    editor: lexicalEditor(),
    secret: process.env.PAYLOAD_SECRET || '',
    // Pushed in development; `payload migrate` runs its initial migration, then the plugin's (test/migrations.test.ts).
    db: postgresAdapter({ pool: { connectionString: databaseUri }, migrationDir: path.join(dirname, 'migrations') }),
    telemetry: false,
    // `next dev` would otherwise write payload-types.ts into this folder on every start.
    typescript: { autoGenerate: false, ...(process.env.SECOND_APP_TYPES_FILE ? { outputFile: process.env.SECOND_APP_TYPES_FILE } : {}) },
    logger: { options: { level: (process.env.PAYLOAD_LOG_LEVEL || 'info') as 'info' } },
    plugins: [
      newsroomPlugin({
        disabled,
        related: {
          collections: [{ slug: 'posts', fields: { title: 'heading', lead: 'summary', body: 'content', people: 'mentions', tags: 'topics' }, inlineLinkBlocks: [] }],
          mentions: { collection: 'authors', nameField: 'name', aliasesField: 'aliases' },
          // The tests run the queue themselves; an app would leave the default cron on.
          autoRun: process.env.SECOND_APP_JOBS_AUTORUN === 'on' ? undefined : false,
        },
        views: { collections: [{ slug: 'posts', slugField: false }], flushIntervalMs: 100, mostReadCacheSeconds: 0 },
      }),
    ],
  })
}
