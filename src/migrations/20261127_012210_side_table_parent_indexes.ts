import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "articles_texts_parent_idx" ON "articles_texts" USING btree ("parent_id");
  CREATE INDEX "_articles_v_texts_parent_idx" ON "_articles_v_texts" USING btree ("parent_id");
  CREATE INDEX "related_links_texts_parent_idx" ON "related_links_texts" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_texts_parent_idx";
  DROP INDEX "_articles_v_texts_parent_idx";
  DROP INDEX "related_links_texts_parent_idx";`)
}
