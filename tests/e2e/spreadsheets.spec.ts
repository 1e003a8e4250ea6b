import { readFileSync } from 'node:fs'

import { expect, type Page, test } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import iconv from 'iconv-lite'

import { adminContentForSpec, logIntoAdmin, WIDTHS } from './helpers'

// An editor's round trip through a spreadsheet, in the admin as they would do it: filter the
// careers list, export it to CSV, edit the file as a French Excel saves it (semicolons,
// Windows-1252), import it back, read the report, and see the result on the site.

const admin = adminContentForSpec()
const tag = Date.now().toString(36)
const PREFIX = `Tableur ${tag}`

const openListMenu = async (page: Page, item: RegExp) => {
  await page.locator('.list-controls .popup-button').first().click()
  // The toggler's accessible name is Payload's "Nouvel élément : Export": found by its text.
  await page.locator('button.doc-drawer__toggler').filter({ hasText: item }).click()
}

test.afterAll(async ({ request }) => {
  await request.delete(`/api/careers?where[title][like]=${encodeURIComponent(PREFIX)}`, { headers: admin.headers })
})

test('an editor exports filtered careers to CSV, edits them in a French spreadsheet, imports them back and reads the report', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  const sector = await admin.api.create(page.request, 'sectors', { title: `${PREFIX} artisanat` })
  const cooper = await admin.api.create(page.request, 'careers', { title: `${PREFIX} tonnelier`, summary: 'Fabrique des tonneaux.', sectors: [sector.id], _status: 'published' })
  await admin.api.create(page.request, 'careers', { title: `${PREFIX} vannier`, summary: 'Tresse l’osier.', sectors: [sector.id], _status: 'published' })

  await page.setViewportSize(WIDTHS.desktop)
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL ?? '', process.env.SEED_ADMIN_PASSWORD ?? '')
  await page.goto(`/admin/collections/careers?where[or][0][and][0][title][like]=${encodeURIComponent(PREFIX)}`)
  await expect(page.locator('.table tbody tr')).toHaveCount(2)
  // The export takes the list's columns: the editor shows the summary too.
  await page.getByRole('button', { name: 'Colonnes' }).click()
  await page.locator('.pill-selector__pill').filter({ hasText: /^Chapô$/ }).click()
  await expect(page.locator('.table thead')).toContainText('Chapô')

  // Export what the filter shows: every matching career, not the list's page size.
  await openListMenu(page, /Exporter les Fiches métiers/)
  const drawer = page.locator('.drawer__content, [role="dialog"]').last()
  await expect(drawer.getByText('2 éléments à exporter')).toBeVisible()
  await expect(drawer.getByText('Ascending')).toHaveCount(0)
  const downloading = page.waitForEvent('download')
  await drawer.getByRole('button', { name: 'Télécharger' }).click()
  const file = readFileSync((await (await downloading).path()) ?? '')
  expect([...file.subarray(0, 3)], 'UTF-8 with a BOM, as spreadsheets need to read accents').toEqual([0xef, 0xbb, 0xbf])
  const [header = [], ...rows] = parse(file, { bom: true }) as string[][]
  expect(rows.map((row) => row[header.indexOf('title')]).sort()).toEqual([`${PREFIX} tonnelier`, `${PREFIX} vannier`])
  expect(header.slice(0, 1), 'the id always comes first, chosen or not').toEqual(['id'])
  expect(header).toContain('summary')

  // The editor's changes, saved as a French Excel saves "CSV (séparateur : point-virgule)".
  const edited = rows.map((row) => [...row])
  const cooperRow = edited.find((row) => row[header.indexOf('title')] === `${PREFIX} tonnelier`) ?? []
  cooperRow[header.indexOf('summary')] = 'Fabrique et répare tonneaux, cuves et foudres ; œuvre au chai.'
  const added = header.map((name) => ({ title: `${PREFIX} caviste`, summary: 'Conseille vins et spiritueux – 2 400 € en moyenne.' })[name] ?? '')
  expect(header).toContain('sectors_0_id')
  const refused = header.map((name) => ({ title: `${PREFIX} inconnu`, summary: 'x', sectors_0_id: '99999999' })[name] ?? '')
  const spreadsheet = iconv.encode(stringify([header, ...edited, added, refused], { delimiter: ';', record_delimiter: '\r\n' }), 'win1252')
  const upload = testInfo.outputPath('fiches-metiers.csv')
  await import('node:fs/promises').then((fs) => fs.writeFile(upload, spreadsheet))

  await page.keyboard.press('Escape')
  await openListMenu(page, /Importer des Fiches métiers/)
  const importer = page.locator('.drawer__content, [role="dialog"]').last()
  await importer.locator('input[type="file"]').setInputFiles(upload)
  await expect(importer.getByText('4 lignes à importer')).toBeVisible()
  await expect(importer.getByText('Fabrique et répare tonneaux, cuves et foudres ; œuvre au chai.')).toBeVisible()
  await expect(importer.locator('#field-importMode .rs__single-value')).toHaveText('Mettre à jour, ou créer en brouillon ce qui n’existe pas')
  await importer.getByRole('button', { name: 'Lancer l’import' }).click()

  // The report, kept with the import.
  await expect(page.getByText('Résultat de l’import')).toBeVisible()
  await expect(page.getByText('terminé, des lignes refusées')).toBeVisible()
  await expect(page.locator('.import-preview__results')).toContainText('Créés (en brouillon) : 1')
  await expect(page.locator('.import-preview__results')).toContainText('Mis à jour : 1')
  await expect(page.locator('.import-preview__results')).toContainText('Inchangés (rien à enregistrer) : 1')
  await expect(page.locator('.import-preview__results')).toContainText('Lignes refusées : 1')
  await expect(page.locator('.import-preview__results li')).toHaveText(
    'Ligne 5 du fichier : « Secteurs » : aucun élément n° 99999999 (il a peut-être été supprimé, ou le numéro vient d’un autre site).',
  )
  await page.setViewportSize(WIDTHS.phone)
  await page.screenshot({ path: testInfo.outputPath('report-375.png'), fullPage: true })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTHS.phone.width)

  // Visitors read the edit at once; the added career is a draft they cannot reach.
  const sheet = await page.request.get(`/metiers/${cooper.slug}`)
  expect(await sheet.text()).toContain('Fabrique et répare tonneaux, cuves et foudres ; œuvre au chai.')
  const created = await page.request.get(`/api/careers?draft=true&where[title][equals]=${encodeURIComponent(`${PREFIX} caviste`)}`, { headers: admin.headers })
  const [draft] = (await created.json()).docs as { slug: string; _status: string }[]
  expect(draft?._status).toBe('draft')
  expect((await page.request.get(`/metiers/${draft?.slug}`)).status()).toBe(404)
})

