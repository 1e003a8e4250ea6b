import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscribers_status" AS ENUM('pending', 'confirmed');
  CREATE TYPE "public"."enum_subscribers_frequency" AS ENUM('daily', 'weekly');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'planDigests' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendDigestBatch' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'planDigests' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendDigestBatch' BEFORE 'schedulePublish';
  CREATE TABLE "subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"status" "enum_subscribers_status" DEFAULT 'pending' NOT NULL,
  	"frequency" "enum_subscribers_frequency" DEFAULT 'weekly' NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscribers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sectors_id" integer
  );
  
  ALTER TABLE "users" ADD COLUMN "lock_notice_for" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscribers_id" integer;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_sectors_fk" FOREIGN KEY ("sectors_id") REFERENCES "public"."sectors"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "subscribers_email_idx" ON "subscribers" USING btree ("email");
  CREATE INDEX "subscribers_status_idx" ON "subscribers" USING btree ("status");
  CREATE INDEX "subscribers_updated_at_idx" ON "subscribers" USING btree ("updated_at");
  CREATE INDEX "subscribers_created_at_idx" ON "subscribers" USING btree ("created_at");
  CREATE INDEX "subscribers_rels_order_idx" ON "subscribers_rels" USING btree ("order");
  CREATE INDEX "subscribers_rels_parent_idx" ON "subscribers_rels" USING btree ("parent_id");
  CREATE INDEX "subscribers_rels_path_idx" ON "subscribers_rels" USING btree ("path");
  CREATE INDEX "subscribers_rels_sectors_id_idx" ON "subscribers_rels" USING btree ("sectors_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscribers_fk" FOREIGN KEY ("subscribers_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("subscribers_id");`)

  // Tables Payload does not manage (SQL of their own, payload/digest and payload/subscriptions).
  await db.execute(sql`
  -- One row per (subscriber, post), written before the message goes to SMTP: at most once.
  CREATE TABLE "digest_deliveries" (
    "subscriber_id" integer NOT NULL REFERENCES "subscribers"("id") ON DELETE CASCADE,
    "news_id" integer NOT NULL,
    "edition" varchar NOT NULL,
    "status" varchar NOT NULL CHECK ("status" IN ('sending', 'sent', 'failed', 'lost')),
    "claimed_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    "settled_at" timestamp(3) with time zone,
    "error" varchar,
    PRIMARY KEY ("subscriber_id", "news_id")
  );
  CREATE INDEX "digest_deliveries_status_claimed_idx" ON "digest_deliveries" ("status", "claimed_at");
  -- Each edition (frequency and Paris date) is planned once, whichever server runs the planner.
  CREATE TABLE "digest_editions" (
    "edition" varchar PRIMARY KEY,
    "planned_at" timestamp(3) with time zone NOT NULL
  );
  -- Messages per edition and outcome, for the dashboard: kept when subscribers leave (their
  -- ledger rows go with them).
  CREATE TABLE "digest_counts" (
    "edition" varchar NOT NULL,
    "status" varchar NOT NULL,
    "messages" integer NOT NULL,
    "last_at" timestamp(3) with time zone NOT NULL,
    PRIMARY KEY ("edition", "status")
  );
  -- Sign-up rate limits, shared by every app server.
  CREATE TABLE "rate_limits" (
    "key" varchar NOT NULL,
    "window_start" timestamp(3) with time zone NOT NULL,
    "hits" integer NOT NULL,
    PRIMARY KEY ("key", "window_start")
  );
  -- Proof that consent was given then withdrawn, without the address (GDPR art. 7(1)).
  CREATE TABLE "consent_withdrawals" (
    "address_sha256" char(64) NOT NULL,
    "consented_at" timestamp(3) with time zone NOT NULL,
    "withdrawn_at" timestamp(3) with time zone NOT NULL,
    PRIMARY KEY ("address_sha256", "consented_at")
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "digest_deliveries";
  DROP TABLE "digest_editions";
  DROP TABLE "digest_counts";
  DROP TABLE "rate_limits";
  DROP TABLE "consent_withdrawals";
  -- Jobs of the tasks this migration added: their slugs leave the enum below.
  DELETE FROM "payload_jobs_log" WHERE "task_slug" IN ('planDigests', 'sendDigestBatch');
  DELETE FROM "payload_jobs" WHERE "task_slug" IN ('planDigests', 'sendDigestBatch');
   -- The locked-documents column first: dropping "subscribers" with CASCADE removes its foreign
  -- key, and the generated DROP CONSTRAINT after it then failed (payloadcms/payload#14800).
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscribers_fk";
  DROP INDEX "payload_locked_documents_rels_subscribers_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscribers_id";
  ALTER TABLE "subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "subscribers" CASCADE;
  DROP TABLE "subscribers_rels" CASCADE;
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deleteAbandonedDrafts', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deleteAbandonedDrafts', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "users" DROP COLUMN "lock_notice_for";
  DROP TYPE "public"."enum_subscribers_status";
  DROP TYPE "public"."enum_subscribers_frequency";`)
}
