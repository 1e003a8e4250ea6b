// The read model: every page asks for data here, by name. Queries run with the visitors'
// access rules (overrideAccess: false, no user), so a draft can never reach a public page,
// and are cached under the tags the collection hooks expire. Each loader is also wrapped in
// React's cache(): a page's metadata and its body ask for the same data at the same time, and on
// a first render (nothing in Next's cache yet) both would otherwise read PostgreSQL.
import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { sql } from '@payloadcms/db-postgres'
import { getPayload, type Where } from 'payload'
import { cache } from 'react'

import type { Career, News, OrientationQuiz, Page, Sector, User } from '@/payload-types'
import { cacheTags } from './cacheTags'
import { levelsUpTo } from './careerFilters'
import type { EducationLevel } from './fields/educationLevels'
import { isValidSlug } from './fields/slugify'
import { collectReferences, type LinkableCollection, type References, referenceKey, type ResolvedDocument } from './richText/references'
import { resolveReferences } from './richText/resolveReferences'
import { safeHref } from './richText/safeHref'
import { routes } from './routes'
import { PAGE_KINDS, type PageKind } from './pages/pageKinds'
import { slugInAddress } from './careers/comparison'
import { isTakeable } from './quiz/scoring'
import { suggestTitles } from './search/searchContent'
import { foldForMatching } from './text/foldForMatching'

const payload = () => getPayload({ config })
type Reader = { overrideAccess: false; draft?: true; user?: User }
const asVisitor: Reader = { overrideAccess: false }
const previewing = (user: User): Reader => ({ overrideAccess: false, draft: true, user })

export const NEWS_PAGE_SIZE = 10
export const CAREERS_PAGE_SIZE = 12

export type Paginated<T> = { docs: T[]; page: number; totalPages: number; totalDocs: number }

const cardFields = { title: true, slug: true, summary: true, educationLevel: true, heroImage: true, sectors: true } as const
const newsCardFields = {
  title: true,
  slug: true,
  excerpt: true,
  heroImage: true,
  publishedAt: true,
  contentUpdatedAt: true,
} as const

/** A document with what its rich text points at, resolved for visitors when it was read. */
export type WithReferences<T> = T & { references: References }

// Links, cards and images of the text, by id, at their current address (or null when
// visitors may not see them): the page renders them without asking again.
const withReferences = async <T extends { content?: unknown }>(doc: T): Promise<WithReferences<T>> => ({
  ...doc,
  references: await resolveReferences(await payload(), collectReferences(doc.content)),
})

// ---------------------------------------------------------------- careers

const loadCareer = async (slug: string, reader: Reader) => {
  const { docs } = await (await payload()).find({
    collection: 'careers',
    where: { slug: { equals: slug } },
    depth: 1,
    // Related careers and sectors are links on the page: their names and addresses only,
    // not whole sheets with their rich text.
    populate: { careers: { title: true, slug: true }, sectors: { title: true, slug: true } },
    limit: 1,
    pagination: false,
    ...reader,
  })
  return docs[0] ? withReferences(docs[0]) : null
}

/**
 * A published career sheet (sectors, related careers and image populated), or null. With a
 * `previewer` (a staff member in draft mode) the latest draft instead, read with their access
 * rights and never cached.
 */
export const getCareer = cache(async (slug: string, previewer?: User | null): Promise<WithReferences<Career> | null> => {
  if (!isValidSlug(slug)) return null
  if (previewer) return loadCareer(slug, previewing(previewer))
  return unstable_cache(() => loadCareer(slug, asVisitor), ['career', slug], {
    // Not the careers list tag: the hooks expire the pages naming a changed career themselves.
    tags: [cacheTags.career(slug), cacheTags.sectors, cacheTags.media],
  })()
})

export type CareerFilters = { sector?: Sector; level?: EducationLevel; salaryMin?: number; interest?: string; page: number }

export const listCareers = ({ sector, level, salaryMin, interest, page }: CareerFilters): Promise<Paginated<Career>> =>
  careersPage(page, sector, level, salaryMin, interest)

