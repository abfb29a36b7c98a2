import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "import_digest" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_digest" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "import_digest";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_digest";`)
}
