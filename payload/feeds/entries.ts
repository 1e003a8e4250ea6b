import type { Career, Media, News, Sector } from '@/payload-types'
import { NEWSROOM } from '@/payload/bylines/byline'
import { absoluteUrl, routes } from '@/payload/routes'
import { richTextHtml } from '@/payload/richText/toHtml'
import type { References } from '@/payload/richText/references'

import type { FeedEntry } from './buildFeeds'
import { escapeHtml } from './escapeHtml'

const categories = (sectors: (number | Sector)[] | null | undefined) =>
  (sectors ?? [])
    .filter((sector): sector is Sector => typeof sector === 'object' && Boolean(sector.slug))
    .map((sector) => ({ term: sector.slug!, label: sector.title }))

/** The Open Graph rendition (1200×630 JPEG) as the item's image, with its byte length. */
const image = (value: number | Media | null | undefined): FeedEntry['image'] => {
  if (!value || typeof value !== 'object') return undefined
  const og = value.sizes?.og
  const url = og?.url ?? value.url
  if (!url) return undefined
  return {
    url: absoluteUrl(url),
    type: (og?.url ? og.mimeType : value.mimeType) ?? 'image/jpeg',
    length: (og?.url ? og.filesize : value.filesize) ?? 0,
  }
}

/** A post as a feed item; `references` resolves its links, cards and images (by id). */
export const newsEntry = (post: News, references: References): FeedEntry => {
  const published = post.publishedAt ?? post.createdAt
  return {
    id: `urn:reperes:news:${post.id}`,
    title: post.title,
    url: absoluteUrl(routes.newsPost(post.slug ?? '')),
    summary: post.excerpt,
    contentHtml: richTextHtml(post.content, references, routes.newsPost(post.slug ?? '')),
    published,
    updated: post.contentUpdatedAt ?? published,
    authors: [post.byline || NEWSROOM],
    categories: categories(post.sectors),
    image: image(post.heroImage),
  }
}

/** A career sheet as a feed item: its summary, key facts and long form. */
export const careerEntry = (career: Career, references: References): FeedEntry => {
  const published = career.publishedAt ?? career.createdAt
  const list = (title: string, items: string[]) =>
    items.length ? `<h2>${title}</h2><ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : ''
  return {
    id: `urn:reperes:career:${career.id}`,
    title: career.title,
    url: absoluteUrl(routes.career(career.slug ?? '')),
    summary: career.summary,
    contentHtml: [
      `<p>${escapeHtml(career.summary)}</p>`,
      list('Profil de compétences', (career.skills ?? []).map((item) => item.skill)),
      list('Activités et missions', (career.missions ?? []).map((item) => item.mission)),
      richTextHtml(career.content, references, routes.career(career.slug ?? '')),
    ].join(''),
    published,
    updated: career.contentUpdatedAt ?? published,
    authors: [],
    categories: categories(career.sectors),
    image: image(career.heroImage),
  }
}