// One argument per filter: cache() tells calls apart by their arguments' identity.
const careersPage = cache((page: number, sector?: Sector, level?: EducationLevel, salaryMin?: number, interest?: string): Promise<Paginated<Career>> =>
  unstable_cache(
    async () => {
      const and: Where[] = []
      if (sector) and.push({ sectors: { contains: sector.id } })
      // A career without interests filled (many imported ones) is never listed as matching.
      if (interest) and.push({ interests: { in: [interest] } })
      if (level) and.push({ educationLevel: { in: levelsUpTo(level) } })
      // The whole profession's average, counted only when the page shows it (sourcedPayRanges);
      // the upper bound leaves out a NaN typed as text before figures were validated.
      if (salaryMin)
        and.push(
          { 'pay.overall.average': { greater_than_equal: salaryMin, less_than_equal: 100_000 } },
          { 'pay.overall.source': { exists: true } },
          { 'pay.overall.source': { not_equals: '' } },
          { 'pay.overall.year': { exists: true } },
        )
      const result = await (await payload()).find({
        collection: 'careers',
        where: and.length ? { and } : undefined,
        sort: 'title',
        depth: 1,
        limit: CAREERS_PAGE_SIZE,
        page,
        select: cardFields,
        ...asVisitor,
      })
      return { docs: result.docs as Career[], page, totalPages: result.totalPages, totalDocs: result.totalDocs }
    },
    ['careers', sector?.slug ?? '', level ?? '', String(salaryMin ?? ''), interest ?? '', String(page)],
    { tags: [cacheTags.careerList, cacheTags.sectors, cacheTags.media] },
  )(),
)

// ---------------------------------------------------------------- comparison

/**
 * The published careers among `slugs`, in their order, each read (and cached) as its page
 * reads it; `renamed` maps a slug that moved (a renamed career: its redirect) to the slug it
 * moved to; `unknown` lists the slugs that name no published career.
 */
export const careersToCompare = async (
  slugs: string[],
): Promise<{ careers: WithReferences<Career>[]; renamed: Record<string, string>; unknown: string[] }> => {
  const renamed: Record<string, string> = {}
  const read = await Promise.all(
    slugs.map(async (slug) => {
      const career = await getCareer(slug)
      if (career) return career
      const moved = isValidSlug(slug) ? await redirectFor(routes.career(slug)) : null
      if (moved?.document?.kind !== 'careers') return null
      renamed[slug] = moved.document.slug
      return getCareer(moved.document.slug)
    }),
  )
  // An old slug and the new one name the same career: it is compared once.
  const careers = read.filter((career, index): career is WithReferences<Career> => career !== null && read.findIndex((other) => other?.id === career.id) === index)
  return { careers, renamed, unknown: slugs.filter((_, index) => !read[index]) }
}

export type CareerChoice = { title: string; slug: string }

/**
 * The published career a visitor means by what they typed in "add a career" (a cleaned search
 * text): its slug or address (an old one followed to where the career is now), its title or
 * feminine title (case and accents aside), or the only title starting with those words.
 * Otherwise the closest titles to choose from (none when nothing comes close).
 */
export const careerNamed = async (text: string): Promise<{ career: CareerChoice } | { choices: CareerChoice[] }> => {
  const slug = slugInAddress(text)
  if (slug) {
    const { careers } = await careersToCompare([slug])
    if (careers[0]?.slug) return { career: { title: careers[0].title, slug: careers[0].slug } }
  }
  const choices = (await suggestTitles(text, 6)).filter((hit) => hit.kind === 'career').map(({ title, slug }) => ({ title, slug }))
  const typed = foldForMatching(text)
  const byTitle = choices.find((choice) => foldForMatching(choice.title) === typed)
  if (byTitle) return { career: byTitle }
  // Suggestions carry the title only; the feminine one is on the (cached) sheet.
  for (const choice of choices) {
    const feminine = (await getCareer(choice.slug))?.feminineTitle
    if (feminine && foldForMatching(feminine) === typed) return { career: choice }
  }
  return choices.length === 1 ? { career: choices[0]! } : { choices }
}

// ---------------------------------------------------------------- A–Z index

