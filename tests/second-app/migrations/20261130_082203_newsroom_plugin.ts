// The plugin's own PostgreSQL objects, run by `payload migrate` like any migration of the app
// (@newsroom/plugin README, "Add it to your Payload app").
import { newsroomMigrations } from '@newsroom/plugin'

export const { up, down } = newsroomMigrations[0]
