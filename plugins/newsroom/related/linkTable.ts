import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, Field, Payload, PayloadRequest } from 'payload'

import type { ExistingLink, LinkPlan } from './planLinks'
import type { Reasons } from './scoring'
import { quoteIdent as quote, tableKey } from '../sql'

/**
 * Writes a document's links straight to the links collection's tables, one statement for the whole
 * set instead of the adapter's several statements per link: a link is a row plus its `reasons` rows
 * in the side tables (texts, and rels when `sharedPeople` is a relationship). Table and column names
 * come from the adapter's own drizzle schema, so any links collection name works; a collection laid
 * out otherwise (a `from` or `to` relating to several collections, localized reasons) is written
 * through the adapter instead (`linksTable` answers null).
 */
export interface LinksTable {
  /** Qualified, quoted name of the links table and of its rowtype. */
  name: string
  texts: string
  /** Null when `sharedPeople` is a text field (stored in the texts table). */
  rels: null | string
  /** Database column names, by the field they hold. */
  columns: Record<LinkColumn, string>
  textColumns: Record<'order' | 'parent' | 'path' | 'text', string>
  relColumns: null | Record<'order' | 'parent' | 'path' | 'people', string>
}

type LinkColumn =
  | 'id'
  | 'from'
  | 'to'
  | 'url'
  | 'headline'
  | 'origin'
  | 'score'
  | 'order'
  | 'pinned'
  | 'excluded'
  | 'textScore'
  | 'peopleScore'
  | 'tagScore'
  | 'recencyScore'
  | 'placement'
  | 'afterParagraph'
  | 'updatedAt'

/** Drizzle's key for each column (Payload names them by field path), by the field it holds. */
const LINK_COLUMN_KEYS: Record<LinkColumn, string> = {
  id: 'id',
  from: 'from',
  to: 'to',
  url: 'url',
  headline: 'headline',
  origin: 'origin',
  score: 'score',
  order: 'order',
  pinned: 'pinned',
  excluded: 'excluded',
  textScore: 'reasons_textScore',
  peopleScore: 'reasons_peopleScore',
  tagScore: 'reasons_tagScore',
  recencyScore: 'reasons_recencyScore',
  placement: 'position_placement',
  afterParagraph: 'position_afterParagraph',
  updatedAt: 'updatedAt',
}

const PATHS = { sharedPeople: 'reasons.sharedPeople', sharedTags: 'reasons.sharedTags', sharedTerms: 'reasons.sharedTerms' }

interface DrizzleColumn {
  name: string
}
type DrizzleTable = Record<string, unknown>

interface PostgresAdapterInternals {
  tables: Record<string, DrizzleTable>
  tableNameMap: Map<string, string>
  relationshipsSuffix?: string
  schemaName?: string
  drizzle: DrizzleExecutor
  sessions?: Record<number | string, { db?: DrizzleExecutor } | undefined>
}

interface DrizzleExecutor {
  execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Array<Record<string, unknown>> }>
  transaction?: <T>(work: (tx: DrizzleExecutor) => Promise<T>) => Promise<T>
}

const layouts = new WeakMap<Payload, Map<string, LinksTable | null>>()

function columnsOf(table: DrizzleTable | undefined, keys: Record<string, string>): null | Record<string, string> {
  if (!table) return null
  const names: Record<string, string> = {}
  for (const [field, key] of Object.entries(keys)) {
    const column = table[key] as DrizzleColumn | undefined
    if (!column || typeof column.name !== 'string') return null
    names[field] = column.name
  }
  return names
}

function adapterOf(payload: Payload): PostgresAdapterInternals | null {
  const db = payload.db as unknown as Partial<PostgresAdapterInternals>
  return db.tables && db.tableNameMap && db.drizzle ? (db as PostgresAdapterInternals) : null
}

/** The `sharedPeople` field of the links collection's `reasons` group, as configured. */
function sharedPeopleField(payload: Payload, slug: string): Field | undefined {
  const fields = payload.collections[slug as CollectionSlug]?.config.flattenedFields ?? []
  const reasons = fields.find((field) => field.name === 'reasons') as { fields?: Field[]; localized?: boolean } | undefined
  if (!reasons || reasons.localized) return undefined
  return reasons.fields?.find((field) => 'name' in field && field.name === 'sharedPeople')
}

/** How the links collection is stored, or null when the engine must write through the adapter. */
export function linksTable(payload: Payload, slug: string): LinksTable | null {
  if (!layouts.has(payload)) layouts.set(payload, new Map())
  const cache = layouts.get(payload) as Map<string, LinksTable | null>
  if (!cache.has(slug)) cache.set(slug, resolveLinksTable(payload, slug))
  return cache.get(slug) ?? null
}

