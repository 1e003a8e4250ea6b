import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_careers_review_state" AS ENUM('draft', 'in_review', 'returned', 'published');
  CREATE TYPE "public"."enum__careers_v_version_review_state" AS ENUM('draft', 'in_review', 'returned', 'published');
  CREATE TYPE "public"."enum_news_review_state" AS ENUM('draft', 'in_review', 'returned', 'published');
  CREATE TYPE "public"."enum__news_v_version_review_state" AS ENUM('draft', 'in_review', 'returned', 'published');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyReview' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyReview' BEFORE 'schedulePublish';
  ALTER TABLE "careers" ADD COLUMN "review_state" "enum_careers_review_state" DEFAULT 'draft';
  ALTER TABLE "careers" ADD COLUMN "review_requested_by_id" integer;
  ALTER TABLE "careers" ADD COLUMN "review_requested_by_name" varchar;
  ALTER TABLE "careers" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "careers" ADD COLUMN "review_returned_by_name" varchar;
  ALTER TABLE "careers" ADD COLUMN "review_returned_at" timestamp(3) with time zone;
  ALTER TABLE "careers" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "careers" ADD COLUMN "edited_by_name" varchar;
  ALTER TABLE "careers" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "careers" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "careers" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_careers_v" ADD COLUMN "version_review_state" "enum__careers_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_careers_v" ADD COLUMN "version_review_requested_by_id" integer;
  ALTER TABLE "_careers_v" ADD COLUMN "version_review_requested_by_name" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_careers_v" ADD COLUMN "version_review_returned_by_name" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_review_returned_at" timestamp(3) with time zone;
  ALTER TABLE "_careers_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_edited_by_name" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "news" ADD COLUMN "review_state" "enum_news_review_state" DEFAULT 'draft';
  ALTER TABLE "news" ADD COLUMN "review_requested_by_id" integer;
  ALTER TABLE "news" ADD COLUMN "review_requested_by_name" varchar;
  ALTER TABLE "news" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "review_returned_by_name" varchar;
  ALTER TABLE "news" ADD COLUMN "review_returned_at" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "news" ADD COLUMN "edited_by_name" varchar;
  ALTER TABLE "news" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "news" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "news" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_review_state" "enum__news_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_news_v" ADD COLUMN "version_review_requested_by_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_review_requested_by_name" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_review_returned_by_name" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_review_returned_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_edited_by_name" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "users" ADD COLUMN "public_name" varchar;
  ALTER TABLE "careers" ADD CONSTRAINT "careers_review_requested_by_id_users_id_fk" FOREIGN KEY ("review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "careers" ADD CONSTRAINT "careers_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_careers_v" ADD CONSTRAINT "_careers_v_version_review_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_careers_v" ADD CONSTRAINT "_careers_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_review_requested_by_id_users_id_fk" FOREIGN KEY ("review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_review_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "careers_review_state_idx" ON "careers" USING btree ("review_state");
  CREATE INDEX "careers_review_review_requested_by_idx" ON "careers" USING btree ("review_requested_by_id");
  CREATE INDEX "careers_meta_meta_image_idx" ON "careers" USING btree ("meta_image_id");
  CREATE INDEX "_careers_v_version_version_review_state_idx" ON "_careers_v" USING btree ("version_review_state");
  CREATE INDEX "_careers_v_version_review_version_review_requested_by_idx" ON "_careers_v" USING btree ("version_review_requested_by_id");
  CREATE INDEX "_careers_v_version_meta_version_meta_image_idx" ON "_careers_v" USING btree ("version_meta_image_id");
  CREATE INDEX "news_review_state_idx" ON "news" USING btree ("review_state");
  CREATE INDEX "news_review_review_requested_by_idx" ON "news" USING btree ("review_requested_by_id");
  CREATE INDEX "news_meta_meta_image_idx" ON "news" USING btree ("meta_image_id");
  CREATE INDEX "_news_v_version_version_review_state_idx" ON "_news_v" USING btree ("version_review_state");
  CREATE INDEX "_news_v_version_review_version_review_requested_by_idx" ON "_news_v" USING btree ("version_review_requested_by_id");
  CREATE INDEX "_news_v_version_meta_version_meta_image_idx" ON "_news_v" USING btree ("version_meta_image_id");`)
  // What was published is "publié" in the workflow; everything else starts as a draft. Each
  // version keeps the state of its own status.
  await db.execute(sql`
  UPDATE "careers" SET "review_state" = 'published' WHERE "_status" = 'published';
  UPDATE "news" SET "review_state" = 'published' WHERE "_status" = 'published';
  UPDATE "_careers_v" SET "version_review_state" = 'published' WHERE "version__status" = 'published';
  UPDATE "_news_v" SET "version_review_state" = 'published' WHERE "version__status" = 'published';`)
  // Existing accounts keep signing with their name, as the feeds' dc:creator promised; each
  // owner may change or clear it (then the newsroom signs).
  await db.execute(sql`UPDATE "users" SET "public_name" = "name" WHERE "public_name" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'notifyReview';
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'notifyReview';
   ALTER TABLE "careers" DROP CONSTRAINT "careers_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "careers" DROP CONSTRAINT "careers_meta_image_id_media_id_fk";
  
  ALTER TABLE "_careers_v" DROP CONSTRAINT "_careers_v_version_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "_careers_v" DROP CONSTRAINT "_careers_v_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_meta_image_id_media_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deleteAbandonedDrafts', 'planDigests', 'sendDigestBatch', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deleteAbandonedDrafts', 'planDigests', 'sendDigestBatch', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "careers_review_state_idx";
  DROP INDEX "careers_review_review_requested_by_idx";
  DROP INDEX "careers_meta_meta_image_idx";
  DROP INDEX "_careers_v_version_version_review_state_idx";
  DROP INDEX "_careers_v_version_review_version_review_requested_by_idx";
  DROP INDEX "_careers_v_version_meta_version_meta_image_idx";
  DROP INDEX "news_review_state_idx";
  DROP INDEX "news_review_review_requested_by_idx";
  DROP INDEX "news_meta_meta_image_idx";
  DROP INDEX "_news_v_version_version_review_state_idx";
  DROP INDEX "_news_v_version_review_version_review_requested_by_idx";
  DROP INDEX "_news_v_version_meta_version_meta_image_idx";
  ALTER TABLE "careers" DROP COLUMN "review_state";
  ALTER TABLE "careers" DROP COLUMN "review_requested_by_id";
  ALTER TABLE "careers" DROP COLUMN "review_requested_by_name";
  ALTER TABLE "careers" DROP COLUMN "review_requested_at";
  ALTER TABLE "careers" DROP COLUMN "review_returned_by_name";
  ALTER TABLE "careers" DROP COLUMN "review_returned_at";
  ALTER TABLE "careers" DROP COLUMN "review_comment";
  ALTER TABLE "careers" DROP COLUMN "edited_by_name";
  ALTER TABLE "careers" DROP COLUMN "meta_title";
  ALTER TABLE "careers" DROP COLUMN "meta_description";
  ALTER TABLE "careers" DROP COLUMN "meta_image_id";
  ALTER TABLE "_careers_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_careers_v" DROP COLUMN "version_review_requested_by_id";
  ALTER TABLE "_careers_v" DROP COLUMN "version_review_requested_by_name";
  ALTER TABLE "_careers_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_careers_v" DROP COLUMN "version_review_returned_by_name";
  ALTER TABLE "_careers_v" DROP COLUMN "version_review_returned_at";
  ALTER TABLE "_careers_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_careers_v" DROP COLUMN "version_edited_by_name";
  ALTER TABLE "_careers_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_careers_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_careers_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "news" DROP COLUMN "review_state";
  ALTER TABLE "news" DROP COLUMN "review_requested_by_id";
  ALTER TABLE "news" DROP COLUMN "review_requested_by_name";
  ALTER TABLE "news" DROP COLUMN "review_requested_at";
  ALTER TABLE "news" DROP COLUMN "review_returned_by_name";
  ALTER TABLE "news" DROP COLUMN "review_returned_at";
  ALTER TABLE "news" DROP COLUMN "review_comment";
  ALTER TABLE "news" DROP COLUMN "edited_by_name";
  ALTER TABLE "news" DROP COLUMN "meta_title";
  ALTER TABLE "news" DROP COLUMN "meta_description";
  ALTER TABLE "news" DROP COLUMN "meta_image_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_requested_by_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_requested_by_name";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_returned_by_name";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_returned_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_news_v" DROP COLUMN "version_edited_by_name";
  ALTER TABLE "_news_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_news_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_news_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "users" DROP COLUMN "public_name";
  DROP TYPE "public"."enum_careers_review_state";
  DROP TYPE "public"."enum__careers_v_version_review_state";
  DROP TYPE "public"."enum_news_review_state";
  DROP TYPE "public"."enum__news_v_version_review_state";`)
}
