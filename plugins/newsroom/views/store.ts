import type { Pool } from 'pg'

import { inTransaction, quoteIdent } from '../sql'
import type { Batch } from './buffer'
import { addToWindows, dayBefore, isWindow, lockTotalsShared, rollInBackground, rollWindows, totalsDDL, windowEnds } from './periodTotals'

/** Where one tracked collection's documents live in PostgreSQL. */
export interface ViewTarget {
  slug: string
  /** Schema-qualified, quoted table name. */
  table: string
  /** SQL type of the id column (`integer`, `uuid`, ...), so that lookups compare like with like and use the primary key. */
  idSqlType: string
  viewsColumn: string
  slugColumn: null | string
  /** `_status` when the collection has drafts: only published documents count and rank. */
  statusColumn: null | string
  /**
   * The versions table when the collection has versions: reads with `draft` (the admin list, its sort,
   * `?draft=true`) take the count from its latest row, so that row is kept at the live count too.
   */
  versions: null | { table: string; viewsColumn: string }
}

export const VIEWS_SCHEMA = 'newsroom_views'

const DDL = `
create schema if not exists ${VIEWS_SCHEMA};
create table if not exists ${VIEWS_SCHEMA}.daily (
  collection text not null,
  doc_id text not null,
  day date not null,
  views bigint not null,
  primary key (collection, doc_id, day)
);
create index if not exists daily_by_day on ${VIEWS_SCHEMA}.daily (collection, day) include (doc_id, views);
create table if not exists ${VIEWS_SCHEMA}.flushes (
  id uuid primary key,
  views bigint not null,
  at timestamptz not null default now()
);
create table if not exists ${VIEWS_SCHEMA}.seen (
  key text primary key,
  expires_at timestamptz not null
);
create index if not exists seen_expiry on ${VIEWS_SCHEMA}.seen (expires_at);
create table if not exists ${VIEWS_SCHEMA}.salts (
  day date primary key,
  salt text not null
);
${totalsDDL(VIEWS_SCHEMA)}`

/** Creates the counters' tables; they live outside Payload's schema so that push and migrations never see them. */
export async function ensureViewsSchema(pool: Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    // Concurrent `create ... if not exists` can still collide in the catalog; serialise them.
    await client.query(`select pg_advisory_xact_lock(hashtext('${VIEWS_SCHEMA}.ddl'))`)
    await client.query(DDL)
  })
}

/**
 * Adds a batch to the daily rows, the period totals and the documents' totals (and their latest version
 * rows) in one transaction. The batch id is recorded in the same transaction, so a batch whose commit
 * was lost in transit and is sent again is recognised and skipped: applied exactly once. Returns false
 * when it had already been applied.
 */
export async function applyBatch(pool: Pool, targets: Map<string, ViewTarget>, batch: Batch): Promise<boolean> {
  // A stable order makes concurrent flushers lock the same rows in the same order.
  const counts = [...batch.counts].sort((a, b) => (a.collection + a.id + a.day < b.collection + b.id + b.day ? -1 : 1))
  const collections = [...new Set(counts.map((count) => count.collection))].sort()
  // A new day first moves the period windows on (in a transaction of its own, once a day).
  for (const collection of collections) {
    const lastDay = counts.reduce((max, count) => (count.collection === collection && count.day > max ? count.day : max), '')
    await rollWindows(pool, VIEWS_SCHEMA, collection, lastDay)
  }
  return inTransaction(pool, async (client) => {
    for (const collection of collections) await lockTotalsShared(client, VIEWS_SCHEMA, collection)
    const ledger = await client.query(`insert into ${VIEWS_SCHEMA}.flushes (id, views) values ($1, $2) on conflict (id) do nothing returning id`, [batch.id, batch.views])
    if (ledger.rowCount === 0) return false
    await client.query(
      `insert into ${VIEWS_SCHEMA}.daily (collection, doc_id, day, views)
       select * from unnest($1::text[], $2::text[], $3::date[], $4::bigint[])
       on conflict (collection, doc_id, day) do update set views = daily.views + excluded.views`,
      [counts.map((c) => c.collection), counts.map((c) => c.id), counts.map((c) => c.day), counts.map((c) => c.views)],
    )
    for (const collection of collections) {
      await addToWindows(client, VIEWS_SCHEMA, collection, counts.filter((count) => count.collection === collection))
    }
    const totals = new Map<string, Map<string, number>>()
    for (const count of counts) {
      const perDocument = totals.get(count.collection) ?? new Map<string, number>()
      perDocument.set(count.id, (perDocument.get(count.id) ?? 0) + count.views)
      totals.set(count.collection, perDocument)
    }
    for (const [collection, perDocument] of totals) {
      const target = targets.get(collection)
      if (!target) continue
      const views = quoteIdent(target.viewsColumn)
      // An atomic increment: whatever another flusher or an editor's save did meanwhile is kept.
      const ids = [...perDocument.keys()]
      await client.query(
        `update ${target.table} as t set ${views} = coalesce(t.${views}, 0) + v.n
         from unnest($1::${target.idSqlType}[], $2::bigint[]) as v(id, n) where t.id = v.id`,
        [ids, [...perDocument.values()]],
      )
      // The latest version rows get the same numbers in the same transaction, so no read (with or
      // without drafts) can see the two apart. A statement of its own: in a CTE beside the update
      // above, the versions' trigger would read the count from before it.
      if (target.versions) {
        await client.query(
          `update ${target.versions.table} as v set ${quoteIdent(target.versions.viewsColumn)} = t.${views}
           from ${target.table} as t where t.id = any($1::${target.idSqlType}[]) and v.parent_id = t.id and v.latest`,
          [ids],
        )
      }
    }
    return true
  })
}