function resolveLinksTable(payload: Payload, slug: string): LinksTable | null {
  const db = adapterOf(payload)
  const tableName = db?.tableNameMap.get(tableKey(slug))
  if (!db || !tableName) return null
  const people = sharedPeopleField(payload, slug) as { type?: string; relationTo?: unknown; localized?: boolean } | undefined
  if (!people || people.localized) return null
  const columns = columnsOf(db.tables[tableName], LINK_COLUMN_KEYS) as LinksTable['columns'] | null
  const textsName = `${tableName}_texts`
  const textColumns = columnsOf(db.tables[textsName], { order: 'order', parent: 'parent', path: 'path', text: 'text' }) as LinksTable['textColumns'] | null
  if (!columns || !textColumns || 'locale' in (db.tables[textsName] ?? {})) return null
  const qualify = (name: string) => (db.schemaName && db.schemaName !== 'public' ? `${quote(db.schemaName)}.${quote(name)}` : quote(name))
  let rels: null | string = null
  let relColumns: LinksTable['relColumns'] = null
  if (people.type === 'relationship') {
    if (typeof people.relationTo !== 'string') return null
    const relsName = `${tableName}${db.relationshipsSuffix ?? '_rels'}`
    relColumns = columnsOf(db.tables[relsName], { order: 'order', parent: 'parent', path: 'path', people: `${people.relationTo}ID` }) as LinksTable['relColumns']
    if (!relColumns || 'locale' in (db.tables[relsName] ?? {})) return null
    rels = qualify(relsName)
  } else if (people.type !== 'text') {
    return null
  }
  return { name: qualify(tableName), texts: qualify(textsName), rels, columns, textColumns, relColumns }
}

/** The adapter's connection for this request: inside its transaction when it has one. */
async function executorFor(payload: Payload, req?: Partial<PayloadRequest>): Promise<DrizzleExecutor> {
  const db = adapterOf(payload) as PostgresAdapterInternals
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined ? db.sessions?.[id]?.db : undefined) ?? db.drizzle
}

/**
 * The advisory lock every writer of one document's links takes, inside its transaction. Two
 * recomputes of the same story (a save and the backlinks of another, the seed's and the job's,
 * "Recompute now" while a job runs) then write one after the other: the second statement starts after
 * the first committed and sees its rows, instead of both inserting the same (from, to) link.
 */
export const linksLockKey = (from: number | string): string => `newsroom-related-links/${String(from)}`

/**
 * Takes the lock on `from`'s links in the request's transaction, held until it ends: for a writer
 * outside the engine that reads a document's links and then writes one (an import's "read also"
 * link). Without a transaction there is nothing to hold it in, and nothing is done.
 */
export async function lockLinksOf(payload: Payload, from: number | string, req?: Partial<PayloadRequest>): Promise<void> {
  const id = req?.transactionID ? await req.transactionID : undefined
  const session = id !== undefined ? adapterOf(payload)?.sessions?.[id]?.db : undefined
  if (session) await session.execute(sql`select pg_advisory_xact_lock(hashtext(${linksLockKey(from)}))`)
}

/**
 * Runs `work` holding the lock on `from`'s links until the transaction ends: the request's transaction
 * when it has one, else a short transaction of its own.
 */
async function withLinksLock(payload: Payload, from: number | string, req: Partial<PayloadRequest> | undefined, work: (db: DrizzleExecutor) => Promise<void>): Promise<void> {
  const lock = (db: DrizzleExecutor) => db.execute(sql`select pg_advisory_xact_lock(hashtext(${linksLockKey(from)}))`)
  const id = req?.transactionID ? await req.transactionID : undefined
  const session = id !== undefined ? (adapterOf(payload) as PostgresAdapterInternals).sessions?.[id]?.db : undefined
  if (session) {
    await lock(session)
    await work(session)
    return
  }
  const db = adapterOf(payload) as PostgresAdapterInternals
  if (!db.drizzle.transaction) throw new Error('newsroomPlugin: the database adapter offers no transactions')
  await db.drizzle.transaction(async (tx) => {
    await lock(tx)
    await work(tx)
  })
}

