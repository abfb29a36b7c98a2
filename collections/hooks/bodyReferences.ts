import type { PayloadRequest } from 'payload'

import { sql, tableOf, transactionOf } from './transactionSql'
import { type NewsroomSlugs } from '../options/slugs'

type Id = number | string

/**
 * Articles whose stored body or latest draft body holds a block of `blockType` whose relationship
 * `field` is `id` (stored as a number, a string or a populated object). Lexical bodies are JSON, so
 * no foreign key notices when the document they point at goes; this finds them, in the request's
 * transaction.
 */
export async function articlesWithBlockPointingAt(
  req: PayloadRequest,
  slugs: NewsroomSlugs,
  reference: { blockType: string; field: string; id: Id; exceptArticle?: Id },
): Promise<Id[]> {
  const db = await transactionOf(req)
  if (!db) throw new Error('articlesWithBlockPointingAt runs inside a transaction')
  const field = reference.field.replace(/[^A-Za-z0-9_]/g, '')
  const path = `$.** ? (@.type == "block" && @.fields.blockType == $type && (@.fields.${field} == $n || @.fields.${field} == $s || @.fields.${field}.id == $n))`
  const vars = JSON.stringify({ type: reference.blockType, n: Number(reference.id), s: String(reference.id) })
  const except = reference.exceptArticle === undefined ? -1 : Number(reference.exceptArticle)
  const { rows } = await db.execute(sql`
    select id from ${sql.raw(tableOf(req.payload, slugs.articles))}
     where id <> ${except} and jsonb_path_exists(body, ${path}::jsonpath, ${vars}::jsonb)
    union
    select parent_id as id from ${sql.raw(tableOf(req.payload, slugs.articles, true))}
     where latest and parent_id <> ${except} and jsonb_path_exists(version_body, ${path}::jsonpath, ${vars}::jsonb)
    order by id`)
  return rows.map((row) => row.id as Id).filter((value) => value !== null)
}
