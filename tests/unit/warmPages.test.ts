import { describe, expect, it } from 'vitest'

import { sitemapPaths } from '@/scripts/warmPages'

describe('cache warm-up', () => {
  it('takes the paths of the first sitemap entries, in order, whatever the site address', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://reperes.example/</loc><lastmod>2025-11-21T09:00:00.000Z</lastmod></url>
      <url><loc>https://reperes.example/metiers</loc></url>
      <url><loc>https://reperes.example/metiers/directeur-technique</loc></url>
      <url><loc>https://reperes.example/metiers/ing%C3%A9nieur?x=1&amp;y=2</loc></url>
      <url><loc>not an address</loc></url>
      <url><loc>https://reperes.example/actualites/kedge</loc></url>
    </urlset>`
    expect(sitemapPaths(xml, 4)).toEqual(['/', '/metiers', '/metiers/directeur-technique', '/metiers/ing%C3%A9nieur'])
    expect(sitemapPaths(xml, 10)).toEqual(['/', '/metiers', '/metiers/directeur-technique', '/metiers/ing%C3%A9nieur', '/actualites/kedge'])
    expect(sitemapPaths('', 10)).toEqual([])
  })
})
