// `npm run seed`: loads the sample content into the configured database, whether or not the app runs.
// `npm run seed -- --admin-only` makes (or updates) only the admin account: the way to create the first
// admin of a production database, with NEWSROOM_ADMIN_EMAIL and NEWSROOM_ADMIN_PASSWORD (held to
// NEWSROOM_MIN_PASSWORD_LENGTH). Without them the development login is used.
import config from '@payload-config'
import { getPayload } from 'payload'

import { sampleContent } from './content'
import { DEV_LOGIN } from './onInit'
import { seed, seedAdmin, type SeedLogin } from './seed'

const custom = process.env.NEWSROOM_ADMIN_EMAIL || process.env.NEWSROOM_ADMIN_PASSWORD
if (custom && !(process.env.NEWSROOM_ADMIN_EMAIL && process.env.NEWSROOM_ADMIN_PASSWORD)) {
  console.error('Set both NEWSROOM_ADMIN_EMAIL and NEWSROOM_ADMIN_PASSWORD, or neither (the development login).')
  process.exit(2)
}
const login: SeedLogin = custom ? { email: process.env.NEWSROOM_ADMIN_EMAIL!, password: process.env.NEWSROOM_ADMIN_PASSWORD! } : { ...DEV_LOGIN, development: true }

const payload = await getPayload({ config })
try {
  if (process.argv.includes('--admin-only')) {
    await seedAdmin(payload, login)
    payload.logger.info(`Admin account ${login.email} ready`)
  } else {
    const result = await seed(payload, sampleContent, login)
    payload.logger.info(`Seeded ${result.articles} articles, ${result.people} people, ${result.quotes} quotes, ${result.relatedLinks} related links, ${result.media} images`)
  }
} catch (error) {
  // A password the policy refuses, for one: say so and stop, without a stack trace.
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
payload.logger.info(custom ? `Log in at /admin as ${login.email}` : `Log in at /admin as ${DEV_LOGIN.email} / ${DEV_LOGIN.password}`)
process.exit(0)
