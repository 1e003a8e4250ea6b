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

describe('uploads', () => {
  it('an upright PNG is stored byte for byte', async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 10, g: 20, b: 30, alpha: 0.5 } } }).png({ palette: true }).toBuffer()
    const media = await payload.create({ collection: 'media', data: { alt: 'Logo' }, file: { data: png, mimetype: 'image/png', name: `logo-${stamp}.png`, size: png.length } })
    expect(await readFile(stored(media.filename!))).toEqual(png)
  })

  it('a huge photo is bounded to 2 560 px on its longest side', async () => {
    const huge = await sharp({ create: { width: 6000, height: 4000, channels: 3, background: '#888888' } }).jpeg().toBuffer()
    const media = await payload.create({ collection: 'media', data: { alt: 'Grand' }, file: { data: huge, mimetype: 'image/jpeg', name: `grand-${stamp}.jpg`, size: huge.length } })
    expect([media.width, media.height]).toEqual([2560, 1707])
  })
})

describe('phone photos', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('with EXIF orientation %i are stored upright, with the size people see, and no EXIF left', async (orientation) => {
    const media = await upload(orientation)
    const turned = orientation >= 5
    expect([media.width, media.height]).toEqual(turned ? [1000, 1600] : [1600, 1000])
    const file = await readFile(stored(media.filename!))
    const meta = await sharp(file).metadata()
    expect([meta.width, meta.height, meta.orientation ?? 1, meta.exif]).toEqual([media.width, media.height, 1, undefined])
    expect(await redSide(file)).toBe(RED_SIDE[orientation])
    // Renditions are cut from the upright image too.
    expect(await redSide(stored(media.sizes!.thumbnail!.filename!))).toBe(RED_SIDE[orientation])
  })

  it('stored sideways before this rule are turned upright once, sizes and renditions included', async () => {
    const media = await upload(1)
    // As an old upload left it: the pixels sideways, an EXIF tag, the raw size recorded.
    const sideways = await phonePhoto(6)
    await writeFile(stored(media.filename!), sideways)
    await payload.db.updateOne({ collection: 'media', id: media.id, data: { width: 1600, height: 1000, focalX: 20, focalY: 70 } })

    const report = await uprightImages(payload)
    expect(report.turned).toContain(media.filename)
    const fixed = await payload.findByID({ collection: 'media', id: media.id })
    expect([fixed.width, fixed.height]).toEqual([1000, 1600])
    expect(fixed.filename).toBe(media.filename)
    expect(await redSide(await readFile(stored(fixed.filename!)))).toBe('top')
    expect([fixed.sizes?.card?.width, fixed.sizes?.card?.height]).toEqual([960, 540])
    expect([fixed.focalX, fixed.focalY]).toEqual([20, 70])

    const again = await uprightImages(payload)
    expect(again.turned).not.toContain(media.filename)
  })

  it('one that cannot be saved is reported and its files put back, and the others are still turned', async () => {
    const broken = await upload(1)
    const fine = await upload(1)
    const sideways = await phonePhoto(8)
    for (const media of [broken, fine]) await writeFile(stored(media.filename!), sideways)
    const thumbnail = await readFile(stored(broken.sizes!.thumbnail!.filename!))
    // An old row the save would refuse: its alternative text is now required.
    await payload.db.updateOne({ collection: 'media', id: broken.id, data: { alt: '' } })

    const report = await uprightImages(payload)
    expect(report.failed).toEqual([broken.filename])
    expect(report.turned).toContain(fine.filename)
    expect(await readFile(stored(broken.filename!))).toEqual(sideways)
    expect(await readFile(stored(broken.sizes!.thumbnail!.filename!))).toEqual(thumbnail)
  })
})

describe('names', () => {
  it('two images named alike but for their extension keep their own renditions', async () => {
    const jpeg = await sharp({ create: { width: 1300, height: 700, channels: 3, background: '#ff0000' } }).jpeg().toBuffer()
    const png = await sharp({ create: { width: 1300, height: 700, channels: 3, background: '#00ff00' } }).png().toBuffer()
    const first = await payload.create({ collection: 'media', data: { alt: 'Affiche rouge' }, file: { data: jpeg, mimetype: 'image/jpeg', name: `affiche-${stamp}.jpg`, size: jpeg.length } })
    const second = await payload.create({ collection: 'media', data: { alt: 'Affiche verte' }, file: { data: png, mimetype: 'image/png', name: `affiche-${stamp}.png`, size: png.length } })
    expect(second.filename).toBe(`affiche-${stamp}-2.png`)
    expect(first.sizes?.og?.filename).not.toBe(second.sizes?.og?.filename)
    const { data } = await sharp(stored(first.sizes!.og!.filename!)).raw().toBuffer({ resolveWithObject: true })
    expect([data[0]! > 200, data[1]! < 60]).toEqual([true, true])
  })
})
