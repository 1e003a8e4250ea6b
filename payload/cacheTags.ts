// Cache tags shared by the read model (payload/queries.ts) and the revalidation hooks.
export const cacheTags = {
  careerList: 'careers:list',
  career: (slug: string) => `career:${slug}`,
  newsList: 'news:list',
  newsPost: (slug: string) => `news:${slug}`,
  /** Every post's page at once (an author's new signature). */
  newsPosts: 'news:posts',
  sectors: 'sectors',
  /**
   * A sector's page and feeds. Next's copies are expired by the list tags already; this one names
   * them for the reverse proxy, whose copies a publish refreshes by address (proxy/proxyPaths.ts).
   */
  sectorPage: (slug: string) => `sector:${slug}`,
  media: 'media',
  /** Feed documents whose items carry full content (and so every link in it). */
  newsFeeds: 'news:feeds',
  careerFeeds: 'careers:feeds',
  /** The site's own pages (à propos, mentions légales…), and the footer of every page listing them. */
  pages: 'pages',
  /** The orientation quiz's questions (its page and its results). */
  quiz: 'quiz',
  /** Look-ups of old addresses (payload/queries.ts redirectFor). */
  redirects: 'redirects',
} as const
