import { expect, test } from '@playwright/test'

import { adminToken, expectAccessible, jsonLdOfType } from './helpers'

const NARROW_NBSP = '\u202f'
const NBSP = '\u00a0'

test.describe('every page type renders, is described for search engines, and is accessible', () => {
  test('home', async ({ page }) => {
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.locator('h1')).toHaveCount(1)
    // One search box: the page's own; the header's is not drawn on the home page.
    await expect(page.getByRole('search', { name: 'Recherche', exact: true })).toBeVisible()
    await expect(page.getByRole('search', { name: 'Recherche sur tout le site' })).toBeHidden()
    await expect(page.getByRole('link', { name: 'Directeur technique', exact: true })).toBeVisible()
    await expect(page.getByRole('link', { name: /Industrie/ })).toBeVisible()
    const website = await jsonLdOfType(page, 'WebSite')
    expect(JSON.stringify(website.potentialAction)).toContain('/recherche?q={search_term_string}')
    await expectAccessible(page, '/')
  })

  test('career sheet', async ({ page, baseURL }) => {
    const response = await page.goto('/metiers/directeur-technique')
    expect(response?.status()).toBe(200)
    // Both titles, in the one h1.
    await expect(page.locator('h1')).toHaveText('Directeur technique ou directrice technique')
    const sections = ['Activités et missions', 'Profil de compétences', 'Centres d’intérêt', 'Conditions de travail', 'Comment y accéder', 'Salaire', 'Débouchés', 'Le métier en détail', 'Métiers proches', 'Sources']
    for (const section of sections) await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible()
    // The summary links to each section, in the page's order.
    const toc = page.getByRole('navigation', { name: 'Sommaire de la fiche' })
    expect(await toc.getByRole('link').allTextContents()).toEqual(sections)

    // Access routes by starting point, each training with its facts.
    const routes = page.locator('#acces').locator('xpath=..')
    for (const from of ['Après le bac', 'Après un premier diplôme du supérieur', 'En reconversion (adultes)'])
      await expect(routes.getByRole('heading', { level: 3, name: from })).toBeVisible()
    await expect(routes).toContainText(`Bacs conseillés${NBSP}: Bac général, Bac STI2D`)
    await expect(routes.locator('.training', { hasText: 'Master management de la production' }).locator('.training__facts')).toHaveText(
      "Bac +5 · 2 ans · possible en apprentissage",
    )

    // The model page's figures as it gives them, for the whole profession, with that page as source, once.
    const pay = page.locator('.pay')
    await expect(pay.locator('dt')).toHaveText(['Toutes expériences confondues'])
    await expect(pay.locator('.pay__figures')).toHaveText(`De 1${NARROW_NBSP}900${NBSP}€ à 4${NARROW_NBSP}500${NBSP}€, moyenne 2${NARROW_NBSP}400${NBSP}€`)
    await expect(pay.locator('.pay__source')).toHaveText(`Source${NBSP}: Fiche métier «${NBSP}Directeur technique${NBSP}: tout savoir sur ce métier${NBSP}!${NBSP}», 2025`)
    await expect(pay).toContainText('Salaire brut par mois, pour un temps plein.')

    const conditions = page.locator('#conditions').locator('xpath=..')
    await expect(conditions.locator('dt')).toHaveText(['Horaires et rythme', 'Lieux de travail', 'Déplacements', 'À savoir'])
    await expect(conditions).toContainText('Bureau, atelier ou usine')
    await expect(page.locator('#interets').locator('xpath=..').locator('li')).toHaveText(['Diriger, organiser, décider', 'La technique et les machines', 'Travailler en équipe', 'Les chiffres et le calcul'])
    await expect(page.locator('#debouches').locator('xpath=..')).toContainText('Qui recrute')

    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toContainText('Métiers')
    await expect(page.getByRole('link', { name: 'Industrie', exact: true })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Technicien de maintenance industrielle', exact: true })).toBeVisible()
    // No post concerns this career or its sector: the column says so and offers somewhere to go,
    // rather than unrelated business-school stories.
    const aside = page.getByRole('complementary')
    await expect(aside.getByRole('heading', { name: 'Actualités liées' })).toBeVisible()
    await expect(aside).toContainText('Aucune actualité ne concerne encore ce métier ni son secteur.')
    await expect(aside).not.toContainText('KEDGE')
    await expect(aside.getByRole('link', { name: 'Recevoir les actualités par courriel' })).toHaveAttribute('href', '/abonnement')

    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/metiers/directeur-technique`)
    await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', /^http.*\/api\/media\/file\//)
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /directeur technique pilote/i)

    const occupation = await jsonLdOfType(page, 'Occupation')
    expect(occupation.name).toBe('Directeur technique')
    expect(occupation.alternateName).toContain('Directrice technique')
    expect(occupation.estimatedSalary).toEqual([
      expect.objectContaining({ currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 1900, maxValue: 4500, value: 2400, unitText: 'MONTH' } }),
    ])
    expect(occupation.occupationalCategory).toEqual([expect.objectContaining({ codeValue: 'H2502' })])
    expect(JSON.stringify(occupation.educationRequirements)).toContain('Master management de la production')
    const crumbs = await jsonLdOfType(page, 'BreadcrumbList')
    expect((crumbs.itemListElement as unknown[]).length).toBe(3)
    await expectAccessible(page, '/metiers/directeur-technique')
  })

  test('a demo career with invented figures says so once, and lists only related news', async ({ page }) => {
    await page.goto('/metiers/charge-de-marketing-digital')
    await expect(page.locator('h1')).toHaveText('Chargé de marketing digital ou chargée de marketing digital')
    const pay = page.locator('.pay')
    await expect(pay.locator('dt')).toHaveText(['En début de carrière', 'Avec de l’expérience', 'Toutes expériences confondues'])
    await expect(pay.locator('.pay__figures').first()).toHaveText(`De 2${NARROW_NBSP}000${NBSP}€ à 2${NARROW_NBSP}300${NBSP}€`)
    // One bar per range on a shared scale; the beginner's starts at the scale's left end.
    await expect(pay.locator('.pay__span')).toHaveCount(3)
    expect(await pay.locator('.pay__span').first().getAttribute('style')).toContain('left:0%')
    const text = await page.locator('main').innerText()
    expect(text.match(/Chiffres fictifs/g)).toHaveLength(1)
    expect(text).not.toMatch(/Estimation indicative/)
    // The marketing post relates to this career; the other business-school stories do not.
    const aside = page.getByRole('complementary')
    await expect(aside.getByRole('link', { name: /NEOMA/ })).toBeVisible()
    expect(await aside.getByRole('link').allTextContents()).not.toContainEqual(expect.stringMatching(/KEDGE/))
    await expectAccessible(page, '/metiers/charge-de-marketing-digital')
  })

  test('career list with filters', async ({ page }) => {
    await page.goto('/metiers')
    await expect(page.locator('h1')).toHaveText('Tous les métiers')
    const total = Number((await page.locator('.count').textContent())?.match(/\d+/)?.[0])
    expect(total).toBeGreaterThanOrEqual(6)

    // Keyboard only: choose a sector and a level, submit, and read the filtered URL.
    await page.getByLabel('Secteur').selectOption('industrie')
    await page.getByLabel('Accessible avec').selectOption('bac2')
    await page.getByRole('button', { name: 'Filtrer' }).press('Enter')
    await expect(page).toHaveURL(/\/metiers\?secteur=industrie&niveau=bac2$/)
    await expect(page.locator('.count')).toHaveText('1 métier dans le secteur « Industrie »')
    await expect(page.getByRole('link', { name: 'Technicien de maintenance industrielle', exact: true })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Directeur technique' })).toHaveCount(0)
    await expectAccessible(page, '/metiers?secteur=industrie')
  })

  test('career A–Z index: letters with careers link to their page, the others stay in place unlinked', async ({ page, request }) => {
    await page.goto('/metiers')
    const index = page.getByRole('navigation', { name: 'Index alphabétique des métiers' })
    // The demo's careers start with A (aide-soignant), C, D, I and T; B has none.
    await expect(index.getByRole('link', { name: /^Lettre B/ })).toHaveCount(0)
    await expect(index.getByText('B', { exact: true })).toBeVisible()
    await index.getByRole('link', { name: /^Lettre D : \d+ métier/ }).click()
    await expect(page).toHaveURL(/\/metiers\/lettre\/d$/)
    await expect(page.locator('h1')).toHaveText('Métiers commençant par D')
    await expect(page.getByRole('link', { name: 'Directeur technique', exact: true })).toBeVisible()
    await expect(page.getByText('· Directrice technique')).toBeVisible()
    await expect(page.getByRole('link', { name: /^Lettre D/ })).toHaveAttribute('aria-current', 'page')
    // Every listed career starts with D, whatever its accents.
    const titles = await page.locator('.initial-list a').allTextContents()
    expect(titles.length).toBeGreaterThan(0)
    for (const title of titles) expect(title.normalize('NFD').charAt(0).toUpperCase()).toBe('D')
    await expectAccessible(page, '/metiers/lettre/d')
    await expectAccessible(page, '/metiers/lettre/b')
    await expect(page.getByText('Aucun métier publié ne commence par cette lettre')).toBeVisible()
    for (const bad of ['/metiers/lettre/ab', '/metiers/lettre/%C3%A9', '/metiers/lettre/D'])
      expect((await request.get(bad)).status(), bad).toBe(404)
  })

  test('news list and post', async ({ page }) => {
    await page.goto('/actualites')
    await expect(page.locator('h1')).toHaveText('Actualités')
    const neoma = page.locator('.news-item', { hasText: 'NEOMA' })
    await expect(neoma.locator('.news-item__dates')).toHaveText('Publication le 20/11/2025 | MAJ le 21/11/2025')
    const kedge = page.locator('.news-item', { hasText: 'KEDGE' })
    await expect(kedge.locator('.news-item__dates')).toHaveText('Publication le 25/11/2025 | MAJ le 25/11/2025')
    await expect(kedge.locator('img')).toHaveAttribute('alt', /Illustration/)
    // Newest first (other tests may publish newer posts).
    const titles = await page.locator('.news-item__title').allTextContents()
    const position = (school: string) => titles.findIndex((title) => title.includes(school))
    expect(position('KEDGE')).toBeLessThan(position('NEOMA'))
    expect(position('NEOMA')).toBeLessThan(position('ISC'))
    await expectAccessible(page, '/actualites')

    await neoma.getByRole('link').first().click()
    await expect(page).toHaveURL(/\/actualites\/neoma-master-marketing-competences-2026$/)
    await expect(page.locator('h1')).toContainText('NEOMA')
    await expect(page.locator('.dates')).toHaveText('Publication le 20/11/2025 | MAJ le 21/11/2025')
    await expect(page.getByRole('heading', { level: 2, name: 'Des profils hybrides' })).toBeVisible()
    await expect(page.locator('.prose strong').first()).toHaveText('numérique')
    await expect(page.getByRole('link', { name: 'Chargé de marketing digital' })).toBeVisible()
    await expect(page.locator('a[rel="prev"]')).toContainText('ISC Paris')
    const article = await jsonLdOfType(page, 'NewsArticle')
    expect(article.datePublished).toBe('2025-11-20T08:00:00.000Z')
    expect(article.dateModified).toBe('2025-11-21T09:30:00.000Z')
    expect(article.publisher).toMatchObject({ '@type': 'Organization', name: 'Repères' })
    expect(Array.isArray(article.image)).toBe(true)
    await expectAccessible(page, '/actualites/neoma-master-marketing-competences-2026')
  })

  test('sector page', async ({ page }) => {
    const response = await page.goto('/secteurs/industrie')
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1')).toHaveText('Industrie')
    await expect(page.getByRole('link', { name: 'Directeur technique', exact: true })).toBeVisible()
    await jsonLdOfType(page, 'BreadcrumbList')
    await expectAccessible(page, '/secteurs/enseignement-superieur')
  })

  test('search page', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('search', { name: 'Recherche', exact: true }).getByLabel('Rechercher un métier ou une actualité').fill('directeur')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/recherche\?q=directeur$/)
    await expect(page.getByRole('heading', { name: 'Directeur technique' })).toBeVisible()
    await expectAccessible(page, '/recherche?q=directeur')
    await page.goto('/recherche?q=zzzzzz')
    await expect(page.getByRole('status')).toHaveText('Aucun résultat pour « zzzzzz ».')
  })

  test('404 page', async ({ page }) => {
    for (const path of ['/metiers/metier-inconnu', '/nimporte-quoi']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.locator('h1')).toHaveText('Page introuvable')
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    }
    await expectAccessible(page, '/metiers/metier-inconnu')
  })
})

test('news pagination', async ({ page, request }) => {
  const token = await adminToken(request)
  for (let i = 1; i <= 11; i++) {
    const created = await request.post('/api/news', {
      data: { title: `Brève de pagination ${i}`, excerpt: 'Une brève.', publishedAt: `2024-01-${String(i).padStart(2, '0')}T08:00:00.000Z`, _status: 'published' },
      headers: { Authorization: `JWT ${token}` },
    })
    expect(created.status()).toBe(201)
  }
  await page.goto('/actualites')
  await page.getByRole('link', { name: /Page suivante/ }).click()
  await expect(page).toHaveURL(/\/actualites\/page\/2$/)
  await expect(page.getByText(/Page 2 sur \d+/)).toBeVisible()
  await expect(page.locator('.news-item').first()).toBeVisible()
})

test('hostile addresses and query strings never give a 5xx', async ({ request }) => {
  const cases: [string, number][] = [
    ['/metiers/metier-inconnu', 404],
    ['/metiers/..%2F..%2Fetc%2Fpasswd', 404],
    ['/metiers/a%00b', 404],
    [`/metiers/${'x'.repeat(5000)}`, 404],
    ['/actualites/%27%20OR%201%3D1--', 404],
    ['/secteurs/inconnu', 404],
    ['/actualites?page=-1', 404],
    ['/actualites?page=abc', 404],
    ['/actualites?page=99999', 404],
    ['/metiers?page=0', 404],
    ["/metiers?secteur=' OR 1=1--", 200],
    ['/metiers?niveau=bac99', 200],
    [`/metiers?secteur=${'x'.repeat(5000)}`, 200],
    ['/metiers?secteur=a&secteur=b', 200],
    [`/recherche?q=${encodeURIComponent("' OR 1=1; -- & | ! : * \u0000 🎓")}`, 200],
    [`/recherche?q=${'é'.repeat(1500)}`, 200],
    // Past Node's 16 KB header limit the HTTP server itself answers 431, before any of our code.
    [`/recherche?q=${'é'.repeat(5000)}`, 431],
  ]
  for (const [url, status] of cases) {
    const response = await request.get(url)
    expect(response.status(), url.slice(0, 80)).toBe(status)
  }
})

test('sitemap, robots and security headers', async ({ request, baseURL }) => {
  const sitemap = await request.get('/sitemap.xml')
  expect(sitemap.status()).toBe(200)
  const xml = await sitemap.text()
  for (const path of ['/metiers/directeur-technique', '/actualites/kedge-simulation-nations-unies-marseille', '/secteurs/industrie'])
    expect(xml).toContain(`<loc>${baseURL}${path}</loc>`)
  expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/)

  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
  expect(robots).toContain('Disallow: /admin')
  expect(robots).toContain('Disallow: /api/')

  for (const path of ['/', '/metiers/directeur-technique', '/api/careers', '/nimporte-quoi']) {
    const headers = (await request.get(path)).headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN')
    expect(headers['x-powered-by'], path).toBeUndefined()
  }
})

test('drafts never reach visitors', async ({ request }) => {
  const token = await adminToken(request)
  const draft = await request.post('/api/careers?draft=true', {
    data: { title: 'Métier secret', summary: 'Pas encore publié.', _status: 'draft' },
    headers: { Authorization: `JWT ${token}` },
  })
  expect(draft.status()).toBe(201)
  expect((await request.get('/metiers/metier-secret')).status()).toBe(404)
  expect(await (await request.get('/metiers')).text()).not.toContain('Métier secret')
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('metier-secret')
  expect(await (await request.get('/recherche?q=secret')).text()).not.toContain('Métier secret')
  expect(await (await request.get('/recherche/suggestions?q=m%C3%A9tier%20sec')).text()).not.toContain('Métier secret')
})
