import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
// Publication dates carry their zone (Paris), so that the admin shows and takes them in Paris
// time (payload/fields/publicationDates.ts). Existing rows get Paris through the column default.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_careers_publishedat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum_careers_contentupdatedat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__careers_v_version_publishedat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__careers_v_version_contentupdatedat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum_news_publishedat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum_news_contentupdatedat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__news_v_version_publishedat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__news_v_version_contentupdatedat_tz" AS ENUM('Europe/Paris');
  ALTER TABLE "careers" ADD COLUMN "publishedat_tz" "enum_careers_publishedat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "careers" ADD COLUMN "contentupdatedat_tz" "enum_careers_contentupdatedat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "_careers_v" ADD COLUMN "version_publishedat_tz" "enum__careers_v_version_publishedat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "_careers_v" ADD COLUMN "version_contentupdatedat_tz" "enum__careers_v_version_contentupdatedat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "news" ADD COLUMN "publishedat_tz" "enum_news_publishedat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "news" ADD COLUMN "contentupdatedat_tz" "enum_news_contentupdatedat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "_news_v" ADD COLUMN "version_publishedat_tz" "enum__news_v_version_publishedat_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "_news_v" ADD COLUMN "version_contentupdatedat_tz" "enum__news_v_version_contentupdatedat_tz" DEFAULT 'Europe/Paris';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "careers" DROP COLUMN "publishedat_tz";
  ALTER TABLE "careers" DROP COLUMN "contentupdatedat_tz";
  ALTER TABLE "_careers_v" DROP COLUMN "version_publishedat_tz";
  ALTER TABLE "_careers_v" DROP COLUMN "version_contentupdatedat_tz";
  ALTER TABLE "news" DROP COLUMN "publishedat_tz";
  ALTER TABLE "news" DROP COLUMN "contentupdatedat_tz";
  ALTER TABLE "_news_v" DROP COLUMN "version_publishedat_tz";
  ALTER TABLE "_news_v" DROP COLUMN "version_contentupdatedat_tz";
  DROP TYPE "public"."enum_careers_publishedat_tz";
  DROP TYPE "public"."enum_careers_contentupdatedat_tz";
  DROP TYPE "public"."enum__careers_v_version_publishedat_tz";
  DROP TYPE "public"."enum__careers_v_version_contentupdatedat_tz";
  DROP TYPE "public"."enum_news_publishedat_tz";
  DROP TYPE "public"."enum_news_contentupdatedat_tz";
  DROP TYPE "public"."enum__news_v_version_publishedat_tz";
  DROP TYPE "public"."enum__news_v_version_contentupdatedat_tz";`)
}