/** A document's links, reduced to what planning needs. */
export async function readLinks(payload: Payload, table: LinksTable, from: number | string, req?: Partial<PayloadRequest>): Promise<ExistingLink[]> {
  const c = table.columns
  const db = await executorFor(payload, req)
  const { rows } = await db.execute(
    sql`select ${sql.raw(quote(c.id))} as id, ${sql.raw(quote(c.to))} as to, ${sql.raw(quote(c.origin))}::text as origin,
               ${sql.raw(quote(c.pinned))} as pinned, ${sql.raw(quote(c.excluded))} as excluded, ${sql.raw(quote(c.order))} as order
          from ${sql.raw(table.name)} where ${sql.raw(quote(c.from))} = ${from}`,
  )
  return rows.map((row) => ({
    id: row.id as number | string,
    to: row.to === null || row.to === undefined ? null : String(row.to),
    origin: row.origin === 'auto' ? 'auto' : 'manual',
    pinned: row.pinned === true,
    excluded: row.excluded === true,
    order: Number(row.order ?? 0),
  }))
}

/**
 * Titles of the link targets, read from the linked collection's table; null when the title is not
 * a plain column there (localized, nested), and the engine asks Payload instead.
 */
export async function titlesOf(payload: Payload, slug: string, titleField: string, ids: string[], req?: Partial<PayloadRequest>): Promise<Map<string, string> | null> {
  const db = adapterOf(payload)
  const tableName = db?.tableNameMap.get(tableKey(slug))
  const table = tableName ? db?.tables[tableName] : undefined
  const columns = columnsOf(table, { id: 'id', title: titleField })
  if (!db || !tableName || !columns) return null
  if (ids.length === 0) return new Map()
  const qualified = db.schemaName && db.schemaName !== 'public' ? `${quote(db.schemaName)}.${quote(tableName)}` : quote(tableName)
  const executor = await executorFor(payload, req)
  const { rows } = await executor.execute(
    sql`select ${sql.raw(quote(columns.id))}::text as id, ${sql.raw(quote(columns.title))}::text as title from ${sql.raw(qualified)}
         where ${sql.raw(quote(columns.id))} in (select (jsonb_populate_recordset(null::${sql.raw(qualified)}, ${JSON.stringify(ids.map((id) => ({ [columns.id]: idValue(id) })))}::jsonb)).${sql.raw(quote(columns.id))})`,
  )
  return new Map(rows.map((row) => [String(row.id), String(row.title ?? '')]))
}

const idValue = (id: string): number | string => (/^\d+$/.test(id) ? Number(id) : id)

/** Key under which a new link's reasons rows carry its target until the link has an id. */
const NEW_LINK = '__newsroomTo'

/**
 * Applies a plan in one statement (data-modifying CTEs), so that a document's link set is never
 * half written: removed links go (their reasons rows with them, by cascade), changed ones are
 * updated in place and get fresh reasons rows, new ones are inserted with theirs. Values reach
 * PostgreSQL as one JSON document and are cast by the tables' own row types, enums included.
 *
 * Idempotent under concurrency: the statement runs under the document's links lock (see
 * `linksLockKey`), a link that another writer made since the plan was read is left as that writer
 * made it (`on conflict do nothing`; both computed it from the same ranking), and reasons rows are
 * only written for links that still exist.
 */
