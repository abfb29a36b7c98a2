import type { Pool, PoolClient } from 'pg'

import { inTransaction } from '../sql'
import type { CandidateFacts } from './scoring'

/**
 * The related-headlines index: derived data, rebuilt from the documents at any time
 * (`npm run related:rebuild`), so it lives in a PostgreSQL schema of its own that Payload's schema
 * push and migrations never touch. Postings carry the publication date, so that candidate lookups
 * read only the postings inside the age window through the (collection, term, published_at) index.
 */
export const INDEX_SCHEMA = 'newsroom_related'

const DDL = `
create schema if not exists ${INDEX_SCHEMA};
create table if not exists ${INDEX_SCHEMA}.docs (
  collection text not null,
  doc_id text not null,
  published_at timestamptz not null,
  people text[] not null default '{}',
  tags text[] not null default '{}',
  never_link boolean not null default false,
  norm real not null,
  primary key (collection, doc_id)
);
-- Added after the first release: null on rows indexed before it, until the next rebuild.
alter table ${INDEX_SCHEMA}.docs add column if not exists name_norm real;
create index if not exists docs_people on ${INDEX_SCHEMA}.docs using gin (people);
create index if not exists docs_tags on ${INDEX_SCHEMA}.docs using gin (tags);
create table if not exists ${INDEX_SCHEMA}.postings (
  collection text not null,
  term text not null,
  published_at timestamptz not null,
  doc_id text not null,
  weight real not null
);
create index if not exists postings_term on ${INDEX_SCHEMA}.postings (collection, term, published_at) include (doc_id, weight);
create index if not exists postings_doc on ${INDEX_SCHEMA}.postings (collection, doc_id);
create table if not exists ${INDEX_SCHEMA}.terms (
  collection text not null,
  term text not null,
  df integer not null,
  primary key (collection, term)
);
create table if not exists ${INDEX_SCHEMA}.rebuild_progress (
  collection text primary key,
  last_doc_id text,
  started_at timestamptz not null default now()
);
`

export type Queryable = Pick<Pool, 'query'> | Pick<PoolClient, 'query'>

