import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The career sheet's new model (issue 23): feminine title, interests, access routes by starting
// point, working conditions, prospects, three sourced pay ranges and a list of sources.
//
// Where the old figures go, none lost (tests/int/careerModelMigration.test.ts checks it on a
// copy of the demo database):
// - salary.min / average / max / year / source → pay.overall.min / average / max / year / source
//   (the same figures, still the whole profession's range: nothing said they were a beginner's);
// - each training path (title, description) → a training (title, details) of one access route
//   per career, whose starting point is left empty: the old list did not say it, and the form
//   asks an editor for it before publishing again;
// - the same for every version, so restoring an old version brings its figures back.
// The full-text search reads the feminine title (weight A) and the access routes' trainings
// instead of the training paths (weight C).

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TYPE "public"."enum_careers_interests" AS ENUM('helping', 'contact', 'children', 'teamwork', 'leading', 'selling', 'numbers', 'science', 'technology', 'computing', 'handiwork', 'building', 'nature', 'animals', 'moving', 'sport', 'creating', 'arts', 'writing', 'languages', 'travelling', 'rules', 'health', 'cooking');
  CREATE TYPE "public"."enum_careers_access_routes_bacs" AS ENUM('general', 'sti2d', 'stl', 'stmg', 'st2s', 'std2a', 'stav', 'sthr', 's2tmd', 'pro');
  CREATE TYPE "public"."enum_careers_access_routes_trainings_level" AS ENUM('cap', 'bac', 'bac2', 'bac3', 'bac4', 'bac5', 'bac8');
  CREATE TYPE "public"."enum_careers_access_routes_starting_point" AS ENUM('after3e', 'afterBac', 'afterHigherDegree', 'careerChange');
  CREATE TYPE "public"."enum_careers_working_conditions_places" AS ENUM('office', 'workshop', 'site', 'hospital', 'laboratory', 'shop', 'school', 'homes', 'outdoors', 'vehicle', 'remote');
  CREATE TYPE "public"."enum_careers_working_conditions_travel" AS ENUM('rare', 'occasional', 'frequent');
  CREATE TYPE "public"."enum__careers_v_version_interests" AS ENUM('helping', 'contact', 'children', 'teamwork', 'leading', 'selling', 'numbers', 'science', 'technology', 'computing', 'handiwork', 'building', 'nature', 'animals', 'moving', 'sport', 'creating', 'arts', 'writing', 'languages', 'travelling', 'rules', 'health', 'cooking');
  CREATE TYPE "public"."enum__careers_v_version_access_routes_bacs" AS ENUM('general', 'sti2d', 'stl', 'stmg', 'st2s', 'std2a', 'stav', 'sthr', 's2tmd', 'pro');
  CREATE TYPE "public"."enum__careers_v_version_access_routes_trainings_level" AS ENUM('cap', 'bac', 'bac2', 'bac3', 'bac4', 'bac5', 'bac8');
  CREATE TYPE "public"."enum__careers_v_version_access_routes_starting_point" AS ENUM('after3e', 'afterBac', 'afterHigherDegree', 'careerChange');
  CREATE TYPE "public"."enum__careers_v_version_working_conditions_places" AS ENUM('office', 'workshop', 'site', 'hospital', 'laboratory', 'shop', 'school', 'homes', 'outdoors', 'vehicle', 'remote');
  CREATE TYPE "public"."enum__careers_v_version_working_conditions_travel" AS ENUM('rare', 'occasional', 'frequent');
  CREATE TABLE "careers_interests" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_careers_interests",
  	"id" serial PRIMARY KEY NOT NULL
  );
  CREATE TABLE "careers_access_routes_bacs" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_careers_access_routes_bacs",
  	"id" serial PRIMARY KEY NOT NULL
  );
  CREATE TABLE "careers_access_routes_trainings" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"level" "enum_careers_access_routes_trainings_level",
  	"duration_months" numeric,
  	"apprenticeship" boolean,
  	"official_url" varchar,
  	"details" varchar
  );
  CREATE TABLE "careers_access_routes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"starting_point" "enum_careers_access_routes_starting_point",
  	"note" varchar
  );
  CREATE TABLE "careers_working_conditions_places" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_careers_working_conditions_places",
  	"id" serial PRIMARY KEY NOT NULL
  );
  CREATE TABLE "careers_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"year" numeric,
  	"url" varchar
  );
  CREATE TABLE "_careers_v_version_interests" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__careers_v_version_interests",
  	"id" serial PRIMARY KEY NOT NULL
  );
  CREATE TABLE "_careers_v_version_access_routes_bacs" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__careers_v_version_access_routes_bacs",
  	"id" serial PRIMARY KEY NOT NULL
  );
  CREATE TABLE "_careers_v_version_access_routes_trainings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"level" "enum__careers_v_version_access_routes_trainings_level",
  	"duration_months" numeric,
  	"apprenticeship" boolean,
  	"official_url" varchar,
  	"details" varchar,
  	"_uuid" varchar
  );
  CREATE TABLE "_careers_v_version_access_routes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"starting_point" "enum__careers_v_version_access_routes_starting_point",
  	"note" varchar,
  	"_uuid" varchar
  );
  CREATE TABLE "_careers_v_version_working_conditions_places" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__careers_v_version_working_conditions_places",
  	"id" serial PRIMARY KEY NOT NULL
  );
  CREATE TABLE "_careers_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"year" numeric,
  	"url" varchar,
  	"_uuid" varchar
  );
  ALTER TABLE "careers" ADD COLUMN "feminine_title" varchar;
  ALTER TABLE "careers" ADD COLUMN "working_conditions_hours" varchar;
  ALTER TABLE "careers" ADD COLUMN "working_conditions_travel" "enum_careers_working_conditions_travel";
  ALTER TABLE "careers" ADD COLUMN "working_conditions_details" varchar;
  ALTER TABLE "careers" ADD COLUMN "prospects_outlook" varchar;
  ALTER TABLE "careers" ADD COLUMN "prospects_progression" varchar;
  ALTER TABLE "careers" ADD COLUMN "pay_beginner_min" numeric;
  ALTER TABLE "careers" ADD COLUMN "pay_beginner_average" numeric;
  ALTER TABLE "careers" ADD COLUMN "pay_beginner_max" numeric;
  ALTER TABLE "careers" ADD COLUMN "pay_beginner_source" varchar;
  ALTER TABLE "careers" ADD COLUMN "pay_beginner_year" numeric;
  ALTER TABLE "careers" ADD COLUMN "pay_beginner_source_url" varchar;
  ALTER TABLE "careers" ADD COLUMN "pay_experienced_min" numeric;
  ALTER TABLE "careers" ADD COLUMN "pay_experienced_average" numeric;
  ALTER TABLE "careers" ADD COLUMN "pay_experienced_max" numeric;
  ALTER TABLE "careers" ADD COLUMN "pay_experienced_source" varchar;
  ALTER TABLE "careers" ADD COLUMN "pay_experienced_year" numeric;
  ALTER TABLE "careers" ADD COLUMN "pay_experienced_source_url" varchar;
  ALTER TABLE "careers" ADD COLUMN "pay_overall_min" numeric;
  ALTER TABLE "careers" ADD COLUMN "pay_overall_average" numeric;
  ALTER TABLE "careers" ADD COLUMN "pay_overall_max" numeric;
  ALTER TABLE "careers" ADD COLUMN "pay_overall_source" varchar;
  ALTER TABLE "careers" ADD COLUMN "pay_overall_year" numeric;
  ALTER TABLE "careers" ADD COLUMN "pay_overall_source_url" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_feminine_title" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_working_conditions_hours" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_working_conditions_travel" "enum__careers_v_version_working_conditions_travel";
  ALTER TABLE "_careers_v" ADD COLUMN "version_working_conditions_details" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_prospects_outlook" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_prospects_progression" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_beginner_min" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_beginner_average" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_beginner_max" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_beginner_source" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_beginner_year" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_beginner_source_url" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_experienced_min" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_experienced_average" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_experienced_max" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_experienced_source" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_experienced_year" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_experienced_source_url" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_overall_min" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_overall_average" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_overall_max" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_overall_source" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_overall_year" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_pay_overall_source_url" varchar;
  ALTER TABLE "careers_interests" ADD CONSTRAINT "careers_interests_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."careers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "careers_access_routes_bacs" ADD CONSTRAINT "careers_access_routes_bacs_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."careers_access_routes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "careers_access_routes_trainings" ADD CONSTRAINT "careers_access_routes_trainings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."careers_access_routes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "careers_access_routes" ADD CONSTRAINT "careers_access_routes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."careers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "careers_working_conditions_places" ADD CONSTRAINT "careers_working_conditions_places_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."careers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "careers_sources" ADD CONSTRAINT "careers_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."careers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_careers_v_version_interests" ADD CONSTRAINT "_careers_v_version_interests_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_careers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_careers_v_version_access_routes_bacs" ADD CONSTRAINT "_careers_v_version_access_routes_bacs_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_careers_v_version_access_routes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_careers_v_version_access_routes_trainings" ADD CONSTRAINT "_careers_v_version_access_routes_trainings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_careers_v_version_access_routes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_careers_v_version_access_routes" ADD CONSTRAINT "_careers_v_version_access_routes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_careers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_careers_v_version_working_conditions_places" ADD CONSTRAINT "_careers_v_version_working_conditions_places_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_careers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_careers_v_version_sources" ADD CONSTRAINT "_careers_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_careers_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "careers_interests_order_idx" ON "careers_interests" USING btree ("order");
  CREATE INDEX "careers_interests_parent_idx" ON "careers_interests" USING btree ("parent_id");
  CREATE INDEX "careers_access_routes_bacs_order_idx" ON "careers_access_routes_bacs" USING btree ("order");
  CREATE INDEX "careers_access_routes_bacs_parent_idx" ON "careers_access_routes_bacs" USING btree ("parent_id");
  CREATE INDEX "careers_access_routes_trainings_order_idx" ON "careers_access_routes_trainings" USING btree ("_order");
  CREATE INDEX "careers_access_routes_trainings_parent_id_idx" ON "careers_access_routes_trainings" USING btree ("_parent_id");
  CREATE INDEX "careers_access_routes_order_idx" ON "careers_access_routes" USING btree ("_order");
  CREATE INDEX "careers_access_routes_parent_id_idx" ON "careers_access_routes" USING btree ("_parent_id");
  CREATE INDEX "careers_working_conditions_places_order_idx" ON "careers_working_conditions_places" USING btree ("order");
  CREATE INDEX "careers_working_conditions_places_parent_idx" ON "careers_working_conditions_places" USING btree ("parent_id");
  CREATE INDEX "careers_sources_order_idx" ON "careers_sources" USING btree ("_order");
  CREATE INDEX "careers_sources_parent_id_idx" ON "careers_sources" USING btree ("_parent_id");
  CREATE INDEX "_careers_v_version_interests_order_idx" ON "_careers_v_version_interests" USING btree ("order");
  CREATE INDEX "_careers_v_version_interests_parent_idx" ON "_careers_v_version_interests" USING btree ("parent_id");
  CREATE INDEX "_careers_v_version_access_routes_bacs_order_idx" ON "_careers_v_version_access_routes_bacs" USING btree ("order");
  CREATE INDEX "_careers_v_version_access_routes_bacs_parent_idx" ON "_careers_v_version_access_routes_bacs" USING btree ("parent_id");
  CREATE INDEX "_careers_v_version_access_routes_trainings_order_idx" ON "_careers_v_version_access_routes_trainings" USING btree ("_order");
  CREATE INDEX "_careers_v_version_access_routes_trainings_parent_id_idx" ON "_careers_v_version_access_routes_trainings" USING btree ("_parent_id");
  CREATE INDEX "_careers_v_version_access_routes_order_idx" ON "_careers_v_version_access_routes" USING btree ("_order");
  CREATE INDEX "_careers_v_version_access_routes_parent_id_idx" ON "_careers_v_version_access_routes" USING btree ("_parent_id");
  CREATE INDEX "_careers_v_version_working_conditions_places_order_idx" ON "_careers_v_version_working_conditions_places" USING btree ("order");
  CREATE INDEX "_careers_v_version_working_conditions_places_parent_idx" ON "_careers_v_version_working_conditions_places" USING btree ("parent_id");
  CREATE INDEX "_careers_v_version_sources_order_idx" ON "_careers_v_version_sources" USING btree ("_order");
  CREATE INDEX "_careers_v_version_sources_parent_id_idx" ON "_careers_v_version_sources" USING btree ("_parent_id");
