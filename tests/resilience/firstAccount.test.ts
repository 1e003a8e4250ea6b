import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Browser, chromium, expect as playwrightExpect } from '@playwright/test'
import { afterAll, describe, it } from 'vitest'

import { dropDatabase, ensureDatabase } from '@/scripts/databases'
import { type App, appEnvironment, startApp } from './harness'

// A new installation: `npm start` on an empty database of its own (it applies the migrations)
// and no user, so the admin opens on its first-account screen. Here rather than among the
// browser tests: a second app server started beside theirs empties the caches under the one
// .next folder they share (scripts/start.ts) and leaves an empty site's pages in its route
// cache, while this layer runs its files one at a time, after them.

// The browser tests' bound for each assertion (playwright.config.ts): two shared cores.
const expect = playwrightExpect.configure({ timeout: 10_000 })

const server = process.env.DATABASE_URL!
const database = `${process.env.RESILIENCE_DATABASE || `reperes_test_res_${Date.now().toString(36)}`}_first_account`
const work = mkdtempSync(path.join(tmpdir(), 'reperes-first-account-'))
let app: App | undefined
let browser: Browser | undefined

afterAll(async () => {
  // Each step even when an earlier one throws: the database must not outlive the run.
  await Promise.allSettled([browser?.close(), app?.stop()])
  await dropDatabase(server, database)
  rmSync(work, { recursive: true, force: true })
})

describe('a new installation', () => {
  it('opens the admin on a first-account screen without a roles field, whose account is an administrator who then sees that field', async () => {
    await dropDatabase(server, database)
    await ensureDatabase(server, database)
    // Without the seed's administrator, whatever the environment running the tests holds.
    const { SEED_ADMIN_EMAIL: _email, SEED_ADMIN_PASSWORD: _password, ...env } = appEnvironment({ server, database, work })
    app = await startApp(env)

    browser = await chromium.launch({
      // Playwright cannot download its browsers here: Debian's Chromium, as the browser tests use.
      executablePath: ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', baseURL: app.base })
    const page = await context.newPage()
    // The first admin page compiles nothing (production build) but initialises Payload: generous.
    page.setDefaultTimeout(30_000)

    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/create-first-user$/, { timeout: 30_000 })
    await page.getByLabel(/^E-mail/).fill('premiere@reperes.test')
    await page.getByLabel(/^Nouveau mot de passe/).fill('mot-de-passe-long')
    await page.getByLabel(/^Confirmez le mot de passe/).fill('mot-de-passe-long')
    await page.getByLabel(/^Nom/).fill('Première personne')
    // Payload gives each field's wrapper the id `field-<name>`: the form's other fields carry
    // theirs, and the roles field (collections/Users.ts, admin.condition) is not drawn at all.
    // No choice to mislead: this account becomes an administrator whatever it would say.
    await expect(page.locator('#field-name')).toBeVisible()
    await expect(page.locator('#field-roles')).toHaveCount(0)
    await page.getByRole('button', { name: 'Créer' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })

    // The session the screen opened, as the admin's own pages read it.
    const me = await page.evaluate(async () => (await (await fetch('/api/users/me')).json()) as { user: { id: number; email: string; roles: string[] } | null })
    expect(me.user).toMatchObject({ email: 'premiere@reperes.test', roles: ['admin'] })
    // The accounts list is shown to administrators only (collections/Users.ts, admin.hidden).
    await expect(page.getByRole('link', { name: 'Comptes', exact: true })).toBeVisible()

    // Logged in, on the account's own edit screen, the same locator finds the roles field with
    // its label and the role given: its absence above is the condition, not a locator that
    // cannot match.
    await page.goto(`/admin/collections/users/${me.user!.id}`)
    const roles = page.locator('#field-roles')
    await expect(roles).toBeVisible()
    await expect(roles.locator('label')).toHaveText(/^Rôles/)
    await expect(roles).toContainText('Administration (comptes et réglages)')
  })
})
