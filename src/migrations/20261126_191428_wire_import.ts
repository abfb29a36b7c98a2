import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "articles_unresolved_headlines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_id" varchar,
  	"headline" varchar,
  	"normalized" varchar,
  	"published_at" timestamp(3) with time zone,
  	"views" numeric
  );
  
  CREATE TABLE "_articles_v_version_unresolved_headlines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"block_id" varchar,
  	"headline" varchar,
  	"normalized" varchar,
  	"published_at" timestamp(3) with time zone,
  	"views" numeric,
  	"_uuid" varchar
  );
  
  ALTER TABLE "articles" ADD COLUMN "import_key" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_key" varchar;
  ALTER TABLE "articles_unresolved_headlines" ADD CONSTRAINT "articles_unresolved_headlines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_unresolved_headlines" ADD CONSTRAINT "_articles_v_version_unresolved_headlines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_unresolved_headlines_order_idx" ON "articles_unresolved_headlines" USING btree ("_order");
  CREATE INDEX "articles_unresolved_headlines_parent_id_idx" ON "articles_unresolved_headlines" USING btree ("_parent_id");
  CREATE INDEX "articles_unresolved_headlines_normalized_idx" ON "articles_unresolved_headlines" USING btree ("normalized");
  CREATE INDEX "_articles_v_version_unresolved_headlines_order_idx" ON "_articles_v_version_unresolved_headlines" USING btree ("_order");
  CREATE INDEX "_articles_v_version_unresolved_headlines_parent_id_idx" ON "_articles_v_version_unresolved_headlines" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_unresolved_headlines_normalized_idx" ON "_articles_v_version_unresolved_headlines" USING btree ("normalized");
  CREATE UNIQUE INDEX "articles_import_key_idx" ON "articles" USING btree ("import_key");
  CREATE INDEX "_articles_v_version_version_import_key_idx" ON "_articles_v" USING btree ("version_import_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_unresolved_headlines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_unresolved_headlines" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_unresolved_headlines" CASCADE;
  DROP TABLE "_articles_v_version_unresolved_headlines" CASCADE;
  DROP INDEX "articles_import_key_idx";
  DROP INDEX "_articles_v_version_version_import_key_idx";
  ALTER TABLE "articles" DROP COLUMN "import_key";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_key";`)
}