/** The index's initials: the 26 letters, then "autres" for titles starting with a digit or a sign. */
export const INITIALS = [...'abcdefghijklmnopqrstuvwxyz', 'autres'] as const
export type Initial = (typeof INITIALS)[number]
export const isInitial = (value: string): value is Initial => (INITIALS as readonly string[]).includes(value)

// A title's initial as a reader looks it up: accents and ligatures folded by PostgreSQL's
// unaccent ("Élagueur" under E, "Œnologue" under O), anything but a letter under "autres".
const initialSql = sql`case when lower(left(unaccent(title), 1)) between 'a' and 'z' then lower(left(unaccent(title), 1)) else 'autres' end`

/** How many published careers each initial has (initials without any are absent). */
export const careerInitials = cache((): Promise<Record<string, number>> =>
  unstable_cache(
    async () => {
      const { rows } = await (await payload()).db.drizzle.execute<{ initial: string; count: string | number }>(
        sql`select ${initialSql} as initial, count(*) as count from careers where _status = 'published' group by 1`,
      )
      return Object.fromEntries(rows.map((row) => [row.initial, Number(row.count)]))
    },
    ['career-initials'],
    { tags: [cacheTags.careerList] },
  )(),
)

/** How many published careers each interest has (interests without any are absent). */
export const interestCounts = cache((): Promise<Record<string, number>> =>
  unstable_cache(
    async () => {
      const { rows } = await (await payload()).db.drizzle.execute<{ value: string; count: string | number }>(
        sql`select i.value, count(distinct c.id) as count from careers_interests i join careers c on c.id = i.parent_id
            where c._status = 'published' group by 1`,
      )
      return Object.fromEntries(rows.map((row) => [row.value, Number(row.count)]))
    },
    ['career-interests'],
    { tags: [cacheTags.careerList] },
  )(),
)

export type IndexedCareer = { title: string; feminineTitle: string | null; slug: string }

/** The published careers of one initial, in French alphabetical order: titles and addresses only. */
export const careersByInitial = cache((initial: Initial): Promise<IndexedCareer[]> =>
  unstable_cache(
    async () => {
      const { rows } = await (await payload()).db.drizzle.execute<{ title: string; feminine_title: string | null; slug: string }>(
        sql`select title, feminine_title, slug from careers
            where _status = 'published' and slug is not null and ${initialSql} = ${initial}`,
      )
      const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true })
      return rows
        .map((row) => ({ title: row.title, feminineTitle: row.feminine_title, slug: row.slug }))
        .sort((a, b) => collator.compare(a.title, b.title))
    },
    ['careers-by-initial', initial],
    { tags: [cacheTags.careerList] },
  )(),
)

export const latestCareers = cache((limit: number): Promise<Career[]> =>
  unstable_cache(
    async () =>
      (
        await (await payload()).find({
          collection: 'careers',
          sort: '-publishedAt',
          depth: 1,
          limit,
          pagination: false,
          select: cardFields,
          ...asVisitor,
        })
      ).docs as Career[],
    ['latest-careers', String(limit)],
    { tags: [cacheTags.careerList, cacheTags.media] },
  )(),
)

// ---------------------------------------------------------------- sectors

export type SectorWithCount = Sector & { careerCount: number; newsCount: number }

/** Every sector with the number of published careers in it. */
/**
 * Every sector with its published careers and posts counted, in French alphabetical order: one
 * query, however many sectors (an ONISEP import creates a few dozen). Sectors an import created
 * and nothing published fills yet are for `withContent`/`withCareers` to leave out.
 */
