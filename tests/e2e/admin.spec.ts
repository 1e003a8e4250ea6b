import { expect, test } from '@playwright/test'

const editor = { email: `editrice-${Date.now()}@reperes.test`, password: 'mot-de-passe-editrice', name: 'Camille Éditrice' }

test.beforeAll(async ({ request }) => {
  const login = await request.post('/api/users/login', {
    data: { email: process.env.SEED_ADMIN_EMAIL, password: process.env.SEED_ADMIN_PASSWORD },
  })
  const { token } = await login.json()
  const created = await request.post('/api/users', {
    data: { ...editor, roles: ['editor'] },
    headers: { Authorization: `JWT ${token}` },
  })
  expect(created.status()).toBe(201)
})

test('an editor logs into the French admin and publishes a news post that visitors then see', async ({ page }) => {
  // An English browser still gets the French admin by default.
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'en-US,en;q=0.9' })
  await page.goto('/admin')
  await page.locator('input[name="email"]').fill(editor.email)
  await page.locator('input[name="password"]').fill(editor.password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('link', { name: 'Actualités' }).first()).toBeVisible()

  await page.goto('/admin/collections/news/create')
  const title = `Journée portes ouvertes ${Date.now()}`
  await page.locator('#field-title').fill(title)
  await page.locator('#field-excerpt').fill('Les lycées professionnels ouvrent leurs ateliers samedi.')
  await page.getByRole('button', { name: 'Publier les modifications' }).click()
  await expect(page.getByText(/publié|mis à jour|succès/i).first()).toBeVisible()

  await page.goto('/actualites')
  const item = page.locator('.news-item', { hasText: title })
  await expect(item).toBeVisible()
  const today = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short' }).format(new Date())
  await expect(item.locator('.news-item__dates')).toHaveText(`Publication le ${today} | MAJ le ${today}`)
})
