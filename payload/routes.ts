// The one place that knows the public URLs: pages, feeds, sitemap, JSON-LD and hooks use it.
import { PAGE_KINDS, type PageKind } from './pages/pageKinds'

/** `path?a=1&b=2`, leaving out empty values and page 1; spaces as %20, as browsers type them. */
const withQuery = (path: string, params: Record<string, string | number | undefined>) => {
  const query = Object.entries(params)
    .filter(([key, value]) => value !== undefined && value !== '' && !(key === 'page' && Number(value) <= 1))
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&')
  return query ? `${path}?${query}` : path
}

/** Page 1 of a list at its own address, the next ones under `/page/N` (cached like any page). */
const listPage = (path: string, page: number) => (page > 1 ? `${path}/page/${page}` : path)

/** The first segment of each collection's public pages (next.config.mjs repeats them in its rewrite). */
export const COLLECTION_SECTIONS = { careers: 'metiers', news: 'actualites', sectors: 'secteurs' } as const

export const routes = {
  home: () => '/',
  /**
   * The careers list. Unfiltered, its pages have addresses of their own (`/metiers/page/2`),
   * served from cache; filtered views keep their page in the query (`/metiers?secteur=sante&page=2`).
   */
  careers: ({ page = 1, ...filters }: { secteur?: string; niveau?: string; salaire?: number; interet?: string; page?: number } = {}) =>
    Object.values(filters).some((value) => value !== undefined && value !== '')
      ? withQuery('/metiers', { ...filters, page })
      : listPage('/metiers', page),
  career: (slug: string) => `/${COLLECTION_SECTIONS.careers}/${encodeURIComponent(slug)}`,
  /** The A–Z index's page of one initial ("a" … "z", or "autres" for titles starting otherwise). */
  careersByInitial: (initial: string) => `/metiers/lettre/${initial}`,
  newsList: (page = 1) => listPage('/actualites', page),
  newsPost: (slug: string) => `/${COLLECTION_SECTIONS.news}/${encodeURIComponent(slug)}`,
  /** A career sheet or a post, from search results, suggestions and previews. */
  document: (kind: 'career' | 'news', slug: string) => (kind === 'career' ? routes.career(slug) : routes.newsPost(slug)),
  /**
   * Two or three careers side by side. Slugs sorted and deduplicated, so one set of careers has
   * one address whoever built it; commas left as typed (readable when shared).
   */
  compare: (slugs: string[] = []) =>
    slugs.length ? `/comparer?metiers=${[...new Set(slugs)].sort().map(encodeURIComponent).join(',')}` : '/comparer',
  /** The orientation quiz: its questions, one form. */
  quiz: () => '/orientation',
  /**
   * A quiz result: the interests the answers revealed, with their points
   * (`interets=aider-les-autres.3,sante-soin.2`, payload/quiz/scoring.ts). The answers are not in
   * it, so a shared result keeps its meaning when editors reword the questions.
   */
  quizResult: (profile?: string) => (profile === undefined ? '/orientation/resultat' : `/orientation/resultat?interets=${profile}`),
  /** One of the site's own pages (payload/pages/pageKinds.ts): "/a-propos", "/accessibilite"… */
  page: (kind: PageKind) => `/${PAGE_KINDS.find((each) => each.value === kind)!.path}`,
  sector: (slug: string) => `/${COLLECTION_SECTIONS.sectors}/${encodeURIComponent(slug)}`,
  /** The page of a document of a collection with public pages (links, redirects, cards). */
  ofCollection: (collection: keyof typeof COLLECTION_SECTIONS, slug: string) =>
    `/${COLLECTION_SECTIONS[collection]}/${encodeURIComponent(slug)}`,
  search: (q?: string, filters: { type?: string; secteur?: string; niveau?: string; salaire?: number; page?: number } = {}) =>
    withQuery('/recherche', { q, ...filters }),
  suggestions: (q: string) => withQuery('/recherche/suggestions', { q }),
  sitemap: () => '/sitemap.xml',
  /** The image shared for pages without one of their own. */
  sharingCard: () => '/carte-de-partage.png',
  subscribe: () => '/abonnement',
  /** The e-mail subscription's steps and form targets (next.config.mjs lets them through its /abonnement redirect). */
  subscription: {
    signUp: '/abonnement/inscription',
    sent: '/abonnement/envoye',
    confirm: '/abonnement/confirmation',
    confirmNow: '/abonnement/confirmation/valider',
    confirmed: '/abonnement/confirme',
    unsubscribe: '/abonnement/desinscription',
    unsubscribeNow: '/abonnement/desinscription/valider',
    unsubscribed: '/abonnement/desabonne',
  },
  /** The admin's pages that account mails link to (Payload's routes). */
  admin: { forgotPassword: () => '/admin/forgot', resetPassword: (token: string) => `/admin/reset/${encodeURIComponent(token)}` },
  preview: () => '/apercu',
  exitPreview: (back: string) => `/apercu/quitter?retour=${encodeURIComponent(back)}`,
  /** News feeds at the root, careers under /metiers, a sector's under its page. */
  feed: (scope: 'news' | 'careers' | { sector: string }, format: 'rss' | 'atom' | 'json') => {
    const file = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' }[format]
    if (scope === 'news') return `/${file}`
    if (scope === 'careers') return `/metiers/${file}`
    return `/secteurs/${encodeURIComponent(scope.sector)}/${file}`
  },
} as const

/** Absolute base URL: SITE_URL when set, else the local server on PORT. No trailing slash. */
export const siteUrl = (): string =>
  (process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

export const absoluteUrl = (path: string): string => new URL(path, `${siteUrl()}/`).toString()
