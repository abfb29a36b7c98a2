import fc from 'fast-check'
import pg from 'pg'

import { type Batch, ViewBuffer } from '../../plugins/newsroom/views/buffer'
import { WINDOW_DAYS, backgroundRollsDone, dayBefore, rollWindows, windowEnds } from '../../plugins/newsroom/views/periodTotals'
import { applyBatch, ensureViewsSchema, forgetDocument, mostRead, VIEWS_SCHEMA, type ViewTarget } from '../../plugins/newsroom/views/store'
import { createFreshDatabase, dropDatabase, serverURI, withDatabase } from '../helpers/database'

let database: string
let pool: pg.Pool
const DOCS = 12
// Document 12 is unpublished: counted, never ranked.
const target: ViewTarget = { slug: 'stories', table: 'stories', idSqlType: 'integer', viewsColumn: 'views', slugColumn: null, statusColumn: '_status', versions: null }

beforeAll(async () => {
  database = await createFreshDatabase('newsroom_totals')
  pool = new pg.Pool({ connectionString: withDatabase(serverURI(), database), max: 4 })
  // Dropping the test's database at the end (WITH (FORCE)) terminates connections the pool is still
  // closing (57P01); that is the teardown, not a failure of the test. Anything else stays an error.
  pool.on('error', (error) => {
    if ((error as { code?: string }).code !== '57P01') throw error
  })
  await ensureViewsSchema(pool)
  await pool.query(`create table stories (id integer primary key, views numeric default 0, _status text)`)
  await pool.query(`insert into stories select i, 0, case when i = ${DOCS} then 'draft' else 'published' end from generate_series(1, ${DOCS}) as i`)
})
afterAll(async () => {
  await pool?.end()
  if (database) await dropDatabase(database)
})

const reset = () => pool.query(`truncate ${VIEWS_SCHEMA}.daily, ${VIEWS_SCHEMA}.totals, ${VIEWS_SCHEMA}.windows, ${VIEWS_SCHEMA}.flushes; update stories set views = 0`)

/** The ranking summed straight from the daily rows: what the totals must always answer. */
async function direct(today: string, days: number): Promise<Array<{ id: string; views: number }>> {
  const { rows } = await pool.query<{ id: string; views: string }>(
    `select d.doc_id as id, sum(d.views) as views from ${VIEWS_SCHEMA}.daily as d join stories as s on s.id = d.doc_id::int
     where d.collection = 'stories' and s._status = 'published' and d.day > $1::date - $2::int and d.day <= $1::date
     group by d.doc_id having sum(d.views) > 0 order by views desc, d.doc_id`,
    [today, days],
  )
  return rows.map((row) => ({ id: row.id, views: Number(row.views) }))
}

const START = '2026-01-28'
const dayAt = (offset: number) => new Date(Date.parse(START) + offset * 86_400_000).toISOString().slice(0, 10)

/**
 * A day of traffic: batches of views of random documents, mostly of today, some late (a retried
 * batch of an earlier day), then most read is asked, sometimes after days without a view.
 */
const step = fc.record({
  skip: fc.nat({ max: 40 }).map((n) => (n > 34 ? n - 30 : n % 3)), // mostly 0–2 days, sometimes up to 10
  batches: fc.array(fc.array(fc.record({ doc: fc.integer({ min: 1, max: DOCS }), late: fc.nat({ max: 35 }).map((n) => (n > 30 ? n - 30 : 0)), views: fc.integer({ min: 1, max: 50 }) }), { maxLength: 8 }), { maxLength: 3 }),
  deleted: fc.option(fc.integer({ min: 1, max: DOCS - 1 }), { freq: 8 }),
})

