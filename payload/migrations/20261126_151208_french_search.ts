import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// French full-text search, maintained by the database itself:
// - `french_unaccent`: the French stemmer after accent folding, so "ingénieur", "Ingenieurs"
//   and "INGÉNIEUR" meet;
// - news.search: a generated tsvector (title A, excerpt B, article text D);
// - careers.search: kept by triggers, because skills, missions and training paths live in
//   child tables a generated column cannot read (title and other names A, summary B, those
//   lists C, long text D);
// - trigram indexes on folded titles, for typos ("directer technique") and suggestions.
// Only the words of Lexical's text nodes are indexed, not its node types ("paragraph"…).

const CHILD_TABLES = [
  ['careers_skills', 'skill'],
  ['careers_missions', 'mission'],
  ['careers_training_paths', 'title'],
] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "careers" ADD COLUMN "synonyms" varchar;
  ALTER TABLE "_careers_v" ADD COLUMN "version_synonyms" varchar;`)

  await db.execute(sql.raw(`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE EXTENSION IF NOT EXISTS pg_trgm;

  CREATE TEXT SEARCH CONFIGURATION public.french_unaccent (COPY = pg_catalog.french);
  ALTER TEXT SEARCH CONFIGURATION public.french_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;

  -- unaccent() is only STABLE (its rules file could change); an index needs IMMUTABLE.
  CREATE FUNCTION public.reperes_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

  CREATE FUNCTION public.reperes_richtext_words(jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
      SELECT coalesce(string_agg(word #>> '{}', ' '), '')
      FROM jsonb_array_elements(coalesce(jsonb_path_query_array($1, 'strict $.**.text'), '[]'::jsonb)) AS word
    $$;

  ALTER TABLE news ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('public.french_unaccent', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('public.french_unaccent', coalesce(excerpt, '')), 'B') ||
    setweight(to_tsvector('public.french_unaccent', public.reperes_richtext_words(content)), 'D')
  ) STORED;
  CREATE INDEX news_search_idx ON news USING gin (search);
  CREATE INDEX news_title_trgm_idx ON news USING gin (public.reperes_fold(title) gin_trgm_ops);

  ALTER TABLE careers ADD COLUMN search tsvector;

  CREATE FUNCTION public.careers_search_document(career careers) RETURNS tsvector
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

  CREATE FUNCTION public.careers_search_refresh() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.search := public.careers_search_document(NEW); RETURN NEW; END $$;
  CREATE TRIGGER careers_search_refresh BEFORE INSERT OR UPDATE ON careers
    FOR EACH ROW EXECUTE FUNCTION public.careers_search_refresh();

  -- A child row changed: recompute its career (the trigger above does the work).
  CREATE FUNCTION public.careers_search_touch_parents() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE careers SET search = NULL WHERE id IN (SELECT DISTINCT _parent_id FROM changed_rows);
      END IF;
      IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE careers SET search = NULL WHERE id IN (SELECT DISTINCT _parent_id FROM removed_rows);
      END IF;
      RETURN NULL;
    END $$;
  ${CHILD_TABLES.map(
    ([table]) => `
  CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table}
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.careers_search_touch_parents();
  CREATE TRIGGER ${table}_search_update AFTER UPDATE ON ${table}
    REFERENCING NEW TABLE AS changed_rows OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.careers_search_touch_parents();
  CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table}
    REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.careers_search_touch_parents();`,
  ).join('')}

  UPDATE careers SET search = NULL;
  CREATE INDEX careers_search_idx ON careers USING gin (search);
  CREATE INDEX careers_title_trgm_idx ON careers USING gin (public.reperes_fold(title) gin_trgm_ops);
  `))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`
  ${CHILD_TABLES.map(
    ([table]) => `
  DROP TRIGGER IF EXISTS ${table}_search_insert ON ${table};
  DROP TRIGGER IF EXISTS ${table}_search_update ON ${table};
  DROP TRIGGER IF EXISTS ${table}_search_delete ON ${table};`,
  ).join('')}
  DROP TRIGGER IF EXISTS careers_search_refresh ON careers;
  DROP INDEX IF EXISTS careers_title_trgm_idx;
  DROP INDEX IF EXISTS news_title_trgm_idx;
  DROP FUNCTION IF EXISTS public.careers_search_touch_parents();
  DROP FUNCTION IF EXISTS public.careers_search_refresh();
  DROP FUNCTION IF EXISTS public.careers_search_document(careers);
  ALTER TABLE careers DROP COLUMN IF EXISTS search;
  ALTER TABLE news DROP COLUMN IF EXISTS search;
  DROP FUNCTION IF EXISTS public.reperes_richtext_words(jsonb);
  DROP FUNCTION IF EXISTS public.reperes_fold(text);
  DROP TEXT SEARCH CONFIGURATION IF EXISTS public.french_unaccent;
  `))
  await db.execute(sql`
   ALTER TABLE "careers" DROP COLUMN "synonyms";
  ALTER TABLE "_careers_v" DROP COLUMN "version_synonyms";`)
}
