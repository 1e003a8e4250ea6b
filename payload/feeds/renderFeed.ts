import { createHash } from 'node:crypto'

import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload, type Where } from 'payload'

import type { Career, News, Sector } from '@/payload-types'
import { cacheTags } from '@/payload/cacheTags'
import { absoluteUrl, routes } from '@/payload/routes'
import { collectReferences } from '@/payload/richText/references'
import { resolveReferences } from '@/payload/richText/resolveReferences'
import { buildFeed, type FeedChannel, type FeedFormat } from './buildFeeds'
import { careerEntry, newsEntry } from './entries'

export const FEED_SIZE = 50

export type FeedScope = { kind: 'news' } | { kind: 'sector'; sector: Sector } | { kind: 'careers' }

export type RenderedFeed = { body: string; etag: string; lastModified: string }

const channelFor = (scope: FeedScope, builtAt: string): FeedChannel => {
  const urls = (format: FeedFormat) => absoluteUrl(routes.feed(scope.kind === 'sector' ? { sector: scope.sector.slug! } : scope.kind, format))
  const common = { urls: { rss: urls('rss'), atom: urls('atom'), json: urls('json') }, logoUrl: absoluteUrl('/logo.png'), builtAt }
  if (scope.kind === 'careers')
    return { ...common, id: 'urn:reperes:feed:careers', title: 'Repères — fiches métiers', description: 'Les fiches métiers nouvelles ou mises à jour.', homeUrl: absoluteUrl(routes.careers()) }
  if (scope.kind === 'sector')
    return {
      ...common,
      id: `urn:reperes:feed:sector:${scope.sector.id}`,
      title: `Repères — actualités du secteur ${scope.sector.title}`,
      description: `L’actualité de l’orientation dans le secteur ${scope.sector.title}.`,
      homeUrl: absoluteUrl(routes.sector(scope.sector.slug!)),
    }
  return { ...common, id: 'urn:reperes:feed:news', title: 'Repères — actualités', description: 'L’actualité de l’orientation, des écoles et des formations.', homeUrl: absoluteUrl(routes.newsList()) }
}

const latest = async (scope: FeedScope) => {
  const payload = await getPayload({ config })
  // Depth 1 reaches sectors and images; related careers are not part of an item, and populated
  // documents bring only what an item shows. Authors stay ids (visitors may not read accounts):
  // an item is signed by the post's `byline`, the author's public name. What the texts point at
  // is resolved once for every item, by id, at its current address.
  const common = {
    depth: 1,
    limit: FEED_SIZE,
    pagination: false,
    overrideAccess: false,
    select: { relatedCareers: false },
    populate: { sectors: { title: true, slug: true } },
  } as const
  if (scope.kind === 'careers') {
    const { docs } = await payload.find({ collection: 'careers', sort: ['-contentUpdatedAt', '-id'], ...common })
    const references = await resolveReferences(payload, docs.flatMap((doc) => collectReferences(doc.content)))
    return (docs as Career[]).map((career) => careerEntry(career, references))
  }
  const where: Where | undefined = scope.kind === 'sector' ? { sectors: { contains: scope.sector.id } } : undefined
  const { docs } = await payload.find({ collection: 'news', where, sort: ['-publishedAt', '-id'], ...common })
  const references = await resolveReferences(payload, docs.flatMap((doc) => collectReferences(doc.content)))
  return (docs as News[]).map((post) => newsEntry(post, references))
}

/** One feed document with its validators, generated from the database (no cache). */
export const generateFeed = async (scope: FeedScope, format: FeedFormat): Promise<RenderedFeed> => {
  // HTTP dates have one-second precision; so does the build time, so validators agree.
  const builtAt = new Date(Math.floor(Date.now() / 1000) * 1000)
  const body = buildFeed(format, channelFor(scope, builtAt.toISOString()), await latest(scope))
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
  return { body, etag, lastModified: builtAt.toUTCString() }
}

/**
 * One feed document, generated once per change: cached under the tags the collection hooks
 * expire, with its validators. Last-Modified is the build time, not the newest item's date,
 * because removing an item (unpublish, delete) changes the feed without dating anything.
 */
export const renderFeed = (scope: FeedScope, format: FeedFormat): Promise<RenderedFeed> =>
  unstable_cache(
    () => generateFeed(scope, format),
    ['feed', scope.kind, scope.kind === 'sector' ? String(scope.sector.id) : '', format],
    {
      tags: [
        scope.kind === 'careers' ? cacheTags.careerList : cacheTags.newsList,
        scope.kind === 'careers' ? cacheTags.careerFeeds : cacheTags.newsFeeds,
        cacheTags.sectors,
        cacheTags.media,
      ],
    },
  )()
