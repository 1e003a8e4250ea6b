import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscribers_scope" AS ENUM('all', 'sectors');
  ALTER TABLE "subscribers" ADD COLUMN "scope" "enum_subscribers_scope" DEFAULT 'all' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subscribers" DROP COLUMN "scope";
  DROP TYPE "public"."enum_subscribers_scope";`)
}
