import { createScratchDatabase, dropScratchDatabase, withDatabase } from '../../src/lib/scratchDatabase'

export { withDatabase }

/** The server every test database lives on, from DATABASE_URI (set by the launcher or by CI). */
export function serverURI(): string {
  const uri = process.env.NEWSROOM_TEST_SERVER_URI ?? process.env.DATABASE_URI
  if (!uri) throw new Error('DATABASE_URI is not set: run the tests with `npm test`, which starts a PostgreSQL')
  return uri
}

/** Creates an empty database of its own for one test file. */
export const createFreshDatabase = (prefix = 'newsroom_test') => createScratchDatabase(serverURI(), prefix)

export const dropDatabase = (name: string) => dropScratchDatabase(serverURI(), name)