`)

  await db.execute(sql`
  UPDATE careers SET pay_overall_min = salary_min, pay_overall_average = salary_average, pay_overall_max = salary_max,
    pay_overall_year = salary_year, pay_overall_source = salary_source;
  UPDATE _careers_v SET version_pay_overall_min = version_salary_min, version_pay_overall_average = version_salary_average,
    version_pay_overall_max = version_salary_max, version_pay_overall_year = version_salary_year, version_pay_overall_source = version_salary_source;

  INSERT INTO careers_access_routes (_order, _parent_id, id)
    SELECT DISTINCT 1, _parent_id, substr(md5('route:' || _parent_id::text), 1, 24) FROM careers_training_paths;
  INSERT INTO careers_access_routes_trainings (_order, _parent_id, id, title, details)
    SELECT _order, substr(md5('route:' || _parent_id::text), 1, 24), id, title, description FROM careers_training_paths;

  INSERT INTO _careers_v_version_access_routes (_order, _parent_id, _uuid)
    SELECT 1, versions.id, substr(md5('route:' || versions.parent_id::text), 1, 24)
    FROM _careers_v versions WHERE EXISTS (SELECT 1 FROM _careers_v_version_training_paths t WHERE t._parent_id = versions.id);
  INSERT INTO _careers_v_version_access_routes_trainings (_order, _parent_id, title, details, _uuid)
    SELECT t._order, routes.id, t.title, t.description, t._uuid
    FROM _careers_v_version_training_paths t JOIN _careers_v_version_access_routes routes ON routes._parent_id = t._parent_id;`)

  await db.execute(sql`
  DROP TABLE "careers_training_paths" CASCADE;
  DROP TABLE "_careers_v_version_training_paths" CASCADE;
  ALTER TABLE "careers" DROP COLUMN "salary_min";
  ALTER TABLE "careers" DROP COLUMN "salary_average";
  ALTER TABLE "careers" DROP COLUMN "salary_max";
  ALTER TABLE "careers" DROP COLUMN "salary_year";
  ALTER TABLE "careers" DROP COLUMN "salary_source";
  ALTER TABLE "_careers_v" DROP COLUMN "version_salary_min";
  ALTER TABLE "_careers_v" DROP COLUMN "version_salary_average";
  ALTER TABLE "_careers_v" DROP COLUMN "version_salary_max";
  ALTER TABLE "_careers_v" DROP COLUMN "version_salary_year";
  ALTER TABLE "_careers_v" DROP COLUMN "version_salary_source";