/**
 * Keeps every version row Payload writes at the document's live count: an editor's draft save or an
 * autosave writes the version from the data it was given, where the count is left out (or stale).
 * A trigger, so that every way a version is written (publish, draft, autosave, restore) is covered.
 */
export async function ensureLiveVersionCounts(pool: Pool, targets: ViewTarget[]): Promise<void> {
  for (const target of targets) {
    if (!target.versions) continue
    const fn = `${VIEWS_SCHEMA}.${quoteIdent(`live_count_${target.slug}`)}`
    const views = quoteIdent(target.viewsColumn)
    await inTransaction(pool, async (client) => {
      await client.query(`select pg_advisory_xact_lock(hashtext('${VIEWS_SCHEMA}.ddl'))`)
      await client.query(`
        create or replace function ${fn}() returns trigger language plpgsql as $fn$
        declare live numeric;
        begin
          select t.${views} into live from ${target.table} as t where t.id = new.parent_id;
          if found then new.${quoteIdent(target.versions!.viewsColumn)} := live; end if;
          return new;
        end $fn$;
        create or replace trigger newsroom_views_live_count before insert or update on ${target.versions!.table}
          for each row execute function ${fn}();`)
    })
  }
}
/** Forgets applied batch ids once no retry of them can still be on its way. */
export async function pruneLedger(pool: Pool, keepHours = 48): Promise<void> {
  await pool.query(`delete from ${VIEWS_SCHEMA}.flushes where at < now() - make_interval(hours => $1)`, [keepHours])
}

/** The salt of a day, shared by every process on this database; salts of days gone are deleted. */
export async function sharedSalt(pool: Pool, day: string, candidate: string): Promise<string> {
  await pool.query(`insert into ${VIEWS_SCHEMA}.salts (day, salt) values ($1, $2) on conflict (day) do nothing`, [day, candidate])
  await pool.query(`delete from ${VIEWS_SCHEMA}.salts where day < $1::date - 1`, [day])
  const { rows } = await pool.query<{ salt: string }>(`select salt from ${VIEWS_SCHEMA}.salts where day = $1`, [day])
  return rows[0].salt
}

/** True when the key was not seen within its window (and marks it seen), in one atomic statement. */
export async function markSeen(pool: Pool, key: string, windowMs: number): Promise<boolean> {
  const { rowCount } = await pool.query(
    `insert into ${VIEWS_SCHEMA}.seen (key, expires_at) values ($1, now() + make_interval(secs => $2))
     on conflict (key) do update set expires_at = excluded.expires_at where seen.expires_at <= now()
     returning 1`,
    [key, windowMs / 1000],
  )
  return rowCount === 1
}

export async function pruneSeen(pool: Pool): Promise<void> {
  await pool.query(`delete from ${VIEWS_SCHEMA}.seen where expires_at <= now()`)
}

const idMatches = (target: ViewTarget) => `t.id = $1::${target.idSqlType}`
const published = (target: ViewTarget) => (target.statusColumn ? ` and t.${quoteIdent(target.statusColumn)} = 'published'` : '')

/** The id of a published document, found by id or by slug; `null` when there is none. */
export async function findDocumentId(pool: Pool, target: ViewTarget, by: 'id' | 'slug', value: string): Promise<null | string> {
  const where = by === 'id' ? idMatches(target) : `t.${quoteIdent(target.slugColumn as string)} = $1`
  const { rows } = await pool.query<{ id: string }>(`select t.id::text as id from ${target.table} as t where ${where}${published(target)} limit 1`, [value])
  return rows[0]?.id ?? null
}

export interface Ranked {
  id: string
  views: number
}

/**
 * Most-read published documents of a collection over the last `days` days (today included), or of
 * all time when `days` is null. A period is read from its rolling totals: an index scan of the top
 * rows, touching the documents' table by primary key until `limit` published ones are found. Totals
 * that ended yesterday roll in the background (above); older or missing ones are rolled first. A
 * period without totals sums the daily rows.
 */