/** Creates the index tables when missing; safe to run from several processes at once. */
export async function ensureIndexSchema(pool: Pool): Promise<void> {
  const client = await pool.connect()
  try {
    // Concurrent `create ... if not exists` can still collide in the catalog; serialise them.
    await client.query('begin')
    await client.query(`select pg_advisory_xact_lock(hashtext('${INDEX_SCHEMA}.ddl'))`)
    await client.query(DDL)
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

export interface IndexedDocument {
  collection: string
  id: string
  publishedAt: Date
  people: string[]
  tags: string[]
  neverLink: boolean
  terms: Map<string, number>
  norm: number
  /** Length of the document's name terms alone (`nameNorm`: 0 when it names nobody or is a headline alone). */
  nameNorm: number
}

/**
 * One writer of a collection's document frequencies at a time, taken after the documents' own locks
 * and held until the transaction ends. Writers of different documents share `terms` rows, and the
 * statements that change them lock rows in whatever order their plan walks the table (a hash join
 * walks it in heap order, which every update reshuffles; inserts go in term order; a term another
 * writer commits meanwhile joins in the middle), so two of them could each hold a row the other waits
 * for and PostgreSQL would abort one ("deadlock detected", seen between recompute jobs). Index writes
 * take milliseconds and already queued behind each other on the common terms' rows.
 */
async function lockTerms(client: Queryable, collection: string): Promise<void> {
  await client.query(`select pg_advisory_xact_lock(hashtext($1))`, [`${INDEX_SCHEMA}.terms/${collection}`])
}

async function removeWithin(client: Queryable, collection: string, id: string): Promise<void> {
  // Document frequencies go down for the terms the document had (under `lockTerms`).
  await client.query(
    `with gone as (
       delete from ${INDEX_SCHEMA}.postings where collection = $1 and doc_id = $2 returning term
     ), counted as (select term, count(*)::int as n from gone group by term order by term)
     update ${INDEX_SCHEMA}.terms t set df = t.df - counted.n
       from counted where t.collection = $1 and t.term = counted.term`,
    [collection, id],
  )
  await client.query(`delete from ${INDEX_SCHEMA}.docs where collection = $1 and doc_id = $2`, [collection, id])
}

/** Adds or replaces one published document in the index. */
export async function indexDocument(pool: Pool, doc: IndexedDocument): Promise<void> {
  await inTransaction(pool, async (client) => {
    // One writer per document at a time, so that two saves of it cannot both add their postings.
    await client.query(`select pg_advisory_xact_lock(hashtext($1))`, [`${doc.collection}/${doc.id}`])
    const terms = [...doc.terms.keys()].sort()
    await lockTerms(client, doc.collection)
    await removeWithin(client, doc.collection, doc.id)
    await client.query(
      `insert into ${INDEX_SCHEMA}.docs (collection, doc_id, published_at, people, tags, never_link, norm, name_norm)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [doc.collection, doc.id, doc.publishedAt, doc.people, doc.tags, doc.neverLink, doc.norm, doc.nameNorm],
    )
    const weights = terms.map((term) => doc.terms.get(term) as number)
    await client.query(
      `insert into ${INDEX_SCHEMA}.postings (collection, term, published_at, doc_id, weight)
       select $1, term, $3, $2, weight from unnest($4::text[], $5::real[]) as u(term, weight)`,
      [doc.collection, doc.id, doc.publishedAt, terms, weights],
    )
    await client.query(
      `insert into ${INDEX_SCHEMA}.terms (collection, term, df)
       select $1, term, 1 from unnest($2::text[]) as term
       on conflict (collection, term) do update set df = ${INDEX_SCHEMA}.terms.df + 1`,
      [doc.collection, terms],
    )
  })
}

/** Takes a document out of the index (unpublished, deleted, or marked never to be linked). */
export async function removeDocument(pool: Pool, collection: string, id: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query(`select pg_advisory_xact_lock(hashtext($1))`, [`${collection}/${id}`])
    await lockTerms(client, collection)
    await removeWithin(client, collection, id)
  })
}

/** What PostgreSQL hands the pure scoring for each candidate. */
export type CandidateRow = CandidateFacts

export interface CandidateQuery {
  collection: string
  id: string
  /** Only documents published within this many days of the source are considered. */
  maxAgeDays: number
  /** The source's strongest terms that are looked up, by weight times rarity. */
  queryTerms: number
  /** Terms in more than this share of documents say nothing about the story. */
  maxDocumentFrequency: number
  /** How strongly rarity counts: 1 is plain IDF, 0.5 its square root (short texts over-reward rare words). */
  idfPower: number
  /** Indexed documents in the collection (may be slightly stale). */
  documents: number
  limit: number
}

/**
 * The documents that share the most rare terms with the source, by TF-IDF cosine, plus those that
 * share people or tags; scored by PostgreSQL through the postings index, never in Node.
 */
export async function findCandidates(db: Queryable, query: CandidateQuery): Promise<{ source: { publishedAt: Date; people: string[]; tags: string[] } | null; candidates: CandidateRow[] }> {
  const source = await db.query(
    `select published_at, people, tags, norm, name_norm from ${INDEX_SCHEMA}.docs where collection = $1 and doc_id = $2`,
    [query.collection, query.id],
  )
  if (source.rowCount === 0) return { source: null, candidates: [] }
  const { published_at: publishedAt, people, tags, name_norm: nameNorm } = source.rows[0]
  const result = await db.query(
    `with n as (select greatest($11::float8, 1) as docs), q as (
       select p.term, p.weight as sw, p.weight * power(ln(1 + n.docs / t.df), $10) as qw, power(ln(1 + n.docs / t.df), $10) as idf
         from ${INDEX_SCHEMA}.postings p
         join ${INDEX_SCHEMA}.terms t on t.collection = p.collection and t.term = p.term
         cross join n
        where p.collection = $1 and p.doc_id = $2 and t.df > 1 and t.df <= greatest(3, n.docs * $5)
        order by qw desc
        limit $4
     ), qn as (select sqrt(sum(qw * qw)) as norm, sqrt(avg(idf * idf)) as idf_rms from q),
     text_matches as (
       select p.doc_id, sum(q.qw * p.weight * q.idf) as dot,
              -- The names alone, as a plain cosine: what tells one earthquake from another.
              sum(q.sw * p.weight) filter (where left(q.term, 1) = '@') as name_dot,
              (array_agg(q.term order by q.qw * p.weight * q.idf desc))[1:8] as terms
         from q
         join ${INDEX_SCHEMA}.postings p
           on p.collection = $1 and p.term = q.term
          and p.published_at between $3::timestamptz - make_interval(days => $6) and $3::timestamptz + make_interval(days => $6)
        where p.doc_id <> $2
        group by p.doc_id
        order by dot desc
        limit $7
     ), shared as (
       select d.doc_id from ${INDEX_SCHEMA}.docs d
        where d.collection = $1 and d.doc_id <> $2
          and (d.people && $8::text[] or d.tags && $9::text[])
          and d.published_at between $3::timestamptz - make_interval(days => $6) and $3::timestamptz + make_interval(days => $6)
        order by abs(extract(epoch from d.published_at - $3::timestamptz))
        limit $7
     )
     select d.doc_id, coalesce(tm.dot / (d.norm * idf_norm.v), 0) as text_score, coalesce(tm.terms, '{}') as terms,
            case when $12::real > 0 and d.name_norm > 0 then coalesce(tm.name_dot, 0) / ($12::real * d.name_norm) end as name_score,
            d.people, d.tags, d.published_at
       from (select doc_id from text_matches union select doc_id from shared) c
       join ${INDEX_SCHEMA}.docs d on d.collection = $1 and d.doc_id = c.doc_id
       left join text_matches tm on tm.doc_id = c.doc_id
       -- The document's norm was taken without rarity weights; scaling it by the query's typical
       -- rarity keeps the score a cosine between 0 and about 1.
       cross join (select coalesce(nullif(norm * idf_rms, 0), 1) as v from qn) idf_norm
      where not d.never_link`,
    [
      query.collection,
      query.id,
      publishedAt,
      query.queryTerms,
      query.maxDocumentFrequency,
      query.maxAgeDays,
      query.limit,
      people,
      tags,
      query.idfPower,
      query.documents,
      nameNorm,
    ],
  )
  return {
    source: { publishedAt, people, tags },
    candidates: result.rows.map((row) => ({
      id: row.doc_id,
      textScore: Number(row.text_score),
      nameScore: row.name_score === null ? null : Number(row.name_score),
      sharedTerms: row.terms,
      people: row.people,
      tags: row.tags,
      publishedAt: row.published_at,
    })),
  }
}

/**
 * Indexes many documents in one transaction: what a rebuild and a corpus load use, an order of
 * magnitude faster than one document at a time.
 */
export async function indexBatch(pool: Pool, docs: IndexedDocument[]): Promise<void> {
  if (docs.length === 0) return
  const collection = docs[0].collection
  if (docs.some((doc) => doc.collection !== collection)) throw new Error('indexBatch takes documents of one collection')
  const ids = docs.map((doc) => doc.id)
  const terms: string[] = []
  const postingDocs: string[] = []
  const dates: Date[] = []
  const weights: number[] = []
  for (const doc of docs) {
    for (const [term, weight] of doc.terms) {
      terms.push(term)
      postingDocs.push(doc.id)
      dates.push(doc.publishedAt)
      weights.push(weight)
    }
  }
  await inTransaction(pool, async (client) => {
    for (const id of [...ids].sort()) await client.query(`select pg_advisory_xact_lock(hashtext($1))`, [`${collection}/${id}`])
    await lockTerms(client, collection)
    await client.query(
      `with gone as (
         delete from ${INDEX_SCHEMA}.postings where collection = $1 and doc_id = any($2) returning term
       ), counted as (select term, count(*)::int as n from gone group by term order by term)
       update ${INDEX_SCHEMA}.terms t set df = t.df - counted.n from counted where t.collection = $1 and t.term = counted.term`,
      [collection, ids],
    )
    await client.query(`delete from ${INDEX_SCHEMA}.docs where collection = $1 and doc_id = any($2)`, [collection, ids])
    await client.query(
      `insert into ${INDEX_SCHEMA}.docs (collection, doc_id, published_at, people, tags, never_link, norm, name_norm)
       select $1, u.id, u.published_at, coalesce(array(select jsonb_array_elements_text(u.people)), '{}'), coalesce(array(select jsonb_array_elements_text(u.tags)), '{}'), u.never_link, u.norm, u.name_norm
         from unnest($2::text[], $3::timestamptz[], $4::jsonb[], $5::jsonb[], $6::boolean[], $7::real[], $8::real[]) as u(id, published_at, people, tags, never_link, norm, name_norm)`,
      [
        collection,
        ids,
        docs.map((doc) => doc.publishedAt),
        docs.map((doc) => JSON.stringify(doc.people)),
        docs.map((doc) => JSON.stringify(doc.tags)),
        docs.map((doc) => doc.neverLink),
        docs.map((doc) => doc.norm),
        docs.map((doc) => doc.nameNorm),
      ],
    )
    await client.query(
      `insert into ${INDEX_SCHEMA}.postings (collection, term, published_at, doc_id, weight)
       select $1, term, published_at, doc_id, weight from unnest($2::text[], $3::timestamptz[], $4::text[], $5::real[]) as u(term, published_at, doc_id, weight)`,
      [collection, terms, dates, postingDocs, weights],
    )
    await client.query(
      `insert into ${INDEX_SCHEMA}.terms (collection, term, df)
       select $1, term, count(*) from unnest($2::text[]) as term group by term order by term
       on conflict (collection, term) do update set df = ${INDEX_SCHEMA}.terms.df + excluded.df`,
      [collection, terms],
    )
  })
}

/** Where a rebuild got to, so that an interrupted one resumes instead of starting over. */
export async function readProgress(db: Queryable, key: string): Promise<null | string> {
  const result = await db.query(`select last_doc_id from ${INDEX_SCHEMA}.rebuild_progress where collection = $1`, [key])
  return result.rows[0]?.last_doc_id ?? null
}

export async function writeProgress(db: Queryable, key: string, lastDocId: null | string): Promise<void> {
  if (lastDocId === null) {
    await db.query(`delete from ${INDEX_SCHEMA}.rebuild_progress where collection = $1`, [key])
    return
  }
  await db.query(
    `insert into ${INDEX_SCHEMA}.rebuild_progress (collection, last_doc_id) values ($1, $2)
     on conflict (collection) do update set last_doc_id = excluded.last_doc_id`,
    [key, lastDocId],
  )
}

export async function countDocuments(db: Queryable, collection: string): Promise<number> {
  const result = await db.query(`select count(*)::int as n from ${INDEX_SCHEMA}.docs where collection = $1`, [collection])
  return result.rows[0].n
}