`)

  await db.execute(sql.raw(`
  CREATE OR REPLACE FUNCTION public.careers_search_document(career careers) RETURNS tsvector
    LANGUAGE sql STABLE
    AS $$
      SELECT
        setweight(to_tsvector('public.french_unaccent', concat_ws(' ', career.title, career.feminine_title, career.synonyms)), 'A') ||
        setweight(to_tsvector('public.french_unaccent', coalesce(career.summary, '')), 'B') ||
        setweight(to_tsvector('public.french_unaccent', concat_ws(' ',
          (SELECT string_agg(skill, ' ') FROM careers_skills WHERE _parent_id = career.id),
          (SELECT string_agg(mission, ' ') FROM careers_missions WHERE _parent_id = career.id),
          (SELECT string_agg(concat_ws(' ', t.title, t.details), ' ')
             FROM careers_access_routes r JOIN careers_access_routes_trainings t ON t._parent_id = r.id WHERE r._parent_id = career.id)
        )), 'C') ||
        setweight(to_tsvector('public.french_unaccent', public.reperes_richtext_words(career.content)), 'D')
    $$;

  -- A training changed: its route names the career.
  CREATE FUNCTION public.careers_search_touch_route_parents() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE careers SET search = NULL WHERE id IN
          (SELECT r._parent_id FROM careers_access_routes r WHERE r.id IN (SELECT DISTINCT _parent_id FROM changed_rows));
      END IF;
      IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE careers SET search = NULL WHERE id IN
          (SELECT r._parent_id FROM careers_access_routes r WHERE r.id IN (SELECT DISTINCT _parent_id FROM removed_rows));
      END IF;
      RETURN NULL;
    END $$;
  ${[
    // A route's parent is the career; a training's parent is its route.
    ['careers_access_routes', 'careers_search_touch_parents'],
    ['careers_access_routes_trainings', 'careers_search_touch_route_parents'],
  ]
    .map(
      ([table, touch]) => `
  CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table}
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.${touch}();
  CREATE TRIGGER ${table}_search_update AFTER UPDATE ON ${table}
    REFERENCING NEW TABLE AS changed_rows OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.${touch}();
  CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table}
    REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.${touch}();`,
    )
    .join('')}

  UPDATE careers SET search = NULL;
  `))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "careers_training_paths" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar
  );
  CREATE TABLE "_careers_v_version_training_paths" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  ALTER TABLE "careers" ADD COLUMN "salary_min" numeric;
  ALTER TABLE "careers" ADD COLUMN "salary_average" numeric;
  ALTER TABLE "careers" ADD COLUMN "salary_max" numeric;
  ALTER TABLE "careers" ADD COLUMN "salary_year" numeric;
  ALTER TABLE "careers" ADD COLUMN "salary_source" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_salary_min" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_salary_average" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_salary_max" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_salary_year" numeric;
  ALTER TABLE "_careers_v" ADD COLUMN "version_salary_source" varchar;
  ALTER TABLE "careers_training_paths" ADD CONSTRAINT "careers_training_paths_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."careers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_careers_v_version_training_paths" ADD CONSTRAINT "_careers_v_version_training_paths_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_careers_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "careers_training_paths_order_idx" ON "careers_training_paths" USING btree ("_order");
  CREATE INDEX "careers_training_paths_parent_id_idx" ON "careers_training_paths" USING btree ("_parent_id");
  CREATE INDEX "_careers_v_version_training_paths_order_idx" ON "_careers_v_version_training_paths" USING btree ("_order");
  CREATE INDEX "_careers_v_version_training_paths_parent_id_idx" ON "_careers_v_version_training_paths" USING btree ("_parent_id");
`)

  // Back to the old model: the whole profession's range, and every route's trainings as training paths.
  // What only the new model holds (other ranges, routes' starting points…) has nowhere to go.
  await db.execute(sql`
  UPDATE careers SET salary_min = pay_overall_min, salary_average = pay_overall_average, salary_max = pay_overall_max,
    salary_year = pay_overall_year, salary_source = pay_overall_source;
  UPDATE _careers_v SET version_salary_min = version_pay_overall_min, version_salary_average = version_pay_overall_average,
    version_salary_max = version_pay_overall_max, version_salary_year = version_pay_overall_year, version_salary_source = version_pay_overall_source;
  INSERT INTO careers_training_paths (_order, _parent_id, id, title, description)
    SELECT row_number() OVER (PARTITION BY r._parent_id ORDER BY r._order, t._order), r._parent_id, t.id, t.title, t.details
    FROM careers_access_routes r JOIN careers_access_routes_trainings t ON t._parent_id = r.id;
  INSERT INTO _careers_v_version_training_paths (_order, _parent_id, title, description, _uuid)
    SELECT row_number() OVER (PARTITION BY r._parent_id ORDER BY r._order, t._order), r._parent_id, t.title, t.details, t._uuid
    FROM _careers_v_version_access_routes r JOIN _careers_v_version_access_routes_trainings t ON t._parent_id = r.id;
  DROP FUNCTION IF EXISTS public.careers_search_touch_route_parents() CASCADE;`)

  await db.execute(sql`
  DROP TABLE "careers_interests" CASCADE;
  DROP TABLE "careers_access_routes_bacs" CASCADE;
  DROP TABLE "careers_access_routes_trainings" CASCADE;
  DROP TABLE "careers_access_routes" CASCADE;
  DROP TABLE "careers_working_conditions_places" CASCADE;
  DROP TABLE "careers_sources" CASCADE;
  DROP TABLE "_careers_v_version_interests" CASCADE;
  DROP TABLE "_careers_v_version_access_routes_bacs" CASCADE;
  DROP TABLE "_careers_v_version_access_routes_trainings" CASCADE;
  DROP TABLE "_careers_v_version_access_routes" CASCADE;
  DROP TABLE "_careers_v_version_working_conditions_places" CASCADE;
  DROP TABLE "_careers_v_version_sources" CASCADE;
  ALTER TABLE "careers" DROP COLUMN "feminine_title";
  ALTER TABLE "careers" DROP COLUMN "working_conditions_hours";
  ALTER TABLE "careers" DROP COLUMN "working_conditions_travel";
  ALTER TABLE "careers" DROP COLUMN "working_conditions_details";
  ALTER TABLE "careers" DROP COLUMN "prospects_outlook";
  ALTER TABLE "careers" DROP COLUMN "prospects_progression";
  ALTER TABLE "careers" DROP COLUMN "pay_beginner_min";
  ALTER TABLE "careers" DROP COLUMN "pay_beginner_average";
  ALTER TABLE "careers" DROP COLUMN "pay_beginner_max";
  ALTER TABLE "careers" DROP COLUMN "pay_beginner_source";
  ALTER TABLE "careers" DROP COLUMN "pay_beginner_year";
  ALTER TABLE "careers" DROP COLUMN "pay_beginner_source_url";
  ALTER TABLE "careers" DROP COLUMN "pay_experienced_min";
  ALTER TABLE "careers" DROP COLUMN "pay_experienced_average";
  ALTER TABLE "careers" DROP COLUMN "pay_experienced_max";
  ALTER TABLE "careers" DROP COLUMN "pay_experienced_source";
  ALTER TABLE "careers" DROP COLUMN "pay_experienced_year";
  ALTER TABLE "careers" DROP COLUMN "pay_experienced_source_url";
  ALTER TABLE "careers" DROP COLUMN "pay_overall_min";
  ALTER TABLE "careers" DROP COLUMN "pay_overall_average";
  ALTER TABLE "careers" DROP COLUMN "pay_overall_max";
  ALTER TABLE "careers" DROP COLUMN "pay_overall_source";
  ALTER TABLE "careers" DROP COLUMN "pay_overall_year";
  ALTER TABLE "careers" DROP COLUMN "pay_overall_source_url";
  ALTER TABLE "_careers_v" DROP COLUMN "version_feminine_title";
  ALTER TABLE "_careers_v" DROP COLUMN "version_working_conditions_hours";
  ALTER TABLE "_careers_v" DROP COLUMN "version_working_conditions_travel";
  ALTER TABLE "_careers_v" DROP COLUMN "version_working_conditions_details";
  ALTER TABLE "_careers_v" DROP COLUMN "version_prospects_outlook";
  ALTER TABLE "_careers_v" DROP COLUMN "version_prospects_progression";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_beginner_min";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_beginner_average";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_beginner_max";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_beginner_source";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_beginner_year";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_beginner_source_url";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_experienced_min";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_experienced_average";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_experienced_max";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_experienced_source";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_experienced_year";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_experienced_source_url";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_overall_min";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_overall_average";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_overall_max";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_overall_source";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_overall_year";
  ALTER TABLE "_careers_v" DROP COLUMN "version_pay_overall_source_url";
  DROP TYPE "public"."enum_careers_interests";
  DROP TYPE "public"."enum_careers_access_routes_bacs";
  DROP TYPE "public"."enum_careers_access_routes_trainings_level";
  DROP TYPE "public"."enum_careers_access_routes_starting_point";
  DROP TYPE "public"."enum_careers_working_conditions_places";
  DROP TYPE "public"."enum_careers_working_conditions_travel";
  DROP TYPE "public"."enum__careers_v_version_interests";
  DROP TYPE "public"."enum__careers_v_version_access_routes_bacs";
  DROP TYPE "public"."enum__careers_v_version_access_routes_trainings_level";
  DROP TYPE "public"."enum__careers_v_version_access_routes_starting_point";
  DROP TYPE "public"."enum__careers_v_version_working_conditions_places";
  DROP TYPE "public"."enum__careers_v_version_working_conditions_travel";
`)

  await db.execute(sql.raw(`
  CREATE OR REPLACE FUNCTION public.careers_search_document(career careers) RETURNS tsvector
    LANGUAGE sql STABLE
    AS $$
      SELECT
        setweight(to_tsvector('public.french_unaccent', coalesce(career.title, '') || ' ' || coalesce(career.synonyms, '')), 'A') ||
        setweight(to_tsvector('public.french_unaccent', coalesce(career.summary, '')), 'B') ||
        setweight(to_tsvector('public.french_unaccent', concat_ws(' ',
          (SELECT string_agg(skill, ' ') FROM careers_skills WHERE _parent_id = career.id),
          (SELECT string_agg(mission, ' ') FROM careers_missions WHERE _parent_id = career.id),
          (SELECT string_agg(concat_ws(' ', title, description), ' ') FROM careers_training_paths WHERE _parent_id = career.id)
        )), 'C') ||
        setweight(to_tsvector('public.french_unaccent', public.reperes_richtext_words(career.content)), 'D')
    $$;
  CREATE TRIGGER careers_training_paths_search_insert AFTER INSERT ON careers_training_paths
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.careers_search_touch_parents();
  CREATE TRIGGER careers_training_paths_search_update AFTER UPDATE ON careers_training_paths
    REFERENCING NEW TABLE AS changed_rows OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.careers_search_touch_parents();
  CREATE TRIGGER careers_training_paths_search_delete AFTER DELETE ON careers_training_paths
    REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.careers_search_touch_parents();
  UPDATE careers SET search = NULL;
  `))
}
