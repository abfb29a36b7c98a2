import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import type { SanitizedViewsOptions } from './options'
import { ensureIndexSchema, INDEX_SCHEMA } from './related/store'
import { poolOf, viewTargets } from './views/runtime'
import { ensureLiveVersionCounts, ensureViewsSchema, VIEWS_SCHEMA } from './views/store'

/**
 * The plugin's own PostgreSQL objects (the related-headlines index, the view counters, the trigger that
 * keeps version rows at the live count) as a migration for apps that create every database object
 * through `payload migrate`. Payload's CLI runs the files in the migration directory, so the app adds one
 * that re-exports it (README, "Add it to your Payload app"):
 *
 *   // src/migrations/20261130_000000_newsroom_plugin.ts
 *   import { newsroomMigrations } from '@newsroom/plugin'
 *   export const { up, down } = newsroomMigrations[0]
 *
 * The plugin also creates them when it starts (`create ... if not exists`, the trigger replaced), so an
 * app that runs migrations after its collections' tables exist loses nothing either way. The fields and
 * the links collection the plugin adds are Payload schema: the app's own `payload migrate:create`
 * picks them up. Dropping the schemas loses derived data only: the index is rebuilt by
 * `payload related:rebuild`, the daily counts are history the documents' `views` fields do not hold.
 */
export const newsroomMigrations = [
  {
    name: '20261130_000000_newsroom_plugin_schemas',
    up: async ({ payload }: MigrateUpArgs): Promise<void> => {
      await ensureIndexSchema(poolOf(payload))
      await ensureViewsSchema(poolOf(payload))
      const views = payload.config.custom?.newsroomViews as SanitizedViewsOptions | undefined
      // The tracked collections' version tables may come in a later migration: the plugin adds the
      // trigger on start-up then.
      if (!views) return
      try {
        await ensureLiveVersionCounts(poolOf(payload), await viewTargets(payload, views))
      } catch (error) {
        payload.logger.warn(`newsroomMigrations: the live-count trigger waits for the collections' tables (${error instanceof Error ? error.message : String(error)})`)
      }
    },
    down: async ({ payload }: MigrateDownArgs): Promise<void> => {
      // The trigger functions live in the views schema: the cascade takes the triggers with them.
      await poolOf(payload).query(`drop schema if exists ${INDEX_SCHEMA} cascade; drop schema if exists ${VIEWS_SCHEMA} cascade`)
    },
  },
]
