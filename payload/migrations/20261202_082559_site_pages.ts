import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_kind" AS ENUM('about', 'editorialCharter', 'salarySources', 'contact', 'legalNotice', 'accessibility');
  CREATE TYPE "public"."enum_pages_accessibility_conformity" AS ENUM('none', 'partial', 'full');
  CREATE TYPE "public"."enum_pages_publishedat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum_pages_contentupdatedat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_kind" AS ENUM('about', 'editorialCharter', 'salarySources', 'contact', 'legalNotice', 'accessibility');
  CREATE TYPE "public"."enum__pages_v_version_accessibility_conformity" AS ENUM('none', 'partial', 'full');
  CREATE TYPE "public"."enum__pages_v_version_publishedat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__pages_v_version_contentupdatedat_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_pages_kind",
  	"title" varchar,
  	"summary" varchar,
  	"accessibility_conformity" "enum_pages_accessibility_conformity",
  	"accessibility_rate" numeric,
  	"accessibility_audited_at" timestamp(3) with time zone,
  	"content" jsonb,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_pages_publishedat_tz" DEFAULT 'Europe/Paris',
  	"content_updated_at" timestamp(3) with time zone,
  	"contentupdatedat_tz" "enum_pages_contentupdatedat_tz" DEFAULT 'Europe/Paris',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__pages_v_version_kind",
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_accessibility_conformity" "enum__pages_v_version_accessibility_conformity",
  	"version_accessibility_rate" numeric,
  	"version_accessibility_audited_at" timestamp(3) with time zone,
  	"version_content" jsonb,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publishedat_tz" "enum__pages_v_version_publishedat_tz" DEFAULT 'Europe/Paris',
  	"version_content_updated_at" timestamp(3) with time zone,
  	"version_contentupdatedat_tz" "enum__pages_v_version_contentupdatedat_tz" DEFAULT 'Europe/Paris',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pages_id" integer;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "pages_kind_idx" ON "pages" USING btree ("kind");
  CREATE INDEX "pages_published_at_idx" ON "pages" USING btree ("published_at");
  CREATE INDEX "pages_content_updated_at_idx" ON "pages" USING btree ("content_updated_at");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_kind_idx" ON "_pages_v" USING btree ("version_kind");
  CREATE INDEX "_pages_v_version_version_published_at_idx" ON "_pages_v" USING btree ("version_published_at");
  CREATE INDEX "_pages_v_version_version_content_updated_at_idx" ON "_pages_v" USING btree ("version_content_updated_at");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "_pages_v_autosave_idx" ON "_pages_v" USING btree ("autosave");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_pages_fk";
  
  DROP INDEX "payload_locked_documents_rels_pages_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pages_id";
  DROP TYPE "public"."enum_pages_kind";
  DROP TYPE "public"."enum_pages_accessibility_conformity";
  DROP TYPE "public"."enum_pages_publishedat_tz";
  DROP TYPE "public"."enum_pages_contentupdatedat_tz";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_kind";
  DROP TYPE "public"."enum__pages_v_version_accessibility_conformity";
  DROP TYPE "public"."enum__pages_v_version_publishedat_tz";
  DROP TYPE "public"."enum__pages_v_version_contentupdatedat_tz";
  DROP TYPE "public"."enum__pages_v_version_status";`)
}
