import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { adminToken, expectAccessible, jsonLdOfType } from './helpers'
import { onisepRecord } from '../support/onisepRecord'

// The ONISEP import as an administrator runs it (the command line, beside the running server),
// then the public site as a visitor sees it: the published sheet with its attribution, the
// draft and the sector nothing published fills yet nowhere to be seen.

const work = mkdtempSync(path.join(tmpdir(), 'reperes-onisep-e2e-'))

const importFile = (name: string, records: unknown[], ...options: string[]) => {
  const file = path.join(work, name)
  writeFileSync(file, JSON.stringify(records))
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/importOnisep.ts', file, ...options], { encoding: 'utf8', env: process.env })
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0)
  return run.stdout
}

// The page tests count on the demo careers being the latest published: what the import made
// goes once this file is done (a delete through the API expires the pages it was on).
test.afterAll(async ({ request }) => {
  const headers = { Authorization: `JWT ${await adminToken(request)}` }
  const careers = await request.delete('/api/careers?where[onisep.identifier][in]=MET.7001,MET.7002', { headers })
  const sectors = await request.delete('/api/sectors?where[slug][in]=verre-vitrail,patrimoine-restauration', { headers })
  expect([careers.status(), sectors.status()]).toEqual([200, 200])
})

test('an imported sheet, once published, cites Onisep with its date and licence; drafts and empty imported sectors stay hidden', async ({ page, request }) => {
  test.setTimeout(120_000)
  // A draft in a sector of its own: neither may show.
  importFile('draft.json', [onisepRecord(7001, 'souffleur / souffleuse de verre au chalumeau', 'verre, vitrail/verre')])
  // Published at once, in a new sector; the running server expires the pages (its jobs runner).
  const said = importFile('published.json', [onisepRecord(7002, 'restaurateur / restauratrice de vitraux', 'patrimoine, restauration/vitrail')], '--publish', '--date', '2026-11-30')
  expect(said).toContain('Pages du site rafraîchies')
  // Each run is kept in the admin with its report, as an upload there would be.
  const kept = await (await request.get('/api/onisep-imports?where[source][equals]=cli&sort=-createdAt&depth=0', { headers: { Authorization: `JWT ${await adminToken(request)}` } })).json()
  expect(kept.docs.slice(0, 2).map((doc: { status: string; filename: string; counts: string }) => [doc.status, doc.filename, doc.counts.split(' · ')[0]])).toEqual([
    ['done', expect.stringMatching(/^published.*\.json$/), 'Fiches créées : 1'],
    ['done', expect.stringMatching(/^draft.*\.json$/), 'Fiches créées : 1'],
  ])

  const response = await page.goto('/metiers/restaurateur-de-vitraux')
  expect(response?.status()).toBe(200)
  await expect(page.locator('h1')).toContainText('Restaurateur de vitraux')
  await expect(page.locator('h1')).toContainText('restauratrice de vitraux')
  const onisep = page.getByRole('region', { name: 'Sources' }).getByRole('listitem').filter({ hasText: 'Onisep, Idéo-Métiers' })
  await expect(onisep).toHaveText('Onisep, Idéo-Métiers, 30/11/2026 (Licence Ouverte)')
  await expect(onisep.getByRole('link', { name: 'Onisep, Idéo-Métiers' })).toHaveAttribute('href', 'https://www.onisep.fr/http/redirection/metier/slug/MET.7002')
  await expect(onisep.getByRole('link', { name: 'Licence Ouverte' })).toHaveAttribute('href', /etalab\.gouv\.fr/)
  const occupation = await jsonLdOfType(page, 'Occupation')
  expect(JSON.stringify(occupation.mainEntityOfPage)).toContain('Onisep, Idéo-Métiers')
  await expectAccessible(page, '/metiers/restaurateur-de-vitraux')

  expect((await request.get('/metiers/souffleur-de-verre-au-chalumeau')).status()).toBe(404)
  expect((await request.get('/secteurs/verre-vitrail')).status()).toBe(404)
  expect((await request.get('/secteurs/patrimoine-restauration')).status()).toBe(200)
  await page.goto('/')
  await expect(page.getByRole('link', { name: /Patrimoine, restauration/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /Verre, vitrail/ })).toHaveCount(0)
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain('/metiers/restaurateur-de-vitraux')
  expect(sitemap).toContain('/secteurs/patrimoine-restauration')
  expect(sitemap).not.toContain('/secteurs/verre-vitrail')
})
