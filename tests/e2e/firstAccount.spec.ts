import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { dropDatabase, ensureDatabase } from '@/scripts/databases'
import { appEnvironment, startApp, type App } from '../resilience/harness'

// A new installation: the app on a database of its own, migrated by `npm start` and holding no
// user, so the admin opens on its first-account screen. The suite's server and its seeded
// administrator stay out of it.

const server = process.env.DATABASE_URL!
const database = `${new URL(server).pathname.slice(1)}_first_account`
let work: string | undefined
let app: App | undefined

test.beforeAll(async () => {
  // Migrations and Next's first start on two shared cores.
  test.setTimeout(180_000)
  await dropDatabase(server, database)
  await ensureDatabase(server, database)
  work = mkdtempSync(path.join(tmpdir(), 'reperes-first-account-'))
  const { SEED_ADMIN_EMAIL: _email, SEED_ADMIN_PASSWORD: _password, ...env } = appEnvironment({ server, database, work })
  app = await startApp(env)
})

test.afterAll(async () => {
  await app?.stop()
  await dropDatabase(server, database)
  if (work) rmSync(work, { recursive: true, force: true })
  // Both servers use the one .next folder, and Next keys its data cache by URL, not by database:
  // what this app cached for an empty site must not be served by the suite's server. The same
  // folders scripts/start.ts empties on every start.
  for (const cache of ['.next/cache/fetch-cache', '.next/cache/images', '.next/server/route-cache'])
    rmSync(cache, { recursive: true, force: true })
})

test('the first-account screen of a new installation offers no roles field and creates an administrator', async ({ page }) => {
  await page.goto(`${app!.base}/admin`)
  await expect(page).toHaveURL(/\/admin\/create-first-user$/)

  await page.getByLabel(/^E-mail/).fill('premiere@reperes.test')
  await page.getByLabel(/^Nouveau mot de passe/).fill('mot-de-passe-long')
  await page.getByLabel(/^Confirmez le mot de passe/).fill('mot-de-passe-long')
  await page.getByLabel(/^Nom/).fill('Première personne')
  // No roles field to mislead: this account becomes an administrator whatever it would say.
  await expect(page.getByText('Rôles', { exact: true })).toHaveCount(0)
  await page.getByRole('button', { name: 'Créer' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  // The session the screen opened, as the admin's own pages read it.
  const me = await page.evaluate(async () => (await (await fetch('/api/users/me')).json()) as { user: { email: string; roles: string[] } | null })
  expect(me.user).toMatchObject({ email: 'premiere@reperes.test', roles: ['admin'] })
  // The accounts list is shown to administrators only (collections/Users.ts, admin.hidden).
  await expect(page.getByRole('link', { name: 'Utilisateurs', exact: true })).toBeVisible()
})
