import { describe, expect, it } from 'vitest'

import { generateCorpus, lexicalParagraphs } from '@/bench/corpus'
import { percentile } from '@/bench/report'

describe('benchmark corpus', () => {
  it('is the same for the same seed, and another for another seed', () => {
    const sizes = { careers: 50, news: 200 }
    expect(generateCorpus(7, sizes)).toEqual(generateCorpus(7, sizes))
    expect(generateCorpus(8, sizes).careers[0]).not.toEqual(generateCorpus(7, sizes).careers[0])
  })

  it('has the sizes asked, unique slugs, coherent salaries and dates in the past', () => {
    const { careers, news } = generateCorpus(42, { careers: 300, news: 1000 })
    expect(careers).toHaveLength(300)
    expect(news).toHaveLength(1000)
    expect(new Set(careers.map((c) => c.slug)).size).toBe(300)
    expect(new Set(news.map((n) => n.slug)).size).toBe(1000)
    for (const { pay } of careers) expect(pay.min <= pay.average && pay.average <= pay.max).toBe(true)
    for (const post of news) {
      expect(post.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(Date.parse(post.publishedAt)).toBeLessThanOrEqual(Date.parse(post.contentUpdatedAt))
    }
  })

  it('writes rich text the way Payload’s editor stores it', () => {
    const doc = lexicalParagraphs(['Un paragraphe.'])
    expect(doc.root.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', text: 'Un paragraphe.' }] })
  })
})

describe('latency percentiles', () => {
  it('reads p50 and p99 by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(samples, 50)).toBe(50)
    expect(percentile(samples, 99)).toBe(99)
    expect(percentile([5], 99)).toBe(5)
  })
})
