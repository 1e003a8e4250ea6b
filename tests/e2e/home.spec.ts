import { expect, test } from '@playwright/test'

import { adminContentForSpec, expectAccessible, WIDTHS } from './helpers'

// The first impression: the home page on a phone, its ways in, the list by interest, the icon.

test.describe('the home page and its ways in', () => {
  const session = adminContentForSpec()

  test('on a phone, the first screen holds one search box, then the ways in by interest and by sector before any list', async ({ page }) => {
    await page.setViewportSize(WIDTHS.phone)
    await page.goto('/')
    const visibleSearchBoxes = page.locator('input[type="search"]:visible')
    await expect(visibleSearchBoxes).toHaveCount(1)
    const box = await visibleSearchBoxes.first().boundingBox()
    expect(box!.y + box!.height).toBeLessThanOrEqual(WIDTHS.phone.height)

    const headings = await page.locator('main h2').allTextContents()
    expect(headings.slice(0, 2)).toEqual(['Explorer par centre d’intérêt', 'Explorer par secteur'])
    expect(headings.indexOf('Fiches métiers récentes')).toBeGreaterThan(1)
  })

  test('interests and sectors without a published career are not offered', async ({ page, request }) => {
    const empty = await session.api.create(request, 'sectors', { title: 'Secteur sans métier publié', description: 'Vide.' })
    await session.api.create(request, 'careers', { title: 'Éleveur de test', summary: 'Un brouillon.', interests: ['animals'], sectors: [empty.id], _status: 'draft' })
    await page.goto('/')
    const sectors = page.getByRole('region', { name: 'Explorer par secteur' })
    await expect(sectors.getByRole('link', { name: /Santé/ })).toBeVisible()
    await expect(sectors.getByRole('link', { name: /Secteur sans métier publié/ })).toHaveCount(0)
    const interests = page.getByRole('region', { name: 'Explorer par centre d’intérêt' })
    // "Les animaux": only a draft has it.
    await expect(interests.getByRole('link', { name: /Les animaux/ })).toHaveCount(0)
    await expect(interests.getByRole('link', { name: 'Aider les autres (2)' })).toBeVisible()
  })

  test('an interest lists the careers that have it, at a French address, and nothing else', async ({ page, request }) => {
    await session.api.create(request, 'careers', { title: 'Métier sans centres d’intérêt', summary: 'Importé, rien de renseigné.', _status: 'published' })
    await page.goto('/')
    await page.getByRole('region', { name: 'Explorer par centre d’intérêt' }).getByRole('link', { name: /Aider les autres/ }).click()
    await expect(page).toHaveURL(/\/metiers\?interet=aider-les-autres$/)
    await expect(page.locator('.count')).toHaveText('2 métiers pour qui aime « aider les autres »')
    const titles = await page.locator('.card__title').allTextContents()
    expect(titles.sort()).toEqual(['Aide-soignant', 'Infirmier'])
    await expect(page.getByLabel('J’aime…')).toHaveValue('aider-les-autres')
    // Offered with their counts, and only those published careers have ("Les animaux": a draft's).
    await expect(page.getByLabel('J’aime…').locator('option[value="aider-les-autres"]')).toHaveText('Aider les autres (2)')
    await expect(page.getByLabel('J’aime…').locator('option[value="animaux"]')).toHaveCount(0)

    // Combined with another filter from the form, and an unknown interest ignored.
    await page.getByLabel('J’aime…').selectOption('informatique')
    await page.getByRole('button', { name: 'Filtrer' }).click()
    await expect(page).toHaveURL(/\/metiers\?interet=informatique$/)
    await expect(page.locator('.card__title')).toContainText(['Développeur web'])
    const unknown = await page.goto('/metiers?interet=jardiner')
    expect(unknown?.status()).toBe(200)
    expect(Number((await page.locator('.count').textContent())?.match(/\d+/)?.[0])).toBeGreaterThanOrEqual(7)
    await expectAccessible(page, '/metiers?interet=aider-les-autres')
  })

  test('the site has an icon at /favicon.ico', async ({ request, page }) => {
    const icon = await request.get('/favicon.ico')
    expect(icon.status()).toBe(200)
    expect(icon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/)
    expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]))
    await page.goto('/')
    await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1)
  })

  test('a long title is cut between words in the breadcrumbs, and whole in the heading and the structured data', async ({ page, request }) => {
    const title = 'Parcoursup 2027 : tout ce qui change pour les lycéens, les familles et les formations sélectives, calendrier compris'
    const post = await session.api.create(request, 'news', { title, excerpt: 'Ce qui change.', _status: 'published' })
    await page.goto(`/actualites/${post.slug}`)
    const current = page.getByRole('navigation', { name: 'Fil d’Ariane' }).locator('[aria-current="page"]')
    const shown = await current.innerText()
    expect(shown.endsWith('…')).toBe(true)
    expect(shown.length).toBeLessThanOrEqual(48)
    expect(title.startsWith(shown.slice(0, -1))).toBe(true)
    await expect(page.locator('h1')).toHaveText(title)
    const trail = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text)).find((block) => block['@type'] === 'BreadcrumbList')
    expect(JSON.stringify(trail)).toContain(title)
  })

  test('the home page passes axe at phone and desktop widths', async ({ page }) => {
    await expectAccessible(page, '/')
  })
})