export async function mostRead(pool: Pool, target: ViewTarget, today: string, days: null | number, limit: number): Promise<Ranked[]> {
  const views = quoteIdent(target.viewsColumn)
  if (days === null) {
    const { rows } = await pool.query<{ id: string; views: string }>(
      `select t.id::text as id, t.${views} as views from ${target.table} as t
       where t.${views} > 0${published(target)} order by t.${views} desc, t.id limit $1`,
      [limit],
    )
    return rows.map((row) => ({ id: row.id, views: Number(row.views) }))
  }
  if (isWindow(days)) {
    const end = (await windowEnds(pool, VIEWS_SCHEMA, target.slug)).get(days)
    if (end === undefined || end < today) {
      if (end === dayBefore(today)) {
        // The first reads of a new day: the roll (seconds for a dense month, under a lock flushes wait
        // on) goes on in the background. Today is summed from its own few rows; a week or a month is
        // answered from its window as it stands, ending yesterday, until the roll commits.
        rollInBackground(pool, VIEWS_SCHEMA, target.slug, today)
        if (days === 1) return mostReadFromDaily(pool, target, today, days, limit)
      } else {
        // Never built, or days behind (a site with no views for a day): nothing to answer from.
        await rollWindows(pool, VIEWS_SCHEMA, target.slug, today)
      }
    }
    const { rows } = await pool.query<{ id: string; views: string }>(
      `select r.doc_id as id, r.views from ${VIEWS_SCHEMA}.totals as r
       join ${target.table} as t on t.id = r.doc_id::${target.idSqlType}
       where r.collection = $2 and r.days = $3 and r.views > 0${published(target)}
       order by r.views desc, r.doc_id limit $1`,
      [limit, target.slug, days],
    )
    return rows.map((row) => ({ id: row.id, views: Number(row.views) }))
  }
  return mostReadFromDaily(pool, target, today, days, limit)
}

/**
 * The same ranking summed from the daily rows through the `(collection, day)` covering index, cut to a
 * few more than asked before the documents' table is touched; when unpublished documents eat that
 * margin, it asks again with a wider one.
 */
export async function mostReadFromDaily(pool: Pool, target: ViewTarget, today: string, days: number, limit: number): Promise<Ranked[]> {
  for (let margin = limit * 2 + 10; ; margin *= 4) {
    const { rows } = await pool.query<{ id: string; views: string; candidates: string }>(
      `with ranked as (
         select doc_id, sum(views) as views from ${VIEWS_SCHEMA}.daily
         where collection = $2 and day > $3::date - $4::int and day <= $3::date
         group by doc_id order by views desc, doc_id limit $5
       )
       select r.doc_id as id, r.views, (select count(*) from ranked) as candidates
       from ranked as r join ${target.table} as t on t.id = r.doc_id::${target.idSqlType}
       where true${published(target)} order by r.views desc, r.doc_id limit $1`,
      [limit, target.slug, today, days, margin],
    )
    const candidates = Number(rows[0]?.candidates ?? 0)
    if (rows.length >= limit || candidates < margin || rows.length === 0) return rows.map((row) => ({ id: row.id, views: Number(row.views) }))
  }
}

/** The latest day, up to `today`, on which any document of the collection was viewed; `null` when none ever was. */
export async function lastDayWithViews(pool: Pool, collection: string, today: string): Promise<null | string> {
  // Newest first through the (collection, day) index: one row is read, however long the history.
  const { rows } = await pool.query<{ day: string }>(
    `select to_char(day, 'YYYY-MM-DD') as day from ${VIEWS_SCHEMA}.daily
     where collection = $1 and day <= $2::date and views > 0 order by day desc limit 1`,
    [collection, today],
  )
  return rows[0]?.day ?? null
}

/** Views per day of one document over the `days` days ending today, zero-filled by the caller. */
export async function dailyViews(pool: Pool, collection: string, id: string, today: string, days: number): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ day: string; views: string }>(
    `select to_char(day, 'YYYY-MM-DD') as day, views from ${VIEWS_SCHEMA}.daily
     where collection = $1 and doc_id = $2 and day > $3::date - $4::int and day <= $3::date`,
    [collection, id, today, days],
  )
  return new Map(rows.map((row) => [row.day, Number(row.views)]))
}

export async function forgetDocument(pool: Pool, collection: string, id: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    await lockTotalsShared(client, VIEWS_SCHEMA, collection)
    await client.query(`delete from ${VIEWS_SCHEMA}.daily where collection = $1 and doc_id = $2`, [collection, id])
    await client.query(`delete from ${VIEWS_SCHEMA}.totals where collection = $1 and doc_id = $2`, [collection, id])
  })
}
