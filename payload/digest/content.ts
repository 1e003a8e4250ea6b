import { frenchText } from '@/payload/i18n/typography'
import type { Media, News } from '@/payload-types'
import type { MailContent, MailItem } from '@/payload/email/render'
import { safeHref } from '@/payload/richText/safeHref'
import { absoluteUrl, routes } from '@/payload/routes'

/** The posts a digest may carry: what visitors see, as the feeds read it. */
export type DigestPost = Pick<News, 'id' | 'title' | 'slug' | 'excerpt' | 'publishedAt' | 'heroImage' | 'sectors'>

/** At most this many posts in one digest; the others wait for the next one. */
export const MAX_POSTS = 20

const image = (post: DigestPost): MailItem['image'] => {
  const media = post.heroImage && typeof post.heroImage === 'object' ? (post.heroImage as Media) : null
  // The Open Graph rendition is a JPEG: mail programs (Outlook) show no WebP or AVIF.
  const url = media?.sizes?.og?.url ?? media?.url
  const src = url ? safeHref(absoluteUrl(url)) : null
  return src ? { src, alt: media?.alt ?? '' } : null
}

/** A post as a digest item: its title, chapô and absolute link, never its full text. */
export const digestItem = (post: DigestPost): MailItem | null => {
  const href = post.slug ? safeHref(absoluteUrl(routes.newsPost(post.slug))) : null
  return href ? { title: post.title, summary: post.excerpt, href, image: image(post) } : null
}

const parisDay = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' })
/** "1er décembre 2026", as French writes the first of the month. */
const frenchDay = (at: Date) => parisDay.format(at).replace(/^1 /, '1er ')

/** At most `length` characters, cut between words. */
const shorten = (text: string, length: number) => (text.length <= length ? text : `${text.slice(0, length).replace(/\s+\S*$/, '')}…`)

export const digestMail = (posts: DigestPost[], frequency: 'daily' | 'weekly', at: Date, unsubscribeHref: string): MailContent => {
  const items = posts.map(digestItem).filter((item): item is MailItem => Boolean(item))
  const count = items.length === 1 ? 'Une nouvelle actualité' : `${items.length} nouvelles actualités`
  const heading = `${count} — ${frequency === 'daily' ? 'lettre du' : 'lettre hebdomadaire du'} ${frenchDay(at)}`
  return {
    // The site's name in the inbox; the mail's own heading goes without it (the brand line above says it).
    subject: `Repères — ${heading}`,
    heading,
    preheader: shorten(items.map((item) => item.title).join(' · '), 140),
    paragraphs: [frenchText`Les actualités publiées récemment sur Repères : chaque titre ouvre l’article sur le site.`],
    items,
    footer: [
      `Vous recevez ce courriel parce que vous vous êtes abonné aux actualités de Repères (${frequency === 'daily' ? 'chaque jour' : 'chaque semaine'}).`,
      `Toutes les actualités : ${absoluteUrl(routes.newsList())}`,
    ],
    unsubscribeHref,
  }
}
