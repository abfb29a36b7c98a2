import type { Pool, PoolClient } from 'pg'

import { inTransaction } from '../sql'
import { PERIOD_DAYS } from './calendar'

/**
 * Rolling per-period totals: for each window of N days (the most-read periods: 1, 7, 30) a row per
 * document with its views over the N days ending `windows.last_day`. Flushes add to them in the batch's
 * transaction; when a new day begins the window rolls: the views of the days that left it are
 * subtracted (once a day per window). Most read is then an index scan of the top rows instead of a
 * sum over every daily row of the period (3 M rows for a dense month at 100,000 documents).
 */
export const WINDOW_DAYS: number[] = [...new Set(Object.values(PERIOD_DAYS).filter((days): days is number => days !== null))].sort((a, b) => a - b)

export const totalsDDL = (schema: string) => `
create table if not exists ${schema}.totals (
  collection text not null,
  days int not null,
  doc_id text not null,
  views bigint not null,
  primary key (collection, days, doc_id)
);
create index if not exists totals_ranking on ${schema}.totals (collection, days, views desc, doc_id);
create index if not exists totals_doc on ${schema}.totals (collection, doc_id);
create table if not exists ${schema}.windows (
  collection text not null,
  days int not null,
  last_day date not null,
  primary key (collection, days)
);
`

/** One lock per collection: flushes hold it shared, a roll exclusively, so a roll never sees half a flush. */
const lockKey = (schema: string) => `hashtext('${schema}.totals.' || $1)`

export const lockTotalsShared = (client: PoolClient, schema: string, collection: string) =>
  client.query(`select pg_advisory_xact_lock_shared(${lockKey(schema)})`, [collection])

/** The last day of each window of a collection as stored; a missing window has never been built. */
export async function windowEnds(db: Pool | PoolClient, schema: string, collection: string): Promise<Map<number, string>> {
  const { rows } = await db.query<{ days: number; last_day: string }>(`select days, to_char(last_day, 'YYYY-MM-DD') as last_day from ${schema}.windows where collection = $1`, [collection])
  return new Map(rows.map((row) => [row.days, row.last_day]))
}

const behind = (ends: Map<number, string>, day: string) => WINDOW_DAYS.some((days) => !ends.has(days) || (ends.get(days) as string) < day)

/**
 * Moves every window of a collection forward to end on `day` (never backwards). A window that was
 * never built, or that all of its days left, is rebuilt from the daily rows; otherwise only the days
 * that left it are subtracted. Cheap when nothing is to do (one indexed read). `rebuild` builds every
 * window again from the daily rows (after daily rows were written some other way, e.g. a bulk load).
 */
export async function rollWindows(pool: Pool, schema: string, collection: string, day: string, rebuild = false): Promise<void> {
  if (!rebuild && !behind(await windowEnds(pool, schema, collection), day)) return
  await inTransaction(pool, async (client) => {
    await client.query(`select pg_advisory_xact_lock(${lockKey(schema)})`, [collection])
    const ends = rebuild ? new Map<number, string>() : await windowEnds(client, schema, collection)
    for (const days of WINDOW_DAYS) {
      const last = ends.get(days)
      if (last !== undefined && last >= day) continue
      const gap = last === undefined ? Infinity : (Date.parse(day) - Date.parse(last)) / 86_400_000
      if (gap >= days) {
        await client.query(`delete from ${schema}.totals where collection = $1 and days = $2`, [collection, days])
        await client.query(
          `insert into ${schema}.totals (collection, days, doc_id, views)
           select $1, $2, doc_id, sum(views) from ${schema}.daily
           where collection = $1 and day > $3::date - $2::int and day <= $3::date group by doc_id having sum(views) > 0`,
          [collection, days, day],
        )
      } else {
        // The days in (last - days, day - days] leave the window.
        await client.query(
          `with leaving as (
             select doc_id, sum(views) as views from ${schema}.daily
             where collection = $1 and day > $3::date - $2::int and day <= $4::date - $2::int group by doc_id
           )
           update ${schema}.totals as t set views = t.views - l.views from leaving as l
           where t.collection = $1 and t.days = $2 and t.doc_id = l.doc_id`,
          [collection, days, last, day],
        )
        await client.query(`delete from ${schema}.totals where collection = $1 and days = $2 and views <= 0`, [collection, days])
      }
      await client.query(
        `insert into ${schema}.windows (collection, days, last_day) values ($1, $2, $3)
         on conflict (collection, days) do update set last_day = excluded.last_day`,
        [collection, days, day],
      )
    }
  })
}

const rolling = new Map<string, Promise<void>>()
// Per pool too: two databases in one process (tests, a second app) roll on their own.
const poolIds = new WeakMap<Pool, number>()
let pools = 0
function poolId(pool: Pool): number {
  let id = poolIds.get(pool)
  if (id === undefined) poolIds.set(pool, (id = ++pools))
  return id
}

/**
 * Starts moving a collection's windows to `day` without waiting for it: one roll per collection at a
 * time in this process. A reader must not wait the seconds a roll of a dense month takes; a failed
 * roll is left to the next flush or read, which starts another.
 */
export function rollInBackground(pool: Pool, schema: string, collection: string, day: string): void {
  const key = `${poolId(pool)}\u0000${schema}.${collection}`
  if (rolling.has(key)) return
  const roll = rollWindows(pool, schema, collection, day)
    .catch(() => undefined)
    .finally(() => rolling.delete(key))
  rolling.set(key, roll)
}

/** Resolves once the rolls this process started in the background are done (tests). */
export async function backgroundRollsDone(): Promise<void> {
  while (rolling.size > 0) await Promise.all([...rolling.values()])
}

/** The day before `day` (YYYY-MM-DD). */
export const dayBefore = (day: string) => new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10)

/**
 * Adds a batch's per-(document, day) views to the windows they fall in. Runs inside the batch's
 * transaction after `lockTotalsShared`, with the windows rolled to the batch's last day beforehand;
 * views of a day before a window's start are not in it (a late retry of an old batch).
 */
export async function addToWindows(client: PoolClient, schema: string, collection: string, counts: Array<{ id: string; day: string; views: number }>): Promise<void> {
  const ends = await windowEnds(client, schema, collection)
  const ids: string[] = []
  const windows: number[] = []
  const views: number[] = []
  const sums = new Map<string, number>()
  for (const days of WINDOW_DAYS) {
    const last = ends.get(days)
    if (last === undefined) continue
    const first = new Date(Date.parse(last) - (days - 1) * 86_400_000).toISOString().slice(0, 10)
    for (const count of counts) {
      if (count.day < first || count.day > last) continue
      const key = `${days}\u0000${count.id}`
      sums.set(key, (sums.get(key) ?? 0) + count.views)
    }
  }
  // Sorted, so that concurrent flushers lock the same rows in the same order.
  for (const key of [...sums.keys()].sort()) {
    const [days, id] = key.split('\u0000')
    windows.push(Number(days))
    ids.push(id)
    views.push(sums.get(key) as number)
  }
  if (ids.length === 0) return
  await client.query(
    `insert into ${schema}.totals (collection, days, doc_id, views)
     select $1, * from unnest($2::int[], $3::text[], $4::bigint[])
     on conflict (collection, days, doc_id) do update set views = totals.views + excluded.views`,
    [collection, windows, ids, views],
  )
}

/** True when the windows of a collection are kept (`days` is one of them). */
export const isWindow = (days: number) => WINDOW_DAYS.includes(days)
