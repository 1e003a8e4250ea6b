import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Frozen here (not imported from the app): a later change to the app's own walker must not
// change what this migration did.
const INDEX: Record<string, { path: string; column: string }> = {
  careers: { path: 'linksToCareers', column: 'careers_id' },
  news: { path: 'linksToNews', column: 'news_id' },
  sectors: { path: 'linksToSectors', column: 'sectors_id' },
}

type Node = { type?: unknown; children?: unknown; relationTo?: unknown; value?: unknown; fields?: { linkType?: unknown; doc?: { relationTo?: unknown; value?: unknown } } }

/** The [collection, id] pairs a stored tree links to (internal links and relationship cards), once each. */
const linksOf = (tree: unknown): [string, number][] => {
  const found = new Map<string, [string, number]>()
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 100) return
    const { type, relationTo, value, fields, children } = node as Node
    const [to, raw] =
      (type === 'link' || type === 'autolink') && fields?.linkType === 'internal'
        ? [fields.doc?.relationTo, fields.doc?.value]
        : type === 'relationship'
          ? [relationTo, value]
          : []
    const id = Number(raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : raw)
    if (typeof to === 'string' && to in INDEX && Number.isSafeInteger(id) && id > 0) found.set(`${to}:${id}`, [to, id])
    if (Array.isArray(children)) for (const child of children) visit(child, depth + 1)
  }
  visit((tree as { root?: unknown } | null)?.root, 0)
  return [...found.values()]
}

/**
 * The reverse index of links for content saved before it existed: each career's and post's
 * stored rich text (the main row, which holds what visitors see) is read in batches, and the
 * rows the save hook would write are inserted, once (running it again adds nothing), and only
 * for targets that still exist. Versions are left as they are: a restore saves again, and the
 * hook derives the index from the restored text.
 */
export const fillLinkIndex = async ({ db }: Pick<MigrateUpArgs, 'db'>) => {
  for (const table of ['careers', 'news'] as const) {
    let after = 0
    for (;;) {
      const { rows } = await db.execute(
        sql`SELECT id, content FROM ${sql.identifier(table)} WHERE id > ${after} AND content IS NOT NULL ORDER BY id LIMIT 500`,
      )
      if (!rows.length) break
      for (const target of Object.keys(INDEX)) {
        const values = (rows as { id: number; content: unknown }[]).flatMap((row) =>
          linksOf(row.content)
            .filter(([to]) => to === target)
            .map(([, id], index) => sql`(${index + 1}::int, ${row.id}::int, ${id}::int)`),
        )
        if (!values.length) continue
        const { path, column } = INDEX[target]!
        await db.execute(sql`
          INSERT INTO ${sql.identifier(`${table}_rels`)} ("order", parent_id, path, ${sql.identifier(column)})
          SELECT v.ord, v.parent, ${path}, v.target
          FROM (VALUES ${sql.join(values, sql`, `)}) AS v(ord, parent, target)
          WHERE EXISTS (SELECT 1 FROM ${sql.identifier(target)} t WHERE t.id = v.target)
            AND NOT EXISTS (
              SELECT 1 FROM ${sql.identifier(`${table}_rels`)} r
              WHERE r.parent_id = v.parent AND r.path = ${path} AND r.${sql.identifier(column)} = v.target
            )`)
      }
      after = (rows[rows.length - 1] as { id: number }).id
    }
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"careers_id" integer,
  	"news_id" integer,
  	"sectors_id" integer
  );
  
  ALTER TABLE "careers_rels" ADD COLUMN "news_id" integer;
  ALTER TABLE "_careers_v_rels" ADD COLUMN "news_id" integer;
  ALTER TABLE "news_rels" ADD COLUMN "news_id" integer;
  ALTER TABLE "_news_v_rels" ADD COLUMN "news_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_careers_fk" FOREIGN KEY ("careers_id") REFERENCES "public"."careers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_sectors_fk" FOREIGN KEY ("sectors_id") REFERENCES "public"."sectors"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_careers_id_idx" ON "redirects_rels" USING btree ("careers_id");
  CREATE INDEX "redirects_rels_news_id_idx" ON "redirects_rels" USING btree ("news_id");
  CREATE INDEX "redirects_rels_sectors_id_idx" ON "redirects_rels" USING btree ("sectors_id");
  ALTER TABLE "careers_rels" ADD CONSTRAINT "careers_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_careers_v_rels" ADD CONSTRAINT "_careers_v_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "careers_rels_news_id_idx" ON "careers_rels" USING btree ("news_id");
  CREATE INDEX "_careers_v_rels_news_id_idx" ON "_careers_v_rels" USING btree ("news_id");
  CREATE INDEX "news_rels_news_id_idx" ON "news_rels" USING btree ("news_id");
  CREATE INDEX "_news_v_rels_news_id_idx" ON "_news_v_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");`)
  await fillLinkIndex({ db })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DELETE FROM "careers_rels" WHERE path LIKE 'linksTo%';
   DELETE FROM "news_rels" WHERE path LIKE 'linksTo%';
   DELETE FROM "_careers_v_rels" WHERE path LIKE 'version.linksTo%';
   DELETE FROM "_news_v_rels" WHERE path LIKE 'version.linksTo%';
   ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  ALTER TABLE "careers_rels" DROP CONSTRAINT "careers_rels_news_fk";
  
  ALTER TABLE "_careers_v_rels" DROP CONSTRAINT "_careers_v_rels_news_fk";
  
  ALTER TABLE "news_rels" DROP CONSTRAINT "news_rels_news_fk";
  
  ALTER TABLE "_news_v_rels" DROP CONSTRAINT "_news_v_rels_news_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  DROP INDEX "careers_rels_news_id_idx";
  DROP INDEX "_careers_v_rels_news_id_idx";
  DROP INDEX "news_rels_news_id_idx";
  DROP INDEX "_news_v_rels_news_id_idx";
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  ALTER TABLE "careers_rels" DROP COLUMN "news_id";
  ALTER TABLE "_careers_v_rels" DROP COLUMN "news_id";
  ALTER TABLE "news_rels" DROP COLUMN "news_id";
  ALTER TABLE "_news_v_rels" DROP COLUMN "news_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  DROP TYPE "public"."enum_redirects_to_type";`)
}