export async function writeLinks(
  payload: Payload,
  table: LinksTable,
  from: number | string,
  plan: LinkPlan,
  titles: Map<string, string>,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  if (plan.create.length + plan.update.length + plan.refresh.length + plan.remove.length === 0) return
  const c = table.columns
  const t = table.textColumns
  const r = table.relColumns
  const scored = (change: { score: number; reasons: Reasons }) => ({
    [c.score]: change.score,
    [c.textScore]: change.reasons.textScore,
    [c.peopleScore]: change.reasons.peopleScore,
    [c.tagScore]: change.reasons.tagScore,
    [c.recencyScore]: change.reasons.recencyScore,
  })
  const placed = (change: LinkPlan['create'][number]) => ({
    ...scored(change),
    [c.order]: change.order,
    [c.placement]: change.position.placement,
    [c.afterParagraph]: change.position.afterParagraph,
  })
  const created = plan.create.map((change) => ({
    [c.from]: from,
    [c.to]: idValue(change.to),
    [c.url]: null,
    [c.headline]: titles.get(change.to) ?? null,
    [c.origin]: 'auto',
    [c.pinned]: false,
    [c.excluded]: false,
    ...placed(change),
  }))
  // Updates (auto links) take every column a change carries; refreshes (pinned links) only score and reasons.
  const updated = plan.update.map((change) => ({ [c.id]: change.id, ...placed(change) }))
  const refreshed = plan.refresh.map((change) => ({ [c.id]: change.id, ...scored(change) }))
  const rewritten = [...plan.update, ...plan.refresh]
  const texts: Array<Record<string, unknown>> = []
  const rels: Array<Record<string, unknown>> = []
  const owners = [
    ...plan.create.map((change) => ({ owner: { [NEW_LINK]: String(idValue(change.to)) }, reasons: change.reasons })),
    ...rewritten.map((change) => ({ owner: { [t.parent]: change.id, ...(r ? { [r.parent]: change.id } : {}) }, reasons: change.reasons })),
  ]
  for (const { owner, reasons } of owners) {
    const add = (path: string, values: string[]) => values.forEach((value, i) => texts.push({ ...owner, [t.order]: i + 1, [t.path]: path, [t.text]: value }))
    add(PATHS.sharedTags, reasons.sharedTags)
    add(PATHS.sharedTerms, reasons.sharedTerms)
    if (r) reasons.sharedPeople.forEach((person, i) => rels.push({ ...owner, [r.order]: i + 1, [r.path]: PATHS.sharedPeople, [r.people]: idValue(person) }))
    else add(PATHS.sharedPeople, reasons.sharedPeople)
  }
  const input = {
    created,
    updated,
    refreshed,
    texts,
    rels,
    removed: plan.remove.map((id) => ({ [c.id]: id })),
    rewritten: rewritten.map((change) => ({ [c.id]: change.id })),
  }

  const q = quote
  const links = table.name
  const id = q(c.id)
  const rows = (key: keyof typeof input, rowtype = links) => `jsonb_populate_recordset(null::${rowtype}, (select v->'${key}' from input))`
  const sets = (columns: string[]) => columns.map((name) => `${q(name)} = r.${q(name)}`).join(', ')
  const createdColumns = Object.keys(created[0] ?? {})
  const updatedColumns = [c.score, c.textScore, c.peopleScore, c.tagScore, c.recencyScore, c.order, c.placement, c.afterParagraph]
  const refreshedColumns = [c.score, c.textScore, c.peopleScore, c.tagScore, c.recencyScore]
  const reasonPaths = Object.values(PATHS).map((path) => `'${path}'`).join(', ')
  /** Inserts reasons rows into a side table, the parent of a new link found by its target. */
  const insertSide = (side: string, key: 'rels' | 'texts', parent: string, columns: string[]) => `
    insert into ${side} (${[parent, ...columns].map(q).join(', ')})
    select coalesce(created.id, r.${q(parent)}), ${columns.map((name) => `r.${q(name)}`).join(', ')}
      from input, jsonb_array_elements(v->'${key}') as e
      cross join lateral jsonb_populate_record(null::${side}, e.value) as r
      left join created on created.to::text = e.value->>'${NEW_LINK}'
     where created.id is not null or exists (select 1 from ${links} l where l.${id} = r.${q(parent)})`
  const parts = [
    `removed as (delete from ${links} where ${id} in (select ${id} from ${rows('removed')}))`,
    `old_texts as (
      delete from ${table.texts} where ${q(t.parent)} in (select ${id} from ${rows('rewritten')}) and ${q(t.path)} in (${reasonPaths}))`,
    ...(table.rels && r
      ? [`old_rels as (
      delete from ${table.rels} where ${q(r.parent)} in (select ${id} from ${rows('rewritten')}) and ${q(r.path)} = '${PATHS.sharedPeople}')`]
      : []),
    ...(updated.length > 0
      ? [`updated as (
      update ${links} as l set ${sets(updatedColumns)}, ${q(c.updatedAt)} = now()
        from ${rows('updated')} as r where l.${id} = r.${id})`]
      : []),
    ...(refreshed.length > 0
      ? [`refreshed as (
      update ${links} as l set ${sets(refreshedColumns)}, ${q(c.updatedAt)} = now()
        from ${rows('refreshed')} as r where l.${id} = r.${id})`]
      : []),
    `created as (${
      created.length > 0
        ? `insert into ${links} (${createdColumns.map(q).join(', ')})
      select ${createdColumns.map(q).join(', ')} from ${rows('created')}
      on conflict do nothing
      returning ${id} as id, ${q(c.to)} as to`
        : `select ${id} as id, ${q(c.to)} as to from ${links} where false`
    })`,
    ...(table.rels && r && rels.length > 0 ? [`new_rels as (${insertSide(table.rels, 'rels', r.parent, [r.order, r.path, r.people])})`] : []),
  ]
  const last = texts.length > 0 ? insertSide(table.texts, 'texts', t.parent, [t.order, t.path, t.text]) : 'select 1'
  const statement = sql`with input as (select ${JSON.stringify(input)}::jsonb as v), ${sql.raw(`${parts.join(',\n')}\n${last}`)}`
  // One statement is atomic on its own; within a request's transaction it commits or rolls back with it.
  await withLinksLock(payload, from, req, async (db) => {
    await db.execute(statement)
  })
}
