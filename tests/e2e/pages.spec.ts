import { expect, test } from '@playwright/test'

const NARROW_NBSP = '\u202f'

test('the career sheet renders from PostgreSQL, with French figures', async ({ page }) => {
  const response = await page.goto('/metiers/directeur-technique')
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Directeur technique')
  for (const section of ['Profil de compétences', 'Activités et missions', 'Formations et filières', 'Salaire'])
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible()
  const salary = page.locator('.salary__figures')
  await expect(salary).toContainText(`1${NARROW_NBSP}900`)
  await expect(salary).toContainText(`4${NARROW_NBSP}500`)
  await expect(salary).toContainText(`moyenne 2${NARROW_NBSP}400`)
  await expect(salary).toContainText('brut mensuel')
  await expect(page).toHaveTitle(/Directeur technique/)
})

test('the news list shows both dates of every post, in the Paris calendar', async ({ page }) => {
  await page.goto('/actualites')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actualités')
  const neoma = page.locator('.news-item', { hasText: 'NEOMA' })
  await expect(neoma.locator('.news-item__dates')).toHaveText('Publication le 20/11/2025 | MAJ le 21/11/2025')
  const kedge = page.locator('.news-item', { hasText: 'KEDGE' })
  await expect(kedge.locator('.news-item__dates')).toHaveText('Publication le 25/11/2025 | MAJ le 25/11/2025')
  // Newest first (other tests may publish newer posts).
  const titles = await page.locator('.news-item__title').allTextContents()
  const position = (school: string) => titles.findIndex((title) => title.includes(school))
  expect(position('KEDGE')).toBeLessThan(position('NEOMA'))
  expect(position('NEOMA')).toBeLessThan(position('ISC'))
  expect(position('ISC')).toBeLessThan(position('HEC'))
})

test('unknown or malformed addresses get the French 404 page, never a 5xx', async ({ request, page }) => {
  for (const url of [
    '/metiers/metier-inconnu',
    '/metiers/..%2F..%2Fetc%2Fpasswd',
    '/metiers/a%00b',
    `/metiers/${'x'.repeat(5000)}`,
    '/actualites?page=-1',
    '/actualites?page=abc',
    '/actualites?page=99999',
  ]) {
    const response = await request.get(url)
    expect(response.status(), url).toBe(404)
  }
  const response = await page.goto('/metiers/metier-inconnu')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable')
})

test('the home page links to the career sheet and the news', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: /Directeur technique/ }).click()
  await expect(page).toHaveURL(/\/metiers\/directeur-technique$/)
})
