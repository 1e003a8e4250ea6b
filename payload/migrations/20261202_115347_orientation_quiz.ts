import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_orientation_quiz_questions_answers_interests" AS ENUM('helping', 'contact', 'children', 'teamwork', 'leading', 'selling', 'numbers', 'science', 'technology', 'computing', 'handiwork', 'building', 'nature', 'animals', 'moving', 'sport', 'creating', 'arts', 'writing', 'languages', 'travelling', 'rules', 'health', 'cooking');
  CREATE TYPE "public"."enum_orientation_quiz_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__orientation_quiz_v_version_questions_answers_interests" AS ENUM('helping', 'contact', 'children', 'teamwork', 'leading', 'selling', 'numbers', 'science', 'technology', 'computing', 'handiwork', 'building', 'nature', 'animals', 'moving', 'sport', 'creating', 'arts', 'writing', 'languages', 'travelling', 'rules', 'health', 'cooking');
  CREATE TYPE "public"."enum__orientation_quiz_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "orientation_quiz_questions_answers_interests" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_orientation_quiz_questions_answers_interests",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "orientation_quiz_questions_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"answer" varchar,
  	"points" numeric DEFAULT 1
  );
  
  CREATE TABLE "orientation_quiz_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"help" varchar
  );
  
  CREATE TABLE "orientation_quiz" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar DEFAULT 'Quiz d’orientation',
  	"intro" varchar,
  	"_status" "enum_orientation_quiz_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_orientation_quiz_v_version_questions_answers_interests" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__orientation_quiz_v_version_questions_answers_interests",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_orientation_quiz_v_version_questions_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"answer" varchar,
  	"points" numeric DEFAULT 1,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_orientation_quiz_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"help" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_orientation_quiz_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_title" varchar DEFAULT 'Quiz d’orientation',
  	"version_intro" varchar,
  	"version__status" "enum__orientation_quiz_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "orientation_quiz_questions_answers_interests" ADD CONSTRAINT "orientation_quiz_questions_answers_interests_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."orientation_quiz_questions_answers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "orientation_quiz_questions_answers" ADD CONSTRAINT "orientation_quiz_questions_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."orientation_quiz_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "orientation_quiz_questions" ADD CONSTRAINT "orientation_quiz_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."orientation_quiz"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_orientation_quiz_v_version_questions_answers_interests" ADD CONSTRAINT "_orientation_quiz_v_version_questions_answers_interests_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_orientation_quiz_v_version_questions_answers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_orientation_quiz_v_version_questions_answers" ADD CONSTRAINT "_orientation_quiz_v_version_questions_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_orientation_quiz_v_version_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_orientation_quiz_v_version_questions" ADD CONSTRAINT "_orientation_quiz_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_orientation_quiz_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "orientation_quiz_questions_answers_interests_order_idx" ON "orientation_quiz_questions_answers_interests" USING btree ("order");
  CREATE INDEX "orientation_quiz_questions_answers_interests_parent_idx" ON "orientation_quiz_questions_answers_interests" USING btree ("parent_id");
  CREATE INDEX "orientation_quiz_questions_answers_order_idx" ON "orientation_quiz_questions_answers" USING btree ("_order");
  CREATE INDEX "orientation_quiz_questions_answers_parent_id_idx" ON "orientation_quiz_questions_answers" USING btree ("_parent_id");
  CREATE INDEX "orientation_quiz_questions_order_idx" ON "orientation_quiz_questions" USING btree ("_order");
  CREATE INDEX "orientation_quiz_questions_parent_id_idx" ON "orientation_quiz_questions" USING btree ("_parent_id");
  CREATE INDEX "orientation_quiz__status_idx" ON "orientation_quiz" USING btree ("_status");
  CREATE INDEX "_orientation_quiz_v_version_questions_answers_interests_order_idx" ON "_orientation_quiz_v_version_questions_answers_interests" USING btree ("order");
  CREATE INDEX "_orientation_quiz_v_version_questions_answers_interests_parent_idx" ON "_orientation_quiz_v_version_questions_answers_interests" USING btree ("parent_id");
  CREATE INDEX "_orientation_quiz_v_version_questions_answers_order_idx" ON "_orientation_quiz_v_version_questions_answers" USING btree ("_order");
  CREATE INDEX "_orientation_quiz_v_version_questions_answers_parent_id_idx" ON "_orientation_quiz_v_version_questions_answers" USING btree ("_parent_id");
  CREATE INDEX "_orientation_quiz_v_version_questions_order_idx" ON "_orientation_quiz_v_version_questions" USING btree ("_order");
  CREATE INDEX "_orientation_quiz_v_version_questions_parent_id_idx" ON "_orientation_quiz_v_version_questions" USING btree ("_parent_id");
  CREATE INDEX "_orientation_quiz_v_version_version__status_idx" ON "_orientation_quiz_v" USING btree ("version__status");
  CREATE INDEX "_orientation_quiz_v_created_at_idx" ON "_orientation_quiz_v" USING btree ("created_at");
  CREATE INDEX "_orientation_quiz_v_updated_at_idx" ON "_orientation_quiz_v" USING btree ("updated_at");
  CREATE INDEX "_orientation_quiz_v_latest_idx" ON "_orientation_quiz_v" USING btree ("latest");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "orientation_quiz_questions_answers_interests" CASCADE;
  DROP TABLE "orientation_quiz_questions_answers" CASCADE;
  DROP TABLE "orientation_quiz_questions" CASCADE;
  DROP TABLE "orientation_quiz" CASCADE;
  DROP TABLE "_orientation_quiz_v_version_questions_answers_interests" CASCADE;
  DROP TABLE "_orientation_quiz_v_version_questions_answers" CASCADE;
  DROP TABLE "_orientation_quiz_v_version_questions" CASCADE;
  DROP TABLE "_orientation_quiz_v" CASCADE;
  DROP TYPE "public"."enum_orientation_quiz_questions_answers_interests";
  DROP TYPE "public"."enum_orientation_quiz_status";
  DROP TYPE "public"."enum__orientation_quiz_v_version_questions_answers_interests";
  DROP TYPE "public"."enum__orientation_quiz_v_version_status";`)
}
