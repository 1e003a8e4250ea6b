import { expect, test } from '@playwright/test'

import { editorState, paragraph, text, upload } from '@/tests/fixtures/lexical'
import { phonePhoto } from '@/tests/fixtures/photos'
import { adminToken, contentApi } from './helpers'

// A phone photo uploaded through the REST API, as the admin does: every size the page and the
// feeds declare is the size people see.

test('a phone photo turned by its EXIF tag is declared at its upright size on the page and in the feeds', async ({ request, page }) => {
  const token = await adminToken(request)
  const api = contentApi(token)
  const stamp = Date.now()
  const photo = await phonePhoto(6)
  const uploaded = await request.post('/api/media', {
    headers: { Authorization: `JWT ${token}` },
    multipart: { file: { name: `portrait-${stamp}.jpg`, mimeType: 'image/jpeg', buffer: photo }, _payload: JSON.stringify({ alt: 'Une élève devant un tableau' }) },
  })
  expect(uploaded.status()).toBe(201)
  const media = (await uploaded.json()).doc
  expect([media.width, media.height]).toEqual([1000, 1600])
  try {
    const post = await api.create(request, 'news', {
      title: `Photo de téléphone ${stamp}`,
      excerpt: 'x',
      publishedAt: '2020-01-08T09:00:00.000Z',
      heroImage: media.id,
      content: editorState(paragraph(text('Dans le texte :')), upload(media.id)),
      _status: 'published',
    })
    await page.goto(`/actualites/${post.slug}`)
    for (const image of await page.locator('main img[alt="Une élève devant un tableau"]').all()) {
      expect([await image.getAttribute('width'), await image.getAttribute('height')]).toEqual(['1000', '1600'])
      // The browser agrees once it has the file: upright, taller than wide.
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalHeight > img.naturalWidth && img.complete)).toBe(true)
    }
    expect(await page.locator('main img[alt="Une élève devant un tableau"]').count()).toBe(2)
    const item = (await (await request.get('/feed.json')).json()).items.find((i: { title: string }) => i.title === post.title)
    expect(item.content_html).toMatch(/<img src="[^"]+" alt="Une élève devant un tableau" width="1000" height="1600"/)
    const file = await request.get(media.url)
    expect(file.status()).toBe(200)
  } finally {
    await api.removeAll(request)
    await request.delete(`/api/media/${media.id}`, { headers: { Authorization: `JWT ${token}` } })
  }
})
