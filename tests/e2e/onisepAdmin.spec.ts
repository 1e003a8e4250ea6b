import { writeFileSync } from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { adminContentForSpec, logIntoAdmin, WIDTHS } from './helpers'
import { onisepRecord } from '../support/onisepRecord'

// The ONISEP import as an administrator does it in the admin: upload the file, follow the run
// (the server's jobs runner takes it from the `onisep` queue), read the report kept there.

const admin = adminContentForSpec()
const record = (id: number, label: string) =>
  onisepRecord(id, label, 'bâtiment, travaux publics/second œuvre', { code_rome: 'F1603', libelle_rome: 'Installation d’équipements sanitaires et thermiques', gfe: 'GFE C : bâtiment' })
// A hundred and fifty records, so that the run lasts long enough (some seconds) to be seen under
// way; one without a title.
const COUNT = 150
const RECORDS = [...Array.from({ length: COUNT }, (_, index) => record(77_001 + index, `plombier ${index + 1} / plombière ${index + 1}`)), { ...record(77_999, ''), libelle_metier: '' }]

/** Creates an import in the admin as an administrator does: the file, the data's date, "Enregistrer"; resolves on the import's page. */
const uploadInAdmin = async (page: Page, file: string, date: string) => {
  await page.goto('/admin/collections/onisep-imports/create')
  await page.locator('input[type="file"]').setInputFiles(file)
  await page.locator('#field-dataDate input').fill(date)
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await page.waitForURL(/\/admin\/collections\/onisep-imports\/\d+$/)
}

test.afterAll(async ({ request }) => {
  // A few careers per request: a bulk delete loads every career whole, in the server's bounded heap.
  const { docs } = await (await request.get('/api/careers?where[onisep.identifier][like]=MET.77&draft=true&limit=0&depth=0&select[id]=true', { headers: admin.headers })).json()
  const ids: number[] = docs.map((doc: { id: number }) => doc.id)
  for (let start = 0; start < ids.length; start += 30) {
    const careers = await request.delete(`/api/careers?where[id][in]=${ids.slice(start, start + 30).join(',')}`, { headers: admin.headers })
    expect(careers.status()).toBe(200)
  }
  const imports = await request.delete('/api/onisep-imports?where[id][exists]=true', { headers: admin.headers })
  expect(imports.status()).toBe(200)
})

test('an administrator imports an Idéo-Métiers file from the admin, follows its progress and reads the report kept there', async ({ page, playwright }, testInfo) => {
  test.setTimeout(240_000)
  const file = testInfo.outputPath('ideo-metiers.json')
  writeFileSync(file, JSON.stringify(RECORDS))
  const wrong = testInfo.outputPath('export-ancien.json')
  writeFileSync(wrong, JSON.stringify([{ intitule: 'Plombier' }]))

  await page.setViewportSize(WIDTHS.desktop)
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL ?? '', process.env.SEED_ADMIN_PASSWORD ?? '')
  await page.goto('/admin/collections/onisep-imports/create')
  await expect(page.getByText('Choisissez le fichier JSON d’Idéo-Métiers, puis « Enregistrer »')).toBeVisible()

  // A file that is not an export: refused in French, nothing kept, the message whole (Payload's
  // toast cut it at its colon and commas as if it listed fields: scripts/adminPatches.ts).
  await page.locator('input[type="file"]').setInputFiles(wrong)
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.locator('[data-sonner-toast]')).toHaveText(
    'Import refusé, rien n’a été écrit : Ce fichier ne ressemble pas à l’export Idéo-Métiers : aucun enregistrement n’a les champs libelle_metier ou lien_site_onisepfr.',
  )
  expect(page.url()).toContain('/create')

  await uploadInAdmin(page, file, '30/11/2026')

  // The page follows the run: waiting, then under way with its progress bar, then done.
  const status = page.locator('.onisep-report__status')
  await expect(status).toHaveText(/^(En file d’attente|En cours)/)
  await expect(page.getByText('Données citées : Onisep, Idéo-Métiers, 30/11/2026.')).toBeVisible()
  const progress = page.getByRole('progressbar')
  await expect(progress).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.onisep-report__progress')).toContainText(new RegExp(`sur ${COUNT}\\s+enregistrements traités`))
  await expect(status).toHaveText(/^Terminé/, { timeout: 90_000 })
  await expect(page.getByRole('heading', { name: 'Rapport de l’import' })).toBeVisible()
  const counts = page.locator('.onisep-report__counts')
  await expect(counts.locator('.onisep-report__count').filter({ hasText: 'Fiches créées' }).locator('dd')).toHaveText(`${COUNT} (en brouillon)`)
  await expect(counts.locator('.onisep-report__count').filter({ hasText: 'Enregistrements ignorés' }).locator('dd')).toHaveText('1')
  const skipped = page.locator('details').filter({ hasText: 'Enregistrements ignorés (1)' })
  await expect(skipped.getByRole('listitem')).toHaveText(`n° ${COUNT + 1} (MET.77999) : intitulé du métier (libelle_metier) manquant`)

  // The created careers, linked from the report, are drafts to complete.
  await page.getByText(`Fiches créées (${COUNT})`).click()
  await page.getByRole('link', { name: 'Plombier 1 (MET.77001)' }).click()
  await expect(page.locator('#field-title')).toHaveValue('Plombier 1')
  await expect(page.locator('#field-feminineTitle')).toHaveValue('Plombière 1')

  // The list of imports keeps it, with its state and counts; its file is for administrators only.
  await page.goto('/admin/collections/onisep-imports')
  const row = page.locator('.table tbody tr').first()
  const latest = await (await page.request.get('/api/onisep-imports?limit=1&sort=-createdAt&depth=0', { headers: admin.headers })).json()
  const fileUrl = new URL(latest.docs[0].url as string, page.url()).href
  expect((await page.request.get(fileUrl, { headers: admin.headers })).status()).toBe(200)
  const visitor = await playwright.request.newContext()
  expect((await visitor.get(fileUrl)).status()).toBe(403)
  await visitor.dispose()
  await expect(row).toContainText('Terminé')
  await expect(row).toContainText(`Fiches créées : ${COUNT}`)

  // A second upload of the same file, with the same date, changes nothing.
  await uploadInAdmin(page, file, '30/11/2026')
  await expect(status).toHaveText(/^Terminé/, { timeout: 60_000 })
  await expect(counts.locator('.onisep-report__count').filter({ hasText: 'Inchangées' }).locator('dd')).toHaveText(String(COUNT))

  // The report's page, as axe reads it, at both widths, without sideways scroll.
  for (const [name, viewport] of Object.entries(WIDTHS)) {
    await page.setViewportSize(viewport)
    await page.reload()
    await expect(status).toHaveText(/^Terminé/)
    const { violations } = await new AxeBuilder({ page }).include('.onisep-report').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `report at ${name} width`).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `report scrolls sideways at ${name} width`).toBeLessThanOrEqual(viewport.width)
  }
})
