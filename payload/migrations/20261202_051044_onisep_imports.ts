import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_onisep_imports_status" AS ENUM('queued', 'running', 'done', 'interrupted', 'refused', 'failed');
  CREATE TYPE "public"."enum_onisep_imports_source" AS ENUM('admin', 'cli');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'onisepImport' BEFORE 'createCollectionExport';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'onisepImport' BEFORE 'createCollectionExport';
  CREATE TABLE "onisep_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"data_date" timestamp(3) with time zone,
  	"publish" boolean DEFAULT false,
  	"status" "enum_onisep_imports_status" DEFAULT 'queued',
  	"source" "enum_onisep_imports_source",
  	"launched_by_id" integer,
  	"edition" varchar,
  	"counts" varchar,
  	"processed" numeric,
  	"total" numeric,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"error" varchar,
  	"report" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "onisep_imports" ADD CONSTRAINT "onisep_imports_launched_by_id_users_id_fk" FOREIGN KEY ("launched_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "onisep_imports_launched_by_idx" ON "onisep_imports" USING btree ("launched_by_id");
  CREATE INDEX "onisep_imports_updated_at_idx" ON "onisep_imports" USING btree ("updated_at");
  CREATE INDEX "onisep_imports_created_at_idx" ON "onisep_imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "onisep_imports_filename_idx" ON "onisep_imports" USING btree ("filename");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Jobs of the task that goes away would stop the enum's change below.
  await db.execute(sql`
   DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'onisepImport';
   DELETE FROM "payload_jobs" WHERE "task_slug" = 'onisepImport';
   DROP TABLE "onisep_imports" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deleteAbandonedDrafts', 'planDigests', 'sendDigestBatch', 'notifyReview', 'expireCacheTags', 'createCollectionExport', 'createCollectionImport', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deleteAbandonedDrafts', 'planDigests', 'sendDigestBatch', 'notifyReview', 'expireCacheTags', 'createCollectionExport', 'createCollectionImport', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_onisep_imports_status";
  DROP TYPE "public"."enum_onisep_imports_source";`)
}
