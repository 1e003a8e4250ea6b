import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { getPayload } from 'payload'

import { readOnReplica } from '@/payload/db/replicas'

import { excerptSource, searchExcerpt, UNIT_BREAK } from './excerpt'
import { HIGHLIGHT_START, HIGHLIGHT_STOP, prefixTsQuery } from './searchQuery'

// Full-text search over published careers and news, in SQL: the tsvector columns, their GIN
// indexes and the `french_unaccent` configuration come from migration 20261126_151208. Only
// rows whose main version is published are read, so drafts never surface.

export const SEARCH_PAGE_SIZE = 10

export type SearchKind = 'career' | 'news'

export type SearchFilters = {
  kind?: SearchKind
  sectorId?: number
  /** Career levels accepted (e.g. everything up to "Bac +2"); careers only. */
  levels?: string[]
  /** Minimum average monthly gross salary, in euros; careers only. */
  salaryMin?: number
}

export type SearchHit = {
  kind: SearchKind
  id: number
  slug: string
  title: string
  /** Highlighted words between HIGHLIGHT_START and HIGHLIGHT_STOP (ts_headline output). */
  titleHeadline: string
  /** Whole sentences or list items holding the matched words, highlighted the same way (excerpt.ts). */
  excerptHeadline: string
  publishedAt: string | null
}

export type SearchPage = {
  hits: SearchHit[]
  total: number
  page: number
  totalPages: number
  /** True when nothing matched word for word and these are the closest titles instead. */
  approximate: boolean
}

type SQL = ReturnType<typeof sql>

const CONFIG = sql.raw(`'public.french_unaccent'::regconfig`)
// Every matched word marked, the text whole: titles are shown whole, and excerpts are picked
// from the marked text by searchExcerpt (ts_headline's fragments start mid-sentence).
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`

// Searches are read as they are typed and kept by no cache that lasts: a replica may answer them.
const read = async <Row>(query: SQL) => readOnReplica<Row>(await getPayload({ config }), query)

type Row = {
  kind: SearchKind
  id: number
  slug: string
  title: string
  title_headline: string
  excerpt_headline: string
  published_at: string | Date | null
  total: string | number
}

const careerFilters = (filters: SearchFilters): SQL[] => {
  const where: SQL[] = []
  if (filters.sectorId)
    where.push(sql`exists (select 1 from careers_rels r where r.parent_id = c.id and r.path = 'sectors' and r.sectors_id = ${filters.sectorId})`)
  if (filters.levels?.length)
    where.push(sql`c.education_level::text in (${sql.join(filters.levels.map((level) => sql`${level}`), sql`, `)})`)
  // The whole profession's average, counted only when the page shows it (sourcedPayRanges);
  // the upper bound leaves out a NaN typed as text before figures were validated.
  if (filters.salaryMin)
    where.push(sql`c.pay_overall_average between ${filters.salaryMin} and 100000 and btrim(c.pay_overall_source) <> '' and c.pay_overall_year is not null`)
  return where
}

/** News carry no level nor salary: a filter on either leaves careers only. */
const includesNews = (filters: SearchFilters) => filters.kind !== 'career' && !filters.levels?.length && !filters.salaryMin
const includesCareers = (filters: SearchFilters) => filters.kind !== 'news'

const and = (conditions: SQL[]) => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`)

/**
 * One ranked page of results. `match` is how a row qualifies and `rank` how it sorts; both
 * are expressions over `c` (careers) or `n` (news) and the `q` CTE.
 */
const rankedPage = async (
  queryCte: SQL,
  match: (alias: 'c' | 'n') => SQL,
  rank: (alias: 'c' | 'n') => SQL,
  headlineQuery: SQL,
  filters: SearchFilters,
  page: number,
): Promise<{ hits: SearchHit[]; total: number }> => {
  const branches: SQL[] = []
  if (includesCareers(filters))
    branches.push(sql`
      select 'career' as kind, c.id, c.slug, c.title, c.summary as body, null::timestamptz as published_at, ${rank('c')} as rank
      from careers c, q
      where c._status = 'published' and ${match('c')} and ${and(careerFilters(filters))}`)
  if (includesNews(filters))
    branches.push(sql`
      select 'news' as kind, n.id, n.slug, n.title, n.excerpt as body, n.published_at, ${rank('n')} as rank
      from news n, q
      where n._status = 'published' and ${match('n')}
        and ${filters.sectorId ? sql`exists (select 1 from news_rels r where r.parent_id = n.id and r.path = 'sectors' and r.sectors_id = ${filters.sectorId})` : sql`true`}`)
  if (!branches.length) return { hits: [], total: 0 }

  const rows = await read<Row>(sql`
    with q as (${queryCte}),
    hits as (${sql.join(branches, sql` union all `)}),
    ranked as (
      select hits.*, count(*) over () as total from hits
      -- kind and id last: equal ranks, dates and titles must keep one order from page to page.
      order by rank desc, published_at desc nulls first, title, kind, id
      limit ${SEARCH_PAGE_SIZE} offset ${(page - 1) * SEARCH_PAGE_SIZE}
    )
    select ranked.kind, ranked.id, ranked.slug, ranked.title, ranked.published_at, ranked.total,
      ts_headline(${CONFIG}, ranked.title, ${headlineQuery}, ${HEADLINE_OPTIONS}) as title_headline,
      -- The body first (even empty: excerptSource reads it there), then each list item, in the
      -- editor's order, apart: one call marks them all.
      ts_headline(${CONFIG}, concat_ws(${UNIT_BREAK}::text, coalesce(ranked.body, ''), case when ranked.kind = 'career' then concat_ws(${UNIT_BREAK}::text,
        (select string_agg(skill, ${UNIT_BREAK}::text order by _order) from careers_skills where _parent_id = ranked.id),
        (select string_agg(mission, ${UNIT_BREAK}::text order by _order) from careers_missions where _parent_id = ranked.id),
        (select string_agg(concat_ws(${UNIT_BREAK}::text, t.title, t.details), ${UNIT_BREAK}::text order by r._order, t._order)
          from careers_access_routes r join careers_access_routes_trainings t on t._parent_id = r.id where r._parent_id = ranked.id)) end),
        ${headlineQuery}, ${HEADLINE_OPTIONS}) as excerpt_headline
    from ranked, q
    order by ranked.rank desc, ranked.published_at desc nulls first, ranked.title, ranked.kind, ranked.id
  `)
  return {
    total: Number(rows[0]?.total ?? 0),
    hits: rows.map((row) => ({
      kind: row.kind,
      id: Number(row.id),
      slug: row.slug,
      title: row.title,
      titleHeadline: row.title_headline,
      excerptHeadline: searchExcerpt(excerptSource(row.excerpt_headline)),
      publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    })),
  }
}

