import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { uprightImages } from '@/payload/media/uprightImages'
import { phonePhoto, RED_SIDE, redSide } from '@/tests/fixtures/photos'

import { testPayload } from './payload'

let payload: Payload
const stamp = Date.now()

beforeAll(async () => {
  payload = await testPayload()
})

const upload = async (orientation: number) => {
  const data = await phonePhoto(orientation)
  return payload.create({
    collection: 'media',
    data: { alt: `Photo ${orientation}` },
    file: { data, mimetype: 'image/jpeg', name: `photo-${stamp}-${orientation}.jpg`, size: data.length },
  })
}

const stored = (filename: string) => path.join(payload.collections.media.config.upload.staticDir!, filename)

describe('phone photos', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('with EXIF orientation %i are stored upright, with the size people see', async (orientation) => {
    const media = await upload(orientation)
    const turned = orientation >= 5
    expect([media.width, media.height]).toEqual(turned ? [1000, 1600] : [1600, 1000])
    const file = await readFile(stored(media.filename!))
    const meta = await sharp(file).metadata()
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([media.width, media.height, 1])
    expect(await redSide(file)).toBe(RED_SIDE[orientation])
    // Renditions are cut from the upright image too.
    expect(await redSide(stored(media.sizes!.thumbnail!.filename!))).toBe(RED_SIDE[orientation])
  })

  it('stored sideways before this rule are turned upright once, sizes and renditions included', async () => {
    const media = await upload(1)
    // As an old upload left it: the pixels sideways, an EXIF tag, the raw size recorded.
    const sideways = await phonePhoto(6)
    await writeFile(stored(media.filename!), sideways)
    await payload.db.updateOne({ collection: 'media', id: media.id, data: { width: 1600, height: 1000 } })

    const report = await uprightImages(payload)
    expect(report.turned).toContain(media.filename)
    const fixed = await payload.findByID({ collection: 'media', id: media.id })
    expect([fixed.width, fixed.height]).toEqual([1000, 1600])
    expect(fixed.filename).toBe(media.filename)
    expect(await redSide(await readFile(stored(fixed.filename!)))).toBe('top')
    expect([fixed.sizes?.card?.width, fixed.sizes?.card?.height]).toEqual([960, 540])

    const again = await uprightImages(payload)
    expect(again.turned).not.toContain(media.filename)
  })
})
