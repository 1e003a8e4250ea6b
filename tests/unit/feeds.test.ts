import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { buildAtom, buildJson, buildRss, type FeedChannel, type FeedEntry } from '@/payload/feeds/buildFeeds'

const channel: FeedChannel = {
  id: 'urn:reperes:feed:news',
  title: 'Repères — actualités',
  description: 'Actualités',
  homeUrl: 'https://reperes.example/actualites',
  urls: { rss: 'https://reperes.example/rss.xml', atom: 'https://reperes.example/atom.xml', json: 'https://reperes.example/feed.json' },
  logoUrl: 'https://reperes.example/logo.png',
  builtAt: '2026-01-10T10:00:00.000Z',
}

const hostile = 'A & <b>B</b> ]]> <script>x()</script> 🎓 \u200F\u202Eفرنسا'
const entry: FeedEntry = {
  id: 'urn:reperes:news:7',
  title: hostile,
  url: 'https://reperes.example/actualites/a',
  summary: hostile,
  contentHtml: `<p>${'x ]]> y'}</p>`,
  published: '2025-11-20T08:00:00.000Z',
  updated: '2025-11-21T09:30:00.000Z',
  authors: ['Camille'],
  categories: [{ term: 'industrie', label: 'Industrie' }],
  image: { url: 'https://reperes.example/api/media/file/a.jpg', type: 'image/jpeg', length: 1234 },
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', trimValues: true })

describe('feed documents', () => {
  it('RSS stays well-formed with hostile text, and dates are correct instants', () => {
    const xml = buildRss(channel, [entry])
    expect(XMLValidator.validate(xml)).toBe(true)
    const item = parser.parse(xml).rss.channel.item
    expect(item.title).toBe(hostile)
    expect(item['content:encoded']).toBe('<p>x ]]> y</p>')
    expect(item.guid).toEqual({ '#text': 'urn:reperes:news:7', '@isPermaLink': 'false' })
    expect(new Date(item.pubDate).toISOString()).toBe(entry.published)
    expect(item['dc:creator']).toBe('Camille')
    expect(item.enclosure).toMatchObject({ '@length': '1234', '@type': 'image/jpeg' })
  })

  it('Atom carries published and updated ("MAJ") separately, with category terms', () => {
    const xml = buildAtom(channel, [entry])
    expect(XMLValidator.validate(xml)).toBe(true)
    const feed = parser.parse(xml).feed
    expect(feed.entry.published).toBe(entry.published)
    expect(feed.entry.updated).toBe(entry.updated)
    expect(feed.entry.category).toMatchObject({ '@term': 'industrie', '@label': 'Industrie' })
    expect(feed.updated).toBe(channel.builtAt)
  })

  it('JSON Feed is version 1.1 with date_modified from "MAJ"', () => {
    const feed = JSON.parse(buildJson(channel, [entry]))
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.items[0]).toMatchObject({ id: entry.id, title: hostile, date_published: entry.published, date_modified: entry.updated, tags: ['Industrie'] })
  })
})
