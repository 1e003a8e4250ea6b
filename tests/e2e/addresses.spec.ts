import { expect, test } from '@playwright/test'

import { adminContentForSpec, headerValues, logIntoAdmin } from './helpers'

// Addresses as people and robots really use them: typed with capitals or accents, copied
// percent-encoded, cut in the middle, or kept from before a page was renamed.

const admin = adminContentForSpec()
const stamp = Date.now()
const OLD = '2020-01-06T09:00:00.000Z'

const VARIANTS: [typed: string, canonical: string][] = [
  ['/metiers/Directeur-Technique', '/metiers/directeur-technique'],
  ['/metiers/DIRECTEUR-TECHNIQUE', '/metiers/directeur-technique'],
  ['/metiers/directeur%2Dtechnique', '/metiers/directeur-technique'],
  ['/metiers/%64irecteur-technique', '/metiers/directeur-technique'],
  ['/metiers/directeur_technique', '/metiers/directeur-technique'],
  ['/metiers/directeur%20technique', '/metiers/directeur-technique'],
  ['/metiers/ing%C3%A9nieur-d-%C3%A9tudes', '/metiers/ingenieur-d-etudes'],
  ['/metiers/Ing%C3%A9nieur%20d%E2%80%99%C3%A9tudes', '/metiers/ingenieur-d-etudes'],
  ['/actualites/PSB-Campus-Le-Delta', '/actualites/psb-campus-le-delta'],
  ['/secteurs/Industrie', '/secteurs/industrie'],
  ['/secteurs/Industrie/rss.xml', '/secteurs/industrie/rss.xml'],
  ['/secteurs/INDUSTRIE/feed.json', '/secteurs/industrie/feed.json'],
  ['/secteurs/industrie/RSS.xml', '/secteurs/industrie/rss.xml'],
  ['/metiers/-directeur--technique-', '/metiers/directeur-technique'],
  ['/Metiers/directeur-technique', '/metiers/directeur-technique'],
  ['/ACTUALITES/psb-campus-le-delta', '/actualites/psb-campus-le-delta'],
  ['/Metiers', '/metiers'],
  ['/metiers/RSS.xml', '/metiers/rss.xml'],
  ['/actualites/RSS.xml', '/rss.xml'],
  ['/Secteurs/Industrie/Atom.xml', '/secteurs/industrie/atom.xml'],
  ['/metiers/Directeur-Technique?utm_source=lettre&page=2', '/metiers/directeur-technique?utm_source=lettre&page=2'],
]

test('a variant of a page’s address redirects permanently to the canonical one', async ({ request }) => {
  for (const [typed, canonical] of VARIANTS) {
    const response = await request.get(typed, { maxRedirects: 0 })
    expect(response.status(), typed).toBe(308)
    expect(headerValues(response, 'location'), typed).toEqual([canonical])
  }
  const trailing = await request.get('/metiers/directeur-technique/', { maxRedirects: 0 })
  expect(trailing.status()).toBe(308)
  expect(headerValues(trailing, 'location')).toEqual(['/metiers/directeur-technique'])
})

test('a variant of an address with no page is the French 404, and an undecodable one a French 400', async ({ request, page }) => {
  for (const path of ['/metiers/Personne-Ne-Fait-Ca', '/metiers/..%2F..%2Fetc%2Fpasswd', '/actualites/%C3%89t%C3%A9-inconnu', '/Metiers/personne', '/secteurs/Inconnu/rss.xml']) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(404)
    expect(await response.text(), path).toContain('Page introuvable')
  }
  for (const path of ['/metiers/abc%ZZ', '/metiers/%E0%A4%A', '/metiers/%FF', '/actualites/%C3', '/secteurs/%ED%A0%80']) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(400)
    expect(await response.text(), path).toContain('Adresse invalide')
  }
  const api = await request.get('/api/news/%FF')
  expect(api.status()).toBe(400)
  expect((await api.json()).errors[0].message).toMatch(/^Adresse invalide/)
  const response = await page.goto('/metiers/abc%ZZ')
  expect(response?.status()).toBe(400)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adresse invalide')
})

test('a renamed post’s and sector’s old addresses, their feeds included, lead to the new ones', async ({ request }) => {
  const post = await admin.api.create(request, 'news', { title: `Salon des formations ${stamp}`, excerpt: 'x', publishedAt: OLD, _status: 'published' })
  const old = post.slug
  expect((await request.get(`/actualites/${old}`)).status()).toBe(200)
  const renamed = await admin.api.update(request, 'news', post.id, { slug: `salon-des-formations-2027-${stamp}`, _status: 'published' })
  const moved = await request.get(`/actualites/${old}`, { maxRedirects: 0 })
  expect(moved.status()).toBe(308)
  expect(headerValues(moved, 'location')).toEqual([`/actualites/${renamed.slug}`])
  expect((await request.get(`/actualites/${renamed.slug}`)).status()).toBe(200)

  const sector = await admin.api.create(request, 'sectors', { title: `Métiers d’art ${stamp}` })
  await admin.api.create(request, 'news', { title: `Dans le secteur ${stamp}`, excerpt: 'x', publishedAt: OLD, sectors: [sector.id], _status: 'published' })
  expect((await request.get(`/secteurs/${sector.slug}/rss.xml`)).status()).toBe(200)
  const newSlug = `artisanat-d-art-${stamp}`
  await admin.api.update(request, 'sectors', sector.id, { slug: newSlug })
  const page = await request.get(`/secteurs/${sector.slug}`, { maxRedirects: 0 })
  expect(page.status()).toBe(308)
  expect(headerValues(page, 'location')).toEqual([`/secteurs/${newSlug}`])
  for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
    const feed = await request.get(`/secteurs/${sector.slug}/${file}`, { maxRedirects: 0 })
    expect(feed.status(), file).toBe(308)
    expect(headerValues(feed, 'location'), file).toEqual([`/secteurs/${newSlug}/${file}`])
    const followed = await request.get(`/secteurs/${sector.slug}/${file}`)
    expect(followed.status(), file).toBe(200)
    expect(await followed.text()).toContain(`Dans le secteur ${stamp}`)
  }
})

