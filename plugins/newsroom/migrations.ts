import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { poolOf } from './views/runtime'
import { ensureIndexSchema, INDEX_SCHEMA } from './related/store'
import { ensureViewsSchema, VIEWS_SCHEMA } from './views/store'

/**
 * The plugin's own PostgreSQL schemas (the related-headlines index, the view counters), as
 * migrations an app appends to its list: `migrations: [...migrations, ...newsroomMigrations]`.
 * The plugin also creates them when it starts (they are `create ... if not exists`), so this is for
 * apps that create every database object through migrations before the app runs. The fields and the
 * links collection the plugin adds are Payload schema: the app's own `payload migrate:create` picks them up.
 * Dropping the schemas loses derived data only: the index is rebuilt by `payload related:rebuild`,
 * the daily counts are history the documents' `views` fields do not hold.
 */
export const newsroomMigrations = [
  {
    name: '20261130_000000_newsroom_plugin_schemas',
    up: async ({ payload }: MigrateUpArgs): Promise<void> => {
      await ensureIndexSchema(poolOf(payload))
      await ensureViewsSchema(poolOf(payload))
    },
    down: async ({ payload }: MigrateDownArgs): Promise<void> => {
      await poolOf(payload).query(`drop schema if exists ${INDEX_SCHEMA} cascade; drop schema if exists ${VIEWS_SCHEMA} cascade`)
    },
  },
]
