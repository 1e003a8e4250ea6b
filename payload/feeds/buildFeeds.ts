// Pure feed building: plain entries in, RSS 2.0 / Atom 1.0 / JSON Feed 1.1 documents out.
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith'

import { withoutForbiddenCharacters } from '@/payload/text/forbiddenCharacters'

import { escapeHtml } from './escapeHtml'

export type FeedEntry = {
  /** Derived from the document's immutable id, never its slug or title. */
  id: string
  title: string
  url: string
  summary: string
  contentHtml: string
  /** ISO instants: publication ("Publication le") and visible update ("MAJ le"). */
  published: string
  updated: string
  authors: string[]
  categories: { term: string; label: string }[]
  image?: { url: string; type: string; length: number }
}

export type FeedChannel = {
  id: string
  title: string
  description: string
  homeUrl: string
  urls: { rss: string; atom: string; json: string }
  logoUrl: string
  /** When this document was built; also Atom's feed-level `updated`. */
  builtAt: string
}

export type FeedFormat = 'rss' | 'atom' | 'json'

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

/** Readers are told to poll every 30 minutes; on-demand revalidation keeps the origin fresh. */
const TTL_MINUTES = 30

export const buildRss = (channel: FeedChannel, entries: FeedEntry[]): string =>
  generateRssFeed({
    title: channel.title,
    link: channel.homeUrl,
    description: channel.description,
    language: 'fr',
    lastBuildDate: new Date(channel.builtAt),
    ttl: TTL_MINUTES,
    image: { url: channel.logoUrl, title: channel.title, link: channel.homeUrl },
    atom: { links: [{ href: channel.urls.rss, rel: 'self', type: 'application/rss+xml' }] },
    items: entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      // Readers render an RSS description as HTML; the summary is plain text.
      description: escapeHtml(entry.summary),
      guid: { value: entry.id, isPermaLink: false },
      pubDate: new Date(entry.published),
      // RSS's <author> wants an e-mail address; a name goes in dc:creator.
      dc: entry.authors.length ? { creators: entry.authors } : undefined,
      categories: entry.categories.map((category) => ({ name: category.label })),
      content: { encoded: entry.contentHtml },
      enclosures: entry.image ? [entry.image] : undefined,
    })),
  })

export const buildAtom = (channel: FeedChannel, entries: FeedEntry[]): string =>
  generateAtomFeed({
    id: channel.id,
    title: { value: channel.title },
    subtitle: { value: channel.description },
    updated: new Date(channel.builtAt),
    logo: channel.logoUrl,
    authors: [{ name: 'Repères', uri: channel.homeUrl }],
    links: [
      { href: channel.urls.atom, rel: 'self', type: 'application/atom+xml' },
      { href: channel.homeUrl, rel: 'alternate', type: 'text/html' },
    ],
    entries: entries.map((entry) => ({
      id: entry.id,
      title: { value: entry.title },
      summary: { value: entry.summary },
      content: { value: entry.contentHtml, type: 'html' },
      published: new Date(entry.published),
      updated: new Date(entry.updated),
      links: [
        { href: entry.url, rel: 'alternate', type: 'text/html' },
        ...(entry.image ? [{ href: entry.image.url, rel: 'enclosure', type: entry.image.type, length: entry.image.length }] : []),
      ],
      authors: entry.authors.map((name) => ({ name })),
      categories: entry.categories.map((category) => ({ term: category.term, label: category.label })),
    })),
  })

export const buildJson = (channel: FeedChannel, entries: FeedEntry[]): string =>
  JSON.stringify(
    generateJsonFeed({
      title: channel.title,
      home_page_url: channel.homeUrl,
      feed_url: channel.urls.json,
      description: channel.description,
      icon: channel.logoUrl,
      language: 'fr',
      items: entries.map((entry) => ({
        id: entry.id,
        url: entry.url,
        title: entry.title,
        summary: entry.summary,
        content_html: entry.contentHtml,
        date_published: new Date(entry.published),
        date_modified: new Date(entry.updated),
        authors: entry.authors.map((name) => ({ name })),
        tags: entry.categories.map((category) => category.label),
        ...(entry.image ? { image: entry.image.url } : {}),
      })),
    }),
  )

// Text is cleaned where it enters, but a feed must stay well-formed whatever the database
// holds (rows written before the cleaning, a restore, a script): every string once more.
const clean = <T>(value: T): T => {
  if (typeof value === 'string') return withoutForbiddenCharacters(value) as T
  if (Array.isArray(value)) return value.map(clean) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, clean(inner)])) as T
  return value
}

export const buildFeed = (format: FeedFormat, channel: FeedChannel, entries: FeedEntry[]): string =>
  ({ rss: buildRss, atom: buildAtom, json: buildJson })[format](clean(channel), clean(entries))