test('most read from the rolling totals equals the sum of the daily rows, for every period, day after day', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
      await reset()
      let offset = 0
      for (const { skip, batches, deleted } of steps) {
        offset += skip
        const today = dayAt(offset)
        for (const views of batches) {
          if (views.length === 0) continue
          // Through the buffer, as the counter makes its batches (one entry per document and day).
          const buffer = new ViewBuffer()
          for (const v of views) buffer.add('stories', String(v.doc), dayAt(offset - v.late), v.views)
          await applyBatch(pool, new Map([['stories', target]]), buffer.take() as Batch)
        }
        // A deleted story's counts go with it (its row stays here, as its views would be gone anyway).
        if (deleted !== null) await forgetDocument(pool, 'stories', String(deleted))
        for (const days of WINDOW_DAYS) {
          // The first read of a new day answers a week or a month from its window as it stands, ending
          // yesterday, while the roll it started goes on; once that is done, from today's.
          const end = (await windowEnds(pool, VIEWS_SCHEMA, 'stories')).get(days)
          const first = await mostRead(pool, target, today, days, 100)
          const asOf = days > 1 && end === dayBefore(today) ? dayBefore(today) : today
          expect([today, days, first]).toEqual([today, days, await direct(asOf, days)])
          await backgroundRollsDone()
          const fromTotals = await mostRead(pool, target, today, days, 100)
          expect([today, days, fromTotals]).toEqual([today, days, await direct(today, days)])
        }
      }
    }),
    { numRuns: 40, seed: 20261130 },
  )
}, 300_000)

test('on a new day readers never wait for the roll: today from its own rows, a week or month as it stood', async () => {
  await reset()
  const today = dayAt(60)
  const buffer = new ViewBuffer()
  // Views on each of the 35 days before today: every window ends yesterday and has days to drop.
  for (let back = 1; back <= 35; back++) for (let doc = 1; doc <= DOCS; doc++) buffer.add('stories', String(doc), dayAt(60 - back), ((doc * 7 + back * 3) % 11) + 1)
  await applyBatch(pool, new Map([['stories', target]]), buffer.take() as Batch)
  for (const days of WINDOW_DAYS) expect((await windowEnds(pool, VIEWS_SCHEMA, 'stories')).get(days)).toBe(dayBefore(today))
  // A roll holds the lock exclusively (here: another session, for as long as the test wants).
  const roller = await pool.connect()
  try {
    await roller.query('begin')
    await roller.query(`select pg_advisory_xact_lock(hashtext('${VIEWS_SCHEMA}.totals.' || $1))`, ['stories'])
    const withinASecond = async <T>(work: Promise<T>) => {
      let timer: NodeJS.Timeout | undefined
      const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('a reader waited for the roll')), 1000)))
      try {
        return await Promise.race([work, late])
      } finally {
        clearTimeout(timer)
      }
    }
    for (const days of WINDOW_DAYS) {
      const answer = await withinASecond(mostRead(pool, target, today, days, 100))
      expect([days, answer]).toEqual([days, await direct(days === 1 ? today : dayBefore(today), days)])
    }
    expect(await direct(dayBefore(today), 7)).not.toEqual(await direct(today, 7))
  } finally {
    await roller.query('commit')
    roller.release()
  }
  await backgroundRollsDone()
  for (const days of WINDOW_DAYS) {
    expect((await windowEnds(pool, VIEWS_SCHEMA, 'stories')).get(days)).toBe(today)
    expect(await mostRead(pool, target, today, days, 100)).toEqual(await direct(today, days))
  }
})

test('a rebuild from the daily rows gives the same totals as the flushes kept', async () => {
  await reset()
  const today = dayAt(40)
  const buffer = new ViewBuffer()
  for (let i = 0; i < 40; i++) buffer.add('stories', String((i % DOCS) + 1), dayAt(40 - (i % 33)), i + 1)
  await applyBatch(pool, new Map([['stories', target]]), buffer.take() as Batch)
  const kept = await pool.query(`select days, doc_id, views from ${VIEWS_SCHEMA}.totals order by 1, 2`)
  await rollWindows(pool, VIEWS_SCHEMA, 'stories', today, true)
  const rebuilt = await pool.query(`select days, doc_id, views from ${VIEWS_SCHEMA}.totals order by 1, 2`)
  expect(rebuilt.rows.length).toBeGreaterThan(0)
  expect(rebuilt.rows).toEqual(kept.rows)
  for (const days of WINDOW_DAYS) expect(await mostRead(pool, target, today, days, 100)).toEqual(await direct(today, days))
})
