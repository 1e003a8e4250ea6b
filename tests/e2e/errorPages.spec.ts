import { expect, type Page, test } from '@playwright/test'
import pg from 'pg'

// The site's own error pages, in French: app/(frontend)/not-found.tsx for an address with no
// document, app/(frontend)/error.tsx for a page that cannot be built.

const UNKNOWN = ['/metiers/metier-inconnu', '/actualites/actualite-inconnue']
// An address no route knows: Next's global-not-found.tsx, which must say the same.
const NO_ROUTE = '/nimporte-quoi/vraiment'

const expectFrenchNotFound = async (page: Page, path: string) => {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(404)
  await expect(page.locator('html'), path).toHaveAttribute('lang', 'fr')
  await expect(page).toHaveTitle('Page introuvable — Repères')
  await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Page introuvable')
  await expect(page.getByText('Cette page n’existe pas ou n’est plus publiée.'), path).toBeVisible()
  await expect(page.getByRole('link', { name: 'Revenir à l’accueil' }), path).toHaveAttribute('href', '/')
  await expect(page.getByRole('link', { name: 'Parcourir les métiers' }), path).toHaveAttribute('href', '/metiers')
  await expect(page.getByRole('link', { name: 'Lire les actualités' }), path).toHaveAttribute('href', '/actualites')
  await expect(page.getByRole('contentinfo'), path).toContainText('portail d’orientation')
  await expect(page.locator('meta[name="robots"]').first(), path).toHaveAttribute('content', /noindex/)
}

test('an unknown career or news address is the French 404 page', async ({ page }) => {
  for (const path of UNKNOWN) await expectFrenchNotFound(page, path)
})

test('an address no route knows is the same French 404 page, header and footer included', async ({ page }) => {
  await expectFrenchNotFound(page, NO_ROUTE)
  const main = await page.locator('main').innerText()
  await page.goto(UNKNOWN[0]!)
  expect(await page.locator('main').innerText()).toBe(main)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  // What crawlers and visitors without scripts get is the HTML as served, with nothing drawn in
  // the browser afterwards. This documents a known defect, vercel/next.js#62228 (still in 16.4):
  // Next serves notFound() as its empty error shell (<html id="__next_error__">, no lang, no
  // content) with the right status, and draws the French page in the browser only. When Next
  // fixes it (or we work around it), this test fails: invert it into the French 404 page as
  // served (expectFrenchNotFound above) with JavaScript disabled.
  test('an unknown career or news address is served with status 404 as Next’s error shell, without the French page (known defect: vercel/next.js#62228)', async ({ page }) => {
    for (const path of UNKNOWN) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.locator('html'), path).toHaveAttribute('id', '__next_error__')
      await expect(page.locator('html'), path).not.toHaveAttribute('lang', /./)
      await expect(page.getByRole('heading', { name: 'Page introuvable' }), path).toHaveCount(0)
      await expect(page.getByText('Cette page n’existe pas ou n’est plus publiée.'), path).toHaveCount(0)
    }
  })
})

// This run's own database, closed to new connections and rid of the app's by the test below,
// from a session on the server's maintenance database, which stays open to reopen it.
const appDatabase = new URL(process.env.DATABASE_URL!)
const appDatabaseName = decodeURIComponent(appDatabase.pathname.slice(1))
const quotedAppDatabase = `"${appDatabaseName.replaceAll('"', '""')}"`
const maintenanceSession = async () => {
  const maintenance = new URL(appDatabase)
  maintenance.pathname = '/postgres'
  const client = new pg.Client({ connectionString: maintenance.toString() })
  await client.connect()
  return client
}

// The test reopens the database in its own `finally`, which a test abandoned at its timeout (a
// hung statement, a stuck page) may never reach: every spec after this one would then find the
// database closed. Reopening an open database changes nothing.
test.afterAll(async () => {
  const admin = await maintenanceSession()
  try {
    await admin.query(`alter database ${quotedAppDatabase} allow_connections true`)
  } finally {
    await admin.end()
  }
})

test('while the database refuses connections, a page it must build is the French error page; then the site recovers', async ({ page }) => {
  const admin = await maintenanceSession()
  // A search nobody made yet: no cache can answer it, only the database.
  const path = `/recherche?q=${encodeURIComponent(`panne ${Date.now()}`)}`
  try {
    await admin.query(`alter database ${quotedAppDatabase} allow_connections false`)
    await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [appDatabaseName])
    const response = await page.goto(path)
    expect(response?.status()).toBe(500)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service momentanément indisponible')
    await expect(page.getByText('Cette page ne peut pas être affichée pour l’instant. Réessayez dans quelques instants.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Réessayer' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'revenir à l’accueil' })).toHaveAttribute('href', '/')
  } finally {
    await admin.query(`alter database ${quotedAppDatabase} allow_connections true`)
    await admin.end()
  }
  // The pool reconnects on its own; a generous bound only a server that never recovers exceeds.
  await expect.poll(async () => (await page.goto(path))?.status(), { timeout: 30_000 }).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Recherche : « panne \d+ »$/)
})
