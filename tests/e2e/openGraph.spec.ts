import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

// Sharing cards: what a page announces in its Open Graph tags, fetched and measured from the
// image bytes themselves (not from what the tags claim).

/** Width and height read from a PNG's signature and IHDR chunk. */
const pngSize = (bytes: Buffer) => {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature').toBe(true)
  expect(bytes.toString('latin1', 12, 16), 'first chunk').toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** Width and height read from a JPEG's first start-of-frame segment. */
const jpegSize = (bytes: Buffer) => {
  expect(bytes.readUInt16BE(0), 'JPEG start of image').toBe(0xffd8)
  for (let offset = 2; offset + 9 < bytes.length; offset += 2 + bytes.readUInt16BE(offset + 2)) {
    const marker = bytes.readUInt16BE(offset)
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xffc0 && marker <= 0xffcf && ![0xffc4, 0xffc8, 0xffcc].includes(marker))
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) }
  }
  throw new Error('no JPEG frame header')
}

const meta = (page: Page, property: string) => page.locator(`meta[property="${property}"]`).first().getAttribute('content')

const fetchImage = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url)
  expect(response.status(), url).toBe(200)
  return { type: response.headers()['content-type'], bytes: await response.body() }
}

test('the sharing card is a 1200×630 PNG, announced with its size and type on every page without an image of its own', async ({ page, request, baseURL }) => {
  for (const path of ['/', '/actualites', '/metiers', '/secteurs/industrie', '/abonnement']) {
    await page.goto(path)
    expect(await meta(page, 'og:image'), path).toBe(`${baseURL}/carte-de-partage.png`)
    expect(await meta(page, 'og:image:type'), path).toBe('image/png')
    expect([await meta(page, 'og:image:width'), await meta(page, 'og:image:height')], path).toEqual(['1200', '630'])
    expect(await meta(page, 'og:image:alt'), path).toBe('Repères — les métiers et l’actualité de l’orientation')
    expect(await page.locator('meta[name="twitter:image"]').first().getAttribute('content'), path).toBe(`${baseURL}/carte-de-partage.png`)
  }

  const { type, bytes } = await fetchImage(request, `${baseURL}/carte-de-partage.png`)
  expect(type).toBe('image/png')
  expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 })
  // Only that address is the card: another name is the French 404, not an image.
  const other = await request.get('/carte-de-partage-inconnue.png')
  expect(other.status()).toBe(404)
  expect(other.headers()['content-type']).toContain('text/html')
})

/** The file name of a published document's hero image, as the REST API gives it to anyone. */
const heroImageFilename = async (request: APIRequestContext, collection: 'careers' | 'news', slug: string) => {
  const response = await request.get(`/api/${collection}`, { params: { 'where[slug][equals]': slug, depth: 1 } })
  expect(response.status(), `${collection} ${slug}`).toBe(200)
  const { docs } = (await response.json()) as { docs: { heroImage?: { filename?: string } | null }[] }
  expect(docs, `${collection} ${slug}`).toHaveLength(1)
  const filename = docs[0]!.heroImage?.filename
  expect(filename, `${collection} ${slug} has a hero image`).toBeTruthy()
  return filename!
}

test('a career sheet and a news post are shared with their own 1200×630 image', async ({ page, request, baseURL }) => {
  const documents = [
    { path: '/metiers/directeur-technique', collection: 'careers', slug: 'directeur-technique' },
    { path: '/actualites/neoma-master-marketing-competences-2026', collection: 'news', slug: 'neoma-master-marketing-competences-2026' },
  ] as const
  for (const { path, collection, slug } of documents) {
    // Payload names an image size after its original: "<name>-1200x630.jpg" for the `og` size
    // (collections/Media.ts), so the card must carry this document's image, not any image.
    const original = await heroImageFilename(request, collection, slug)
    const expected = `${baseURL}/api/media/file/${encodeURIComponent(`${original.replace(/\.[^.]+$/, '')}-1200x630.jpg`)}`
    await page.goto(path)
    const url = (await meta(page, 'og:image'))!
    expect(url, path).toBe(expected)
    expect([await meta(page, 'og:image:width'), await meta(page, 'og:image:height')], path).toEqual(['1200', '630'])
    expect(await page.locator('meta[name="twitter:image"]').first().getAttribute('content'), path).toBe(url)
    const { type, bytes } = await fetchImage(request, url)
    expect(type, path).toBe('image/jpeg')
    expect(jpegSize(bytes), path).toEqual({ width: 1200, height: 630 })
  }
})