test('a slug changed in an autosaved draft moves the page only when published, and the old address then redirects', async ({ request }) => {
  const doc = await admin.api.create(request, 'careers', { title: `Marbrier ${stamp}`, summary: 'x', _status: 'published' })
  const draftSlug = `marbriere-${stamp}`
  // As the admin's autosave does: the new slug lives in a draft while the page stays online.
  const autosave = await request.patch(`/api/careers/${doc.id}?draft=true&autosave=true`, { data: { slug: draftSlug }, headers: admin.headers })
  expect(autosave.status()).toBe(200)
  expect((await request.get(`/metiers/${doc.slug}`, { maxRedirects: 0 })).status()).toBe(200)
  expect((await request.get(`/metiers/${draftSlug}`, { maxRedirects: 0 })).status()).toBe(404)
  await admin.api.update(request, 'careers', doc.id, { _status: 'published' })
  const moved = await request.get(`/metiers/${doc.slug}`, { maxRedirects: 0 })
  expect(moved.status()).toBe(308)
  expect(headerValues(moved, 'location')).toEqual([`/metiers/${draftSlug}`])
  expect((await request.get(`/metiers/${draftSlug}`, { maxRedirects: 0 })).status()).toBe(200)
})

test('unpublishing a page that has a pending draft takes it offline at once', async ({ request }) => {
  const doc = await admin.api.create(request, 'news', { title: `Journée portes ouvertes ${stamp}`, excerpt: 'x', publishedAt: OLD, _status: 'published' })
  expect((await request.get(`/actualites/${doc.slug}`)).status()).toBe(200)
  const autosave = await request.patch(`/api/news/${doc.id}?draft=true&autosave=true`, { data: { excerpt: 'brouillon en cours' }, headers: admin.headers })
  expect(autosave.status()).toBe(200)
  await admin.api.update(request, 'news', doc.id, { _status: 'draft' })
  expect((await request.get(`/actualites/${doc.slug}`, { maxRedirects: 0 })).status()).toBe(404)
  expect(await (await request.get('/rss.xml')).text()).not.toContain(doc.title)
})

test('a new document published at an old address is served there, not redirected', async ({ request }) => {
  const first = await admin.api.create(request, 'careers', { title: `Souffleur de verre ${stamp}`, summary: 'x', _status: 'published' })
  const old = first.slug
  await admin.api.update(request, 'careers', first.id, { slug: `verrier-${stamp}`, _status: 'published' })
  expect((await request.get(`/metiers/${old}`, { maxRedirects: 0 })).status()).toBe(308)
  const second = await admin.api.create(request, 'careers', { title: `Autre métier ${stamp}`, slug: old, summary: 'Le nouveau.', _status: 'published' })
  const served = await request.get(`/metiers/${old}`, { maxRedirects: 0 })
  expect(served.status()).toBe(200)
  expect(await served.text()).toContain(second.title)
})

test('visitors cannot list redirects through the API; editors see and remove them in the admin, in French', async ({ request, page }) => {
  expect((await request.get('/api/redirects')).status()).toBe(403)
  const graphql = await (await request.post('/api/graphql', { data: { query: '{ Redirects { docs { from } } }' } })).json()
  expect(graphql.data?.Redirects ?? null).toBeNull()
  expect(graphql.errors?.[0]?.extensions?.name ?? graphql.errors?.[0]?.message).toMatch(/Forbidden|autorisé/)

  const doc = await admin.api.create(request, 'careers', { title: `Tailleur de pierre ${stamp}`, summary: 'x', _status: 'published' })
  const old = doc.slug
  await admin.api.update(request, 'careers', doc.id, { slug: `tailleuse-de-pierre-${stamp}`, _status: 'published' })

  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
  await page.goto('/admin/collections/redirects')
  await expect(page.getByRole('heading', { name: 'Redirections' })).toBeVisible()
  await expect(page.getByText('Ancienne adresse').first()).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: `/metiers/${old}` })
  await expect(row).toBeVisible()
  await row.getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Supprimer' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click()
  await expect(page.getByRole('row').filter({ hasText: `/metiers/${old}` })).toHaveCount(0)
  await expect.poll(async () => (await request.get(`/metiers/${old}`, { maxRedirects: 0 })).status()).toBe(404)
})
