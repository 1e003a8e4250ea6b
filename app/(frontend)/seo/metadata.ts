import type { Metadata } from 'next'

import { absoluteUrl, routes } from '@/payload/routes'
import { SITE_NAME } from './jsonLd'
import { DEFAULT_SHARING_CARD } from './sharingCard'

type FeedLinks = NonNullable<NonNullable<Metadata['alternates']>['types']>

/** Autodiscovery links: the news feeds on every page, plus a sector's own on its page. */
export const feedAlternates = (sector?: { slug: string; title: string }): FeedLinks => {
  const links = (scope: Parameters<typeof routes.feed>[0], label: string) => ({
    'application/rss+xml': [{ url: absoluteUrl(routes.feed(scope, 'rss')), title: `${label} (RSS)` }],
    'application/atom+xml': [{ url: absoluteUrl(routes.feed(scope, 'atom')), title: `${label} (Atom)` }],
    'application/feed+json': [{ url: absoluteUrl(routes.feed(scope, 'json')), title: `${label} (JSON Feed)` }],
  })
  const news = links('news', 'Repères — actualités')
  if (!sector) return news
  const own = links({ sector: sector.slug }, `Repères — actualités ${sector.title}`)
  return Object.fromEntries(
    Object.entries(news).map(([type, list]) => [type, [...own[type as keyof typeof own], ...list]]),
  ) as FeedLinks
}

type PageMeta = {
  title: string
  /** The title is whole (an SEO title): no " — Repères" after it. */
  absoluteTitle?: boolean
  description: string
  path: string
  image?: string
  type?: 'website' | 'article'
  publishedTime?: string | null
  modifiedTime?: string | null
  feeds?: FeedLinks
}

/** Title, description, canonical, Open Graph and Twitter tags for one page, all absolute. */
export const pageMetadata = ({ title, absoluteTitle = false, description, path, image, type = 'website', publishedTime, modifiedTime, feeds }: PageMeta): Metadata => {
  const url = absoluteUrl(path)
  const { path: cardPath, ...card } = DEFAULT_SHARING_CARD
  // A page without an image of its own is shared with the site's card.
  const images = image ? [{ url: image, width: 1200, height: 630 }] : [{ url: absoluteUrl(cardPath), ...card }]
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    // A page's `alternates` replaces the layout's, so the feed links are repeated here.
    alternates: { canonical: url, types: feeds ?? feedAlternates() },
    openGraph: {
      title,
      description,
      url,
      siteName: SITE_NAME,
      locale: 'fr_FR',
      type,
      images,
      ...(type === 'article' && publishedTime ? { publishedTime } : {}),
      ...(type === 'article' && modifiedTime ? { modifiedTime } : {}),
    },
    twitter: { card: 'summary_large_image', title, description, images: [images[0]!.url] },
  }
}
