// The one place that knows the public URLs: pages, feeds, sitemap, JSON-LD and hooks use it.

export const routes = {
  home: () => '/',
  careers: (filters: { secteur?: string; niveau?: string; page?: number } = {}) => {
    const query = new URLSearchParams()
    if (filters.secteur) query.set('secteur', filters.secteur)
    if (filters.niveau) query.set('niveau', filters.niveau)
    if (filters.page && filters.page > 1) query.set('page', String(filters.page))
    const search = query.toString()
    return search ? `/metiers?${search}` : '/metiers'
  },
  career: (slug: string) => `/metiers/${encodeURIComponent(slug)}`,
  newsList: (page = 1) => (page > 1 ? `/actualites?page=${page}` : '/actualites'),
  newsPost: (slug: string) => `/actualites/${encodeURIComponent(slug)}`,
  sector: (slug: string) => `/secteurs/${encodeURIComponent(slug)}`,
  search: (q?: string) => (q ? `/recherche?q=${encodeURIComponent(q)}` : '/recherche'),
  sitemap: () => '/sitemap.xml',
  subscribe: () => '/abonnement',
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
