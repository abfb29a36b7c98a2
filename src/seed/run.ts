// `npm run seed`: loads the sample content into the configured database, whether or not the app runs.
import config from '@payload-config'
import { getPayload } from 'payload'

import { sampleContent } from './content'
import { DEV_LOGIN } from './onInit'
import { seed } from './seed'

const payload = await getPayload({ config })
const result = await seed(payload, sampleContent, DEV_LOGIN)
payload.logger.info(`Seeded ${result.articles} articles, ${result.people} people, ${result.quotes} quotes, ${result.relatedLinks} related links`)
payload.logger.info(`Log in at /admin as ${DEV_LOGIN.email} / ${DEV_LOGIN.password}`)
process.exit(0)
