import type { Payload, SanitizedConfig } from 'payload'

import { closeRateLimitStore } from '../../collections/security/rateLimit'
import { closePayload, openPayload } from '../../src/lib/payloadLifecycle'
import { createFreshDatabase, dropDatabase, serverURI, withDatabase } from './database'

export interface TestPayload {
  payload: Payload
  config: SanitizedConfig
  close: () => Promise<void>
}

/** A real Payload on a database of its own, with the schema pushed. */
export async function startPayload(): Promise<TestPayload> {
  const server = serverURI()
  process.env.NEWSROOM_TEST_SERVER_URI = server
  const database = await createFreshDatabase()
  process.env.DATABASE_URI = withDatabase(server, database)
  const payload = await openPayload()
  return {
    payload,
    config: payload.config,
    close: async () => {
      await closeRateLimitStore()
      await closePayload(payload)
      await dropDatabase(database)
    },
  }
}
