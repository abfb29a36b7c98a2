import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { personSearchText, personTitle } from '../../collections/lib/personSearch'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "people" ADD COLUMN "name_and_aliases" varchar;
  ALTER TABLE "people" ADD COLUMN "search_text" varchar;`)
  // Backfill: the same forms the People beforeChange hook writes on save, from each name and its aliases.
  const { rows } = await db.execute(sql`
    select p.id, p.name,
      coalesce(array_agg(t.text order by t."order") filter (where t.text is not null), '{}') as aliases
    from "people" p left join "people_texts" t on t.parent_id = p.id and t.path = 'aliases'
    group by p.id, p.name`)
  for (const row of rows as Array<{ id: number; name: null | string; aliases: string[] }>) {
    await db.execute(sql`
      update "people" set "search_text" = ${personSearchText(row.name, row.aliases)}, "name_and_aliases" = ${personTitle(row.name, row.aliases)}
      where id = ${row.id}`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "people" DROP COLUMN "name_and_aliases";
  ALTER TABLE "people" DROP COLUMN "search_text";`)
}