/**
 * Full-text search, French stemming, accents and case folded, titles first: a title (or other
 * name) match adds 1 to the rank, so it beats any number of matches in the body. When nothing
 * matches word for word, the titles closest to the query by trigrams ("directer technique").
 */
export const searchContent = async (query: string, filters: SearchFilters = {}, page = 1): Promise<SearchPage> => {
  // A query cleaned down to nothing has no word to look for: answered here, whoever calls,
  // rather than by two statements that can only find nothing.
  if (!query.trim()) return { hits: [], total: 0, page: 1, totalPages: 0, approximate: false }
  const exact = await rankedPage(
    sql`select websearch_to_tsquery(${CONFIG}, ${query}) as query`,
    // numnode: a query of stop words only ("de la") matches nothing; say so before scanning.
    (alias) => sql`numnode(q.query) > 0 and ${sql.raw(alias)}.search @@ q.query`,
    (alias) =>
      sql`ts_rank_cd(${sql.raw(alias)}.search, q.query) + case when ts_filter(${sql.raw(alias)}.search, '{a}') @@ q.query then 1 else 0 end`,
    sql`q.query`,
    filters,
    page,
  )
  if (exact.total > 0 || page > 1) return { ...exact, page, totalPages: Math.ceil(exact.total / SEARCH_PAGE_SIZE), approximate: false }

  const fuzzy = await rankedPage(
    sql`select public.reperes_fold(${query}) as folded, websearch_to_tsquery(${CONFIG}, ${query}) as query`,
    (alias) => sql`public.reperes_fold(${sql.raw(alias)}.title) %> q.folded`,
    (alias) => sql`word_similarity(q.folded, public.reperes_fold(${sql.raw(alias)}.title))`,
    sql`q.query`,
    filters,
    1,
  )
  return { ...fuzzy, page: 1, totalPages: fuzzy.total ? 1 : 0, approximate: fuzzy.total > 0 }
}

export type Suggestion = { kind: SearchKind; title: string; slug: string }

/**
 * Search-as-you-type: up to 8 titles of published careers (first) and news whose title or
 * other names start with the words typed; trigram-closest titles when none does.
 */
export const suggestTitles = async (query: string, limit = 8): Promise<Suggestion[]> => {
  const prefix = prefixTsQuery(query)
  if (!prefix) return []
  const matching = async (table: 'careers' | 'news', count: number) =>
    read<Suggestion>(sql`
        with q as (select to_tsquery(${CONFIG}, ${prefix}) as query)
        select ${table === 'careers' ? 'career' : 'news'} as kind, title, slug from ${sql.raw(table)}, q
        where numnode(q.query) > 0 and _status = 'published' and search @@ q.query
        -- By rank, not by date alone: ordering by date lets the planner walk the date index and
        -- test every row, which is slowest exactly when few match.
        order by ts_rank(search, q.query) desc, ${table === 'careers' ? sql`title` : sql`published_at desc`}
        limit ${count}
      `)
  // Careers first; news only fill what is left (most prefixes never need them).
  const careers = await matching('careers', limit)
  const found = careers.length < limit ? [...careers, ...(await matching('news', limit - careers.length))] : careers
  if (found.length || query.length < 4) return found
  return read<Suggestion>(sql`
    with q as (select public.reperes_fold(${query}) as folded)
    select 'career' as kind, title, slug from careers, q
    where _status = 'published' and public.reperes_fold(title) %> q.folded
    order by word_similarity(q.folded, public.reperes_fold(title)) desc, title
    limit ${limit}
  `)
}
