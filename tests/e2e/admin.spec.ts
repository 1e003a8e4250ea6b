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
  // Payload's toast once the server has stored it: the form's own labels ("Mis à jour le",
  // "publiées") match looser words before the save, which let a run read the list too early.
  await expect(page.locator('[data-sonner-toast]').getByText('Mise à jour réussie.', { exact: true })).toBeVisible()

  await page.goto('/actualites')
  const item = page.locator('.news-item', { hasText: title })
  await expect(item).toBeVisible()
  const today = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short' }).format(new Date())
  await expect(item.locator('.news-item__dates')).toHaveText(`Publication le ${today} | MAJ le ${today}`)
})

test('a contributor writes a draft in the admin but is never offered to publish, and the API refuses it', async ({ page, request }) => {
  const login = await request.post('/api/users/login', {
    data: { email: process.env.SEED_ADMIN_EMAIL, password: process.env.SEED_ADMIN_PASSWORD },
  })
  const { token } = await login.json()
  const contributor = { email: `contributeur-${Date.now()}@reperes.test`, password: 'mot-de-passe-contributeur', name: 'Alex Contributeur' }
  expect((await request.post('/api/users', { data: { ...contributor, roles: ['contributor'] }, headers: { Authorization: `JWT ${token}` } })).status()).toBe(201)

  await page.goto('/admin')
  await page.locator('input[name="email"]').fill(contributor.email)
  await page.locator('input[name="password"]').fill(contributor.password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await expect(page.getByRole('link', { name: 'Actualités' }).first()).toBeVisible()

  // The list offers a new article (the way a contributor finds it), not only the address.
  await page.goto('/admin/collections/news')
  await page.getByRole('link', { name: /^Nouvel élément\s:\sActualité$/ }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/news\/create/)
  const title = `Proposition ${Date.now()}`
  await page.locator('#field-title').fill(title)
  await page.locator('#field-excerpt').fill('Une idée d’article à relire.')
  await expect(page.getByRole('button', { name: 'Publier les modifications' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
  // Payload's toast once the server has stored the draft (not the button's own label), and the
  // address of the document it created.
  await expect(page.getByText('Brouillon enregistré avec succès.', { exact: true })).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+(\?|$)/)

  const found = await request.get(`/api/news?where[title][equals]=${encodeURIComponent(title)}&draft=true`, {
    headers: { Authorization: `JWT ${token}` },
  })
  const docs = (await found.json()).docs as { _status: string; excerpt: string }[]
  expect(docs.map((doc) => [doc._status, doc.excerpt])).toEqual([['draft', 'Une idée d’article à relire.']])
  expect(await (await request.get('/actualites')).text()).not.toContain(title)

  // The admin hides what a contributor may not do: delete published content, manage accounts.
  await expect(page.getByRole('link', { name: 'Comptes' })).toHaveCount(0)
  // A demo post nobody else has open: the one the editor test just published may still be
  // locked by that session (Payload's document locking), which would cover the page.
  const published = await request.get('/api/news?where[slug][equals]=kedge-simulation-nations-unies-marseille', {
    headers: { Authorization: `JWT ${token}` },
  })
  await page.goto(`/admin/collections/news/${(await published.json()).docs[0].id}`)
  await page.locator('.doc-controls .popup-button').last().click()
  await expect(page.locator('.popup__content').getByText('Dupliquer')).toBeVisible()
  await expect(page.locator('.popup__content').getByText('Supprimer')).toHaveCount(0)

  const contributorLogin = await request.post('/api/users/login', { data: { email: contributor.email, password: contributor.password } })
  const contributorToken = (await contributorLogin.json()).token
  const publish = await request.post('/api/news', {
    data: { title: 'Publication directe', excerpt: 'x', _status: 'published' },
    headers: { Authorization: `JWT ${contributorToken}` },
  })
  expect(publish.status()).toBe(403)
})
