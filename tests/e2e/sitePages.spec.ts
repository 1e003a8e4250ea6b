import { expect, test } from '@playwright/test'

import { adminToken, expectAccessible } from './helpers'

// The site's own pages (à propos, mentions légales, déclaration d'accessibilité…), as the demo
// content publishes them, read through the footer of every page.

const PAGES = [
  ['À propos de Repères', '/a-propos'],
  ['Charte éditoriale', '/charte-editoriale'],
  ['D’où viennent les salaires', '/sources-des-salaires'],
  ['Nous contacter', '/contact'],
  ['Mentions légales', '/mentions-legales'],
  ['Déclaration d’accessibilité', '/accessibilite'],
] as const
/** The footer's link to the statement reads as the RGAA asks. */
const footerName = (title: string): string | RegExp => (title === 'Déclaration d’accessibilité' ? /^Accessibilité\s:\snon conforme$/ : title)

test.describe('the site’s own pages', () => {
  test('every page’s footer links to them, and no longer offers the XML sitemap to people', async ({ page }) => {
    for (const path of ['/', '/metiers/infirmier', '/comparer', '/nimporte-quoi']) {
      await page.goto(path)
      const footer = page.getByRole('navigation', { name: 'Informations sur le site' })
      for (const [title, href] of PAGES) await expect(footer.getByRole('link', { name: footerName(title), exact: true }), `${path}: ${title}`).toHaveAttribute('href', href)
      await expect(page.getByRole('contentinfo').getByRole('link', { name: /Plan du site/ })).toHaveCount(0)
    }
  })

  test('each renders with its title, summary and dates at its French address, and is listed in the sitemap', async ({ page, request }) => {
    for (const [title, path] of PAGES) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      await expect(page.locator('h1')).toHaveText(title)
      await expect(page.locator('.lead')).not.toBeEmpty()
      await expect(page.locator('.dates')).toHaveText(/^Publication le \d\d\/\d\d\/\d{4} \| MAJ le \d\d\/\d\d\/\d{4}$/)
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${path}$`))
    }
    const moved = await request.get('/informations/a-propos', { maxRedirects: 0 })
    expect(moved.status()).toBe(308)
    expect(moved.headers().location).toBe('/a-propos')
    expect((await request.get('/informations/inconnue')).status()).toBe(404)
    const sitemap = await (await request.get('/sitemap.xml')).text()
    for (const [, path] of PAGES) expect(sitemap).toContain(`${path}</loc>`)
  })

  test('the accessibility statement opens with its RGAA conformity state, and says how to report a problem', async ({ page }) => {
    await page.goto('/accessibilite')
    await expect(page.locator('.conformity')).toContainText('Repères est non conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA)')
    await expect(page.locator('.conformity')).toContainText('Aucun audit de conformité n’a encore été réalisé.')
    for (const heading of ['Contenus non accessibles connus', 'Retour d’information et contact', 'Voies de recours'])
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
    await expect(page.locator('main').getByRole('link', { name: 'Contact', exact: true })).toHaveAttribute('href', '/contact')
  })

  test('an editor’s published change reaches the page and the footer at once; unpublished, it leaves them', async ({ page, request }) => {
    const headers = { Authorization: `JWT ${await adminToken(request)}` }
    const { docs } = await (await request.get('/api/pages?where[kind][equals]=salarySources&depth=0', { headers })).json()
    const original = docs[0] as { id: number; title: string }
    try {
      const changed = await request.patch(`/api/pages/${original.id}`, { headers, data: { title: 'Les sources de nos salaires' } })
      expect(changed.status()).toBe(200)
      await page.goto('/sources-des-salaires')
      await expect(page.locator('h1')).toHaveText('Les sources de nos salaires')
      await expect(page.getByRole('navigation', { name: 'Informations sur le site' }).getByRole('link', { name: 'Les sources de nos salaires' })).toBeVisible()

      expect((await request.patch(`/api/pages/${original.id}`, { headers, data: { _status: 'draft' } })).status()).toBe(200)
      expect((await page.goto('/sources-des-salaires'))?.status()).toBe(404)
      await page.goto('/')
      await expect(page.getByRole('navigation', { name: 'Informations sur le site' }).getByRole('link', { name: /sources/i })).toHaveCount(0)
    } finally {
      await request.patch(`/api/pages/${original.id}`, { headers, data: { title: original.title, _status: 'published' } })
    }
  })

  test('they pass axe at phone and desktop widths', async ({ page }) => {
    for (const [, path] of PAGES) await expectAccessible(page, path)
  })
})
