import { describe, expect, it } from 'vitest'

import { cacheTags } from '@/payload/cacheTags'
import { MAX_PATHS, proxyPaths } from '@/payload/proxy/proxyPaths'

const NEWS_LISTS = ['/actualites', '/', '/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml']

describe('proxyPaths', () => {
  it('maps a post publish to its page first, then the news lists and feeds', () => {
    expect(proxyPaths([cacheTags.newsList, cacheTags.newsPost('salon-etudiant'), cacheTags.newsPost('voisin')])).toEqual([
      '/actualites/salon-etudiant',
      '/actualites/voisin',
      ...NEWS_LISTS,
    ])
  })

  it('refreshes the pages and feeds of the sectors a post is filed in, after the lists', () => {
    const paths = proxyPaths([cacheTags.sectorPage('industrie'), cacheTags.newsList, cacheTags.newsPost('salon')])
    expect(paths).toEqual([
      '/actualites/salon',
      ...NEWS_LISTS,
      '/secteurs/industrie',
      '/secteurs/industrie/rss.xml',
      '/secteurs/industrie/atom.xml',
      '/secteurs/industrie/feed.json',
    ])
  })

  it('maps a career publish to its page, the careers lists and feeds, and the home page once', () => {
    const paths = proxyPaths([cacheTags.careerList, cacheTags.career('directeur-technique'), cacheTags.newsList])
    expect(paths[0]).toBe('/metiers/directeur-technique')
    expect(paths).toContain('/metiers/rss.xml')
    expect(paths.filter((path) => path === '/')).toHaveLength(1)
  })

  it('ignores tags without a page of their own and caps the number of renders', () => {
    expect(proxyPaths([cacheTags.sectors, cacheTags.media])).toEqual([])
    const many = Array.from({ length: 100 }, (_, index) => cacheTags.career(`metier-${index}`))
    expect(proxyPaths(many)).toHaveLength(MAX_PATHS)
  })
})