test('an import of a file the spreadsheet broke says in French which line, and writes nothing', async ({ page }, testInfo) => {
  await page.setViewportSize(WIDTHS.desktop)
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL ?? '', process.env.SEED_ADMIN_PASSWORD ?? '')
  await page.goto('/admin/collections/careers')
  const upload = testInfo.outputPath('casse.csv')
  await import('node:fs/promises').then((fs) => fs.writeFile(upload, `title;summary\r\n${PREFIX} cassé;Tonneaux ; cuves\r\n`))
  await openListMenu(page, /Importer des Fiches métiers/)
  const importer = page.locator('.drawer__content, [role="dialog"]').last()
  await importer.locator('input[type="file"]').setInputFiles(upload)
  await expect(importer.getByText(/la ligne 2 a 3 cellules/)).toBeVisible()
  await importer.getByRole('button', { name: 'Lancer l’import' }).click()
  await expect(page.getByText(/la ligne 2 a 3 cellules/).first()).toBeVisible()
  const found = await page.request.get(`/api/careers?draft=true&where[title][like]=${encodeURIComponent(`${PREFIX} cassé`)}`, { headers: admin.headers })
  expect((await found.json()).totalDocs).toBe(0)
})

test('a news import over HTTP keeps its report and leaves no transaction open (nine in a row, more than it took to exhaust the pool)', async ({ request }) => {
  const post = await admin.api.create(request, 'news', { title: `${PREFIX} actualité`, excerpt: 'En ligne.', _status: 'published' })
  for (let round = 0; round < 9; round += 1) {
    const file = Buffer.from(`id,title\n${post.id},${PREFIX} actualité ${round}\n`)
    const created = await request.post('/api/imports', {
      headers: admin.headers,
      multipart: {
        file: { name: `actualites-${round}.csv`, mimeType: 'text/csv', buffer: file },
        _payload: JSON.stringify({ collectionSlug: 'news', importMode: 'upsert', matchField: 'id' }),
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    // The report was committed: the import is there to read.
    const kept = await request.get(`/api/imports/${doc.id}`, { headers: admin.headers })
    expect(kept.status()).toBe(200)
    expect((await kept.json()).summary).toMatchObject({ updated: 1, issues: 0 })
  }
  const live = await request.get(`/api/news/${post.id}`, { headers: admin.headers })
  expect((await live.json()).title).toBe(`${PREFIX} actualité 8`)
})