export const listSectors = cache((): Promise<SectorWithCount[]> =>
  unstable_cache(
    async () => {
      const { rows } = await (await payload()).db.drizzle.execute<{
        id: number
        title: string
        slug: string | null
        description: string | null
        updated_at: Date | string
        created_at: Date | string
        career_count: string | number
        news_count: string | number
      }>(sql`
        select s.id, s.title, s.slug, s.description, s.updated_at, s.created_at,
          (select count(distinct c.id) from careers c join careers_rels r on r.parent_id = c.id and r.path = 'sectors'
             where r.sectors_id = s.id and c._status = 'published') as career_count,
          (select count(distinct n.id) from news n join news_rels r on r.parent_id = n.id and r.path = 'sectors'
             where r.sectors_id = s.id and n._status = 'published') as news_count
        from sectors s`)
      const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true })
      return rows
        .map((row) => ({
          id: Number(row.id),
          title: row.title,
          slug: row.slug,
          description: row.description,
          updatedAt: new Date(row.updated_at).toISOString(),
          createdAt: new Date(row.created_at).toISOString(),
          careerCount: Number(row.career_count),
          newsCount: Number(row.news_count),
        }))
        .sort((a, b) => collator.compare(a.title, b.title))
    },
    ['sectors-counted'],
    { tags: [cacheTags.sectors, cacheTags.careerList, cacheTags.newsList] },
  )(),
)

/** Sectors a visitor can open: with at least one published career or post. */
export const withContent = (sectors: SectorWithCount[]) => sectors.filter((sector) => sector.careerCount + sector.newsCount > 0)
/** Sectors worth offering as a career filter or chip: with at least one published career. */
export const withCareers = (sectors: SectorWithCount[]) => sectors.filter((sector) => sector.careerCount > 0)

export const getSector = async (slug: string): Promise<Sector | null> => {
  if (!isValidSlug(slug)) return null
  // A sector nothing published fills yet (created by an import) has no page.
  return withContent(await listSectors()).find((sector) => sector.slug === slug) ?? null
}

// ---------------------------------------------------------------- news

/** Published news, newest first; `page` is 1-based and out-of-range pages come back empty. */
export const listNews = cache((page: number, sector?: Sector): Promise<Paginated<News>> =>
  unstable_cache(
    async () => {
      const result = await (await payload()).find({
        collection: 'news',
        where: sector ? { sectors: { contains: sector.id } } : undefined,
        sort: ['-publishedAt', '-id'],
        depth: 1,
        limit: NEWS_PAGE_SIZE,
        page,
        select: newsCardFields,
        ...asVisitor,
      })
      return { docs: result.docs as News[], page, totalPages: result.totalPages, totalDocs: result.totalDocs }
    },
    ['news-list', sector?.slug ?? '', String(page)],
    { tags: [cacheTags.newsList, cacheTags.media] },
  )(),
)

/**
 * The news beside a career sheet: posts linked to this career first, then posts of its
 * sectors, newest first; nothing else (an unrelated story beside a career misleads more than
 * an empty column, which the page fills with useful links).
 */
export const newsForCareer = (careerId: number, sectorIds: number[], limit: number): Promise<News[]> =>
  relatedNews(careerId, [...sectorIds].sort((a, b) => a - b).join(','), limit)

// Sector ids as one sorted string: cache() tells calls apart by their arguments' identity.
const relatedNews = cache((careerId: number, sectorKey: string, limit: number): Promise<News[]> =>
  unstable_cache(
    async () => {
      const client = await payload()
      const find = (where: Where, count: number) =>
        client.find({
          collection: 'news',
          where,
          sort: ['-publishedAt', '-id'],
          depth: 0,
          limit: count,
          pagination: false,
          select: { title: true, slug: true, publishedAt: true, contentUpdatedAt: true },
          ...asVisitor,
        })
      const sectorIds = sectorKey ? sectorKey.split(',').map(Number) : []
      const linked = (await find({ relatedCareers: { contains: careerId } }, limit)).docs
      // Never ask for 0: Payload reads `limit: 0` as "no limit" (every post of the site).
      if (linked.length >= limit || !sectorIds.length) return linked as News[]
      const ofSectors = (await find({ and: [{ sectors: { in: sectorIds } }, { id: { not_in: linked.map((post) => post.id) } }] }, limit - linked.length)).docs
      return [...linked, ...ofSectors] as News[]
    },
    ['news-for-career', String(careerId), sectorKey, String(limit)],
    { tags: [cacheTags.newsList] },
  )(),
)

export type NewsPost = { post: WithReferences<News>; previous: News | null; next: News | null }

