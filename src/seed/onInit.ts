import type { Payload } from 'payload'

import { sampleContent } from './content'
import { seed } from './seed'

export const DEV_LOGIN = { email: 'editor@newsroom.local', password: 'newsroom' } as const

/**
 * In development, an empty database gets the sample content at start-up, so a newcomer sees a working
 * newsroom at once. Set NEWSROOM_SEED=off to start empty.
 */
export async function seedIfEmpty(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV !== 'development' || process.env.NEWSROOM_SEED === 'off') return
  const { totalDocs } = await payload.count({ collection: 'articles' })
  if (totalDocs === 0) {
    const result = await seed(payload, sampleContent, { ...DEV_LOGIN, development: true })
    payload.logger.info(`Loaded sample content: ${result.articles} articles, ${result.people} people, ${result.quotes} quotes, ${result.relatedLinks} related links, ${result.media} images`)
  }
  payload.logger.info(`Admin: ${payload.config.serverURL || 'http://localhost:3000'}/admin · log in as ${DEV_LOGIN.email} / ${DEV_LOGIN.password}`)
}
