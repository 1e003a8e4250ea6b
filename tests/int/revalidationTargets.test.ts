import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { careerTags } from '@/collections/Careers/hooks/revalidateCareer'
import { newsTags } from '@/collections/News/hooks/revalidateNews'
import { testPayload } from './payload'

// Which cache tags a change expires, computed by the hooks against real data: the changed
// page, the pages that show it, the lists, and nothing else.

let payload: Payload
const stamp = Date.now()

beforeAll(async () => {
  payload = await testPayload()
})

const publishedCareer = (title: string, relatedCareers: number[] = [], sectors: number[] = []) =>
  payload.create({ collection: 'careers', data: { title: `${title} ${stamp}`, summary: 'x', relatedCareers, sectors, _status: 'published' } })
const sector = (title: string) => payload.create({ collection: 'sectors', data: { title: `${title} ${stamp}` } })

describe('targeted revalidation', () => {
  it('a career reaches its page, the careers and posts naming it, its sector’s page and the lists only', async () => {
    const metal = await sector('Métallurgie')
    const changed = await publishedCareer('Soudeur', [], [metal.id])
    const naming = await publishedCareer('Chaudronnier', [changed.id])
    // Unrelated: its page must stay out of the set below.
    await publishedCareer('Fleuriste')
    const post = await payload.create({
      collection: 'news',
      data: { title: `Métiers du métal ${stamp}`, excerpt: 'x', relatedCareers: [changed.id], _status: 'published' },
    })

    const tags = await careerTags([changed], await createLocalReq({}, payload))
    expect(new Set(tags)).toEqual(
      new Set(['careers:list', `career:${changed.slug}`, `career:${naming.slug}`, `news:${post.slug}`, `sector:${metal.slug}`]),
    )
  })

  it('a post reaches its page, its two neighbours, its sectors’ pages and the news lists only', async () => {
    const at = (day: number) => new Date(Date.UTC(2031, 0, day, 8)).toISOString()
    const make = (title: string, day: number) =>
      payload.create({
        collection: 'news',
        data: { title: `${title} ${stamp}`, excerpt: 'x', publishedAt: at(day), _status: 'published' },
      })
    // Two posts back: its page must stay out of the set below.
    await make('Bien avant', 1)
    const before = await make('Juste avant', 2)
    const [energy, water] = [await sector('Énergie'), await sector('Eau')]
    const changed = await payload.create({
      collection: 'news',
      data: { title: `Au milieu ${stamp}`, excerpt: 'x', publishedAt: at(3), sectors: [energy.id, water.id], _status: 'published' },
    })
    const after = await make('Juste après', 4)

    const tags = await newsTags([changed], await createLocalReq({}, payload))
    expect(new Set(tags)).toEqual(
      new Set(['news:list', `news:${changed.slug}`, `news:${before.slug}`, `news:${after.slug}`, `sector:${energy.slug}`, `sector:${water.slug}`]),
    )
  })
})