const loadNewsPost = async (slug: string, reader: Reader): Promise<NewsPost | null> => {
  const client = await payload()
  const { docs } = await client.find({
    collection: 'news',
    where: { slug: { equals: slug } },
    depth: 2,
    // Related careers are links: names and addresses, not whole sheets.
    populate: { careers: { title: true, slug: true } },
    limit: 1,
    pagination: false,
    ...reader,
  })
  const found = docs[0]
  // A post never published has no place in the sequence yet (only a previewer sees it).
  if (!found || (!found.publishedAt && !reader.draft)) return null
  const post = await withReferences(found)
  if (!post.publishedAt) return { post, previous: null, next: null }
  const publishedAt = post.publishedAt
  const neighbour = async (direction: 'previous' | 'next') =>
    (
      await client.find({
        collection: 'news',
        where: { publishedAt: direction === 'previous' ? { less_than: publishedAt } : { greater_than: publishedAt } },
        sort: direction === 'previous' ? '-publishedAt' : 'publishedAt',
        depth: 0,
        limit: 1,
        pagination: false,
        select: { title: true, slug: true },
        ...asVisitor,
      })
    ).docs[0] as News | undefined
  return { post, previous: (await neighbour('previous')) ?? null, next: (await neighbour('next')) ?? null }
}

/**
 * A published post with its neighbours in publication order (older = previous). With a
 * `previewer`, the latest draft, uncached.
 */
export const getNewsPost = cache(async (slug: string, previewer?: User | null): Promise<NewsPost | null> => {
  if (!isValidSlug(slug)) return null
  if (previewer) return loadNewsPost(slug, previewing(previewer))
  return unstable_cache(() => loadNewsPost(slug, asVisitor), ['news-post', slug], {
    // Neither list tag: the hooks expire a post's neighbours and the posts naming a career.
    tags: [cacheTags.newsPost(slug), cacheTags.newsPosts, cacheTags.media],
  })()
})

// ---------------------------------------------------------------- orientation quiz

/**
 * The quiz as published (questions, answers, points), when visitors can take it (isTakeable);
 * else null: never published, unpublished, or too few questions.
 */
export const getQuiz = cache((): Promise<OrientationQuiz | null> =>
  unstable_cache(
    async () => {
      const quiz = await (await payload()).findGlobal({ slug: 'orientation-quiz', depth: 0, ...asVisitor })
      // A visitor reading an unpublished global gets an empty object (payload/globals findOne).
      return quiz && isTakeable(quiz.questions) ? quiz : null
    },
    ['quiz'],
    { tags: [cacheTags.quiz] },
  )(),
)

/** A published career as the quiz ranks and lists it. */
export type QuizCareer = { id: number; title: string; slug: string; summary: string; educationLevel: EducationLevel | null; interests: string[] }

/**
 * What a quiz result ranks: the published careers whose sheet lists interests (the others
 * cannot be ranked, and are counted apart), and how many careers are published in all.
 */
export const quizCareers = cache((): Promise<{ rankable: QuizCareer[]; published: number }> =>
  unstable_cache(
    async () => {
      const db = (await payload()).db.drizzle
      const [{ rows }, { rows: total }] = await Promise.all([
        db.execute<{ id: number; title: string; slug: string; summary: string | null; education_level: EducationLevel | null; interests: string[] }>(
          sql`select c.id, c.title, c.slug, c.summary, c.education_level, array_agg(distinct i.value::text) as interests
              from careers c join careers_interests i on i.parent_id = c.id
              where c._status = 'published' and c.slug is not null group by c.id`,
        ),
        db.execute<{ count: string | number }>(sql`select count(*) as count from careers where _status = 'published' and slug is not null`),
      ])
      const rankable = rows.map((row) => ({
        id: Number(row.id),
        title: row.title,
        slug: row.slug,
        summary: row.summary ?? '',
        educationLevel: row.education_level,
        interests: row.interests,
      }))
      return { rankable, published: Number(total[0]?.count ?? 0) }
    },
    ['quiz-careers'],
    { tags: [cacheTags.careerList] },
  )(),
)

// ---------------------------------------------------------------- the site's own pages

export type PageLink = { kind: PageKind; title: string; conformity: string | null; contentUpdatedAt: string | null; publishedAt: string | null }

