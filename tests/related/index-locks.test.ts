// Concurrent index writes of different documents that share terms: each takes its own document's
// lock, then the shared `terms` rows. Those rows must be locked in one order by every writer, or two
// writers wait for each other and PostgreSQL aborts one ("deadlock detected").
import pg from 'pg'

import { ensureIndexSchema, indexBatch, type IndexedDocument, indexDocument, INDEX_SCHEMA } from '../../plugins/newsroom/related/store'
import { createFreshDatabase, dropDatabase, serverURI, withDatabase } from '../helpers/database'

let database: string
let pool: pg.Pool

beforeAll(async () => {
  database = await createFreshDatabase()
  pool = new pg.Pool({ connectionString: withDatabase(serverURI(), database), max: 24 })
  // Dropping the test's database at the end (WITH (FORCE)) terminates connections the pool still holds
  // (57P01); that is the teardown, not a failure of the test. Anything else stays an error.
  pool.on('error', (error) => {
    if ((error as { code?: string }).code !== '57P01') throw error
  })
  await ensureIndexSchema(pool)
})
afterAll(async () => {
  await pool?.end()
  if (database) await dropDatabase(database)
})

/** 300 words; document n uses a window of them that overlaps its neighbours' windows. */
const WORDS = Array.from({ length: 300 }, (_, n) => `w${String((n * 7919) % 1000).padStart(3, '0')}`)

function doc(n: number, shift = 0): IndexedDocument {
  const size = 40 + ((n * 13) % 80)
  const terms = new Map<string, number>()
  for (let k = 0; k < size; k++) terms.set(WORDS[(n * 17 + k * 3 + shift) % WORDS.length], 1 + (k % 5))
  return { collection: 'articles', id: String(n), publishedAt: new Date(Date.UTC(2026, 0, 1 + n)), people: [], tags: [], neverLink: false, terms, norm: 1, nameNorm: 0 }
}

test('many documents indexed and re-indexed at once never deadlock, and document frequencies add up', async () => {
  // The first round fills the table; with statistics gathered the planner may walk `terms` in heap
  // order (a hash join) while another writer walks it in term order, which is when the order matters.
  await Promise.all(Array.from({ length: 40 }, (_, n) => indexDocument(pool, doc(n))))
  await pool.query(`analyze ${INDEX_SCHEMA}.terms`)
  await pool.query(`analyze ${INDEX_SCHEMA}.postings`)
  const failures: unknown[] = []
  for (let round = 1; round <= 6; round++) {
    // Re-indexes (which first take the old terms' counts down) mixed with new documents and batches.
    const writes: Array<Promise<void>> = []
    for (let n = 0; n < 60; n++) writes.push(indexDocument(pool, doc(n, round)))
    writes.push(indexBatch(pool, [doc(100 + round, round), doc(200 + round, round), doc(300 + round)]))
    for (const outcome of await Promise.allSettled(writes)) if (outcome.status === 'rejected') failures.push(String(outcome.reason))
  }
  expect(failures).toEqual([])
  // Every term's count is the number of documents that hold it: no write was lost or doubled.
  const { rows } = await pool.query(
    `select t.term, t.df, (select count(*)::int from ${INDEX_SCHEMA}.postings p where p.collection = t.collection and p.term = t.term) as holders
       from ${INDEX_SCHEMA}.terms t where t.df <> (select count(*) from ${INDEX_SCHEMA}.postings p where p.collection = t.collection and p.term = t.term)`,
  )
  expect(rows).toEqual([])
}, 300_000)
