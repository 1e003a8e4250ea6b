import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'expireCacheTags' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'expireCacheTags' BEFORE 'schedulePublish';
  ALTER TABLE "careers" ADD COLUMN "onisep_identifier" varchar;
  ALTER TABLE "careers" ADD COLUMN "onisep_url" varchar;
  ALTER TABLE "careers" ADD COLUMN "onisep_edition" varchar;
  ALTER TABLE "careers" ADD COLUMN "onisep_imported" jsonb;
  ALTER TABLE "_careers_v" ADD COLUMN "version_onisep_identifier" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_onisep_url" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_onisep_edition" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_onisep_imported" jsonb;
  CREATE UNIQUE INDEX "careers_onisep_onisep_identifier_idx" ON "careers" USING btree ("onisep_identifier");
  CREATE INDEX "_careers_v_version_onisep_version_onisep_identifier_idx" ON "_careers_v" USING btree ("version_onisep_identifier");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Rows the older schema has no place for: the queued cache expiries (the enum loses their
  // task) and the careers' ONISEP sub-domains (kept in careers_texts beside the ROME codes).
  await db.execute(sql`
  DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'expireCacheTags';
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'expireCacheTags';
  DELETE FROM "careers_texts" WHERE "path" = 'onisep.subDomains';
  DELETE FROM "_careers_v_texts" WHERE "path" = 'version.onisep.subDomains';
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deleteAbandonedDrafts', 'planDigests', 'sendDigestBatch', 'notifyReview', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deleteAbandonedDrafts', 'planDigests', 'sendDigestBatch', 'notifyReview', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "careers_onisep_onisep_identifier_idx";
  DROP INDEX "_careers_v_version_onisep_version_onisep_identifier_idx";
  ALTER TABLE "careers" DROP COLUMN "onisep_identifier";
  ALTER TABLE "careers" DROP COLUMN "onisep_url";
  ALTER TABLE "careers" DROP COLUMN "onisep_edition";
  ALTER TABLE "careers" DROP COLUMN "onisep_imported";
  ALTER TABLE "_careers_v" DROP COLUMN "version_onisep_identifier";
  ALTER TABLE "_careers_v" DROP COLUMN "version_onisep_url";
  ALTER TABLE "_careers_v" DROP COLUMN "version_onisep_edition";
  ALTER TABLE "_careers_v" DROP COLUMN "version_onisep_imported";`)
}