/** The published pages among the site's own (à propos, mentions légales…), in PAGE_KINDS order: the footer's links. */
export const publishedPages = cache((): Promise<PageLink[]> =>
  unstable_cache(
    async () => {
      const { docs } = await (await payload()).find({
        collection: 'pages',
        select: { kind: true, title: true, accessibility: { conformity: true }, contentUpdatedAt: true, publishedAt: true },
        limit: PAGE_KINDS.length,
        pagination: false,
        ...asVisitor,
      })
      const order = PAGE_KINDS.map((kind) => kind.value as string)
      return docs
        .map((doc) => ({
          kind: doc.kind,
          title: doc.title,
          conformity: doc.accessibility?.conformity ?? null,
          contentUpdatedAt: doc.contentUpdatedAt ?? null,
          publishedAt: doc.publishedAt ?? null,
        }))
        .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    },
    ['pages'],
    { tags: [cacheTags.pages] },
  )(),
)

/**
 * One of the site's own pages, published, with what its text links to; or null. Its links are
 * resolved when it is read: any career or post published, renamed or withdrawn expires it too
 * (six pages, rarely read: cheaper than an index of what each links to).
 */
export const getPage = cache((kind: PageKind): Promise<WithReferences<Page> | null> =>
  unstable_cache(
    async () => {
      const { docs } = await (await payload()).find({ collection: 'pages', where: { kind: { equals: kind } }, limit: 1, pagination: false, ...asVisitor })
      return docs[0] ? withReferences(docs[0]) : null
    },
    ['page', kind],
    { tags: [cacheTags.pages, cacheTags.media, cacheTags.careerList, cacheTags.newsList] },
  )(),
)

// ---------------------------------------------------------------- old addresses

/** Where an old address leads now: a published document, or an address an editor typed. */
export type RedirectTarget = { path: string; document: ResolvedDocument | null }

// Every redirect, resolved by document id to where the document is now: one cache entry for
// the whole (small) table, expired when an address changes, rather than one per address asked.
const redirectTable = (): Promise<Record<string, RedirectTarget>> =>
  unstable_cache(
    async () => {
      const client = await payload()
      // Visitors may not list redirects (they reveal withdrawn pages); the site reads them whole.
      const { docs } = await client.find({ collection: 'redirects', depth: 0, limit: 0, pagination: false })
      const reference = (doc: (typeof docs)[number]) => {
        const value = doc.to?.reference as { relationTo?: LinkableCollection; value?: unknown } | null | undefined
        return value?.relationTo && typeof value.value === 'number' ? { relationTo: value.relationTo, id: value.value } : null
      }
      const resolved = await resolveReferences(client, docs.flatMap((doc) => reference(doc) ?? []))
      const table: Record<string, RedirectTarget> = {}
      for (const doc of docs) {
        const target = reference(doc)
        if (doc.to?.type === 'custom') {
          const href = safeHref(doc.to.url)
          if (href && href !== doc.from) table[doc.from] = { path: href, document: null }
        } else if (target) {
          const document = resolved[referenceKey(target.relationTo, target.id)]
          if (document && document.kind !== 'media' && document.path !== doc.from) table[doc.from] = { path: document.path, document }
        }
      }
      return table
    },
    ['redirects'],
    { tags: [cacheTags.redirects] },
  )()

/**
 * The redirect recorded for a page address that no longer shows a document (a rename, or an
 * editor's entry in Redirections), resolved to where the document is now; null when there is
 * none or its target is not published. Pages call it only before a 404, so a document at that
 * address always wins.
 */
export const redirectFor = async (path: string): Promise<RedirectTarget | null> => (await redirectTable())[path] ?? null

// ---------------------------------------------------------------- sitemap

export type SitemapEntry = { path: string; lastModified?: string }

type Dated = { slug?: string | null; publishedAt?: string | null; contentUpdatedAt?: string | null }

/** "MAJ le" as visitors read it (publication when never updated). */
const visibleUpdate = (doc: Dated) => doc.contentUpdatedAt ?? doc.publishedAt ?? undefined

