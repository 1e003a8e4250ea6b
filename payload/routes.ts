// The one place that knows the public URLs: pages, feeds, sitemap, JSON-LD and hooks use it.

export const routes = {
  home: () => '/',
  careers: () => '/metiers',
  career: (slug: string) => `/metiers/${encodeURIComponent(slug)}`,
  newsList: () => '/actualites',
  newsPost: (slug: string) => `/actualites/${encodeURIComponent(slug)}`,
  sector: (slug: string) => `/secteurs/${encodeURIComponent(slug)}`,
  admin: () => '/admin',
} as const

/** Absolute base URL: SITE_URL when set, else the local server on PORT. No trailing slash. */
export const siteUrl = (): string =>
  (process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

export const absoluteUrl = (path: string): string => new URL(path, `${siteUrl()}/`).toString()
