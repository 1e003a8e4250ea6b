import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

test('the header search box suggests titles, and the keyboard alone lands on the career page', async ({ page }) => {
  await page.goto('/actualites')
  const box = page.getByRole('combobox', { name: 'Rechercher un métier ou une actualité' })
  await box.click()
  await box.pressSequentially('direc tech', { delay: 30 })
  const list = page.getByRole('listbox', { name: 'Suggestions' })
  await expect(list).toBeVisible()
  await expect(box).toHaveAttribute('aria-expanded', 'true')
  await expect(list.getByRole('option').first()).toContainText('Directeur technique')

  // The open list passes axe too.
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  expect(violations.map((v) => v.id)).toEqual([])

  await page.keyboard.press('ArrowDown')
  const active = await box.getAttribute('aria-activedescendant')
  expect(active).toBeTruthy()
  await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Escape')
  await expect(list).toBeHidden()
  await page.keyboard.press('ArrowDown')
  await expect(list).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/metiers\/directeur-technique$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Directeur technique ou directrice technique')
})

test('Enter without choosing a suggestion runs the full search', async ({ page }) => {
  // The header's box: the home page draws only its own, so another page.
  await page.goto('/metiers')
  const box = page.getByRole('search', { name: 'Recherche sur tout le site' }).getByRole('combobox')
  await box.fill('INGÉNIEURS')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/recherche\?q=ING%C3%89NIEURS$/)
  await expect(page.getByRole('status')).toHaveText(/^\d+\srésultats? pour « INGÉNIEURS »\.$/)
  await expect(page.locator('.search-result').first()).toContainText('Métier')
  await expect(page.locator('.search-result mark').first()).toHaveText(/ingénieur/i)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('search and its filters work as plain forms, and every filter lives in the address', async ({ page }) => {
    await page.goto('/recherche?q=directeur')
    await page.getByText('Affiner : type, secteur, niveau, salaire').click()
    await page.getByLabel('Type').selectOption('metiers')
    await page.getByLabel('Accessible avec').selectOption('bac5')
    await page.getByLabel('Salaire moyen brut').selectOption('2000')
    await page.getByRole('button', { name: 'Appliquer' }).click()
    await expect(page).toHaveURL(/q=directeur/)
    await expect(page).toHaveURL(/type=metiers/)
    await expect(page).toHaveURL(/niveau=bac5/)
    await expect(page).toHaveURL(/salaire=2000/)
    await expect(page.getByRole('heading', { name: 'Directeur technique' })).toBeVisible()

    await page.goto('/recherche?q=directeur&salaire=4000')
    await expect(page.getByRole('status')).toHaveText('Aucun résultat pour « directeur ».')
    await expect(page.getByRole('link', { name: 'cherchez sans les filtres' })).toHaveAttribute('href', '/recherche?q=directeur')
  })

  test('the careers list filters by average salary', async ({ page, request }) => {
    // What the filter should keep and drop, from the published careers' own figures (the demo
    // content has averages from 2 200 to 3 000 €, so 2 500 € splits it).
    const { docs } = await (await request.get('/api/careers?limit=100&depth=0&sort=title')).json()
    const careers = docs as { title: string; pay?: { overall?: { average?: number | null } } }[]
    const kept = careers.filter((career) => (career.pay?.overall?.average ?? 0) >= 2500).map((career) => career.title)
    const dropped = careers.filter((career) => !kept.includes(career.title)).map((career) => career.title)
    expect(kept.length).toBeGreaterThan(0)
    expect(dropped.length).toBeGreaterThan(0)

    await page.goto('/metiers')
    await page.getByLabel('Salaire moyen brut').selectOption('2500')
    await page.getByRole('button', { name: 'Filtrer' }).click()
    await expect(page).toHaveURL(/\/metiers\?salaire=2500$/)
    await expect(page.getByRole('status')).toHaveText(`${kept.length} métier${kept.length > 1 ? 's' : ''}`)
    const shown = await page.locator('.card__title').allTextContents()
    expect(shown.toSorted((a, b) => a.localeCompare(b, 'fr'))).toEqual(kept.toSorted((a, b) => a.localeCompare(b, 'fr')))
    for (const title of dropped) await expect(page.getByRole('heading', { name: title, exact: true })).toHaveCount(0)
  })
})

test('the suggestion endpoint answers titles only, at most 8, whatever it is sent', async ({ request }) => {
  const response = await request.get('/recherche/suggestions?q=inf')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/json')
  const { suggestions } = await response.json()
  expect(suggestions).toContainEqual({ kind: 'career', title: 'Infirmier', url: '/metiers/infirmier' })
  for (const q of ['e', '%00', encodeURIComponent("'&|!:*\"<>()"), encodeURIComponent('🐝🐝'), 'x'.repeat(3000)]) {
    const hostile = await request.get(`/recherche/suggestions?q=${q}`)
    expect(hostile.status(), q.slice(0, 20)).toBe(200)
    expect((await hostile.json()).suggestions.length).toBeLessThanOrEqual(8)
  }
})