const latest = (dates: (string | undefined)[]) =>
  dates.reduce<string | undefined>((max, date) => (date && (!max || date > max) ? date : max), undefined)

/** The latest "MAJ le" of the published careers and posts of each sector, counted by PostgreSQL. */
const latestUpdateBySector = async (): Promise<Map<number, string>> => {
  const { rows } = await (await payload()).db.drizzle.execute<{ sector: number; updated: Date | string }>(sql`
    select sector, max(updated) as updated from (
      select r.sectors_id as sector, coalesce(d.content_updated_at, d.published_at) as updated
        from careers d join careers_rels r on r.parent_id = d.id and r.path = 'sectors'
        where d._status = 'published'
      union all
      select r.sectors_id, coalesce(d.content_updated_at, d.published_at)
        from news d join news_rels r on r.parent_id = d.id and r.path = 'sectors'
        where d._status = 'published'
    ) dated where updated is not null group by sector`)
  return new Map(rows.map((row) => [Number(row.sector), new Date(row.updated).toISOString()]))
}

/**
 * Every published page with its `lastmod`: a career's or a post's is its "MAJ le" (the same
 * instant the page, the feeds and JSON-LD show; never `updatedAt`, which moves with changes
 * visitors cannot see); a page without one (home, lists, a sector) takes the latest "MAJ le"
 * among what it lists (and a sector, its own last change).
 */
export const sitemapEntries = async (): Promise<SitemapEntry[]> => {
  // The sitemap is cached whole, as a document (app/(frontend)/plan-du-site); its entries alone
  // are over the data cache's 2 MB with 20 000 posts, so they are not kept there. A call that
  // keeps nothing still gives the document the tags that expire it.
  await unstable_cache(async () => true, ['sitemap-tags'], { tags: [cacheTags.careerList, cacheTags.newsList, cacheTags.sectors, cacheTags.pages, cacheTags.quiz] })()
  const client = await payload()
  // Every published career and post, read by PostgreSQL as three columns: through the Local
  // API, 20 000 posts held ~100 MB of documents at once, enough to exhaust the server's heap.
  // `_status = 'published'` is what visitors may read (access/publishedOrStaff.ts). Latest
  // first: the warm-up after a deploy renders the first entries (scripts/warmPages.ts).
  const all = async (table: 'careers' | 'news') =>
    (
      await client.db.drizzle.execute<{ slug: string | null; published_at: Date | string | null; content_updated_at: Date | string | null }>(
        sql`select slug, published_at, content_updated_at from ${sql.identifier(table)} where _status = 'published'
            order by coalesce(content_updated_at, published_at) desc nulls last, id desc`,
      )
    ).rows.map(
      (row): Dated => ({
        slug: row.slug,
        publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
        contentUpdatedAt: row.content_updated_at ? new Date(row.content_updated_at).toISOString() : null,
      }),
    )
  const [careers, news, sectors, bySector, pages, quiz] = await Promise.all([
    all('careers'),
    all('news'),
    listSectors().then(withContent),
    latestUpdateBySector(),
    publishedPages(),
    getQuiz(),
  ])
  const entry = (path: string, lastModified: string | undefined): SitemapEntry => (lastModified ? { path, lastModified } : { path })
  return [
    entry(routes.home(), latest([...careers, ...news].map(visibleUpdate))),
    entry(routes.careers(), latest(careers.map(visibleUpdate))),
    entry(routes.newsList(), latest(news.map(visibleUpdate))),
    ...careers.filter((doc) => doc.slug).map((doc) => entry(routes.career(doc.slug!), visibleUpdate(doc))),
    ...news.filter((doc) => doc.slug).map((doc) => entry(routes.newsPost(doc.slug!), visibleUpdate(doc))),
    // A sector's own name and presentation show on its page too.
    ...sectors.filter((sector) => sector.slug).map((sector) => entry(routes.sector(sector.slug!), latest([bySector.get(sector.id), sector.updatedAt]))),
    ...pages.map((page) => entry(routes.page(page.kind), visibleUpdate(page))),
    ...(quiz ? [entry(routes.quiz(), quiz.updatedAt ?? undefined)] : []),
  ]
}
