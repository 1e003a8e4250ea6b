import { expect, test } from '@playwright/test'

import { adminContentForSpec, expectAccessible, WIDTHS } from './helpers'

// Careers side by side (/comparer): the demo's careers, read through the browser as a visitor.

const NBSP = '\u00a0'
const NARROW_NBSP = '\u202f'
const euros = (amount: string) => `${amount.replace(' ', NARROW_NBSP)}${NBSP}€`

const table = (page: import('@playwright/test').Page) => page.locator('table.compare__table')
/** The text of the table's cell for a criterion (row header) and a career (column). */
const cell = async (page: import('@playwright/test').Page, criterion: string, column: number) =>
  table(page).locator('tbody tr', { has: page.locator('th', { hasText: criterion }) }).locator('td').nth(column).innerText()

test.describe('comparing careers', () => {
  const session = adminContentForSpec()

  test('two careers: a table of the criteria, pay on one scale, what they share, at the canonical address', async ({ page }) => {
    await page.setViewportSize(WIDTHS.desktop)
    const response = await page.goto('/comparer?metiers=aide-soignant,infirmier')
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1')).toHaveText('Comparer des métiers')
    await expect(page).toHaveTitle(/^Comparer Aide-soignant et Infirmier/)
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/comparer\?metiers=aide-soignant,infirmier$/)

    const headers = table(page).locator('thead th')
    await expect(headers).toHaveCount(2)
    await expect(headers.nth(0).getByRole('link', { name: 'Aide-soignant ou aide-soignante' })).toHaveAttribute('href', '/metiers/aide-soignant')
    await expect(headers.nth(1).getByRole('link', { name: 'Infirmier ou infirmière' })).toHaveAttribute('href', '/metiers/infirmier')

    expect(await cell(page, 'Niveau d’études minimum', 0)).toBe('Bac')
    expect(await cell(page, 'Niveau d’études minimum', 1)).toBe('Bac +3 (licence, BUT)')
    // Aide-soignant: a year for the diploma, three for the bac pro; Infirmier: three years.
    expect(await cell(page, 'Durée des formations', 0)).toBe('De 1 an à 3 ans')
    expect(await cell(page, 'Durée des formations', 1)).toBe('3 ans')
    expect(await cell(page, 'Comment y accéder', 1)).toContain('Après le bac')

    // One scale for both careers: the bars' positions are comparable across columns.
    const scale = await page.locator('.compare__scale').innerText()
    expect(scale).toMatch(/même échelle, de .+ à .+\./)
    const bars = table(page).locator('.pay__span')
    expect(await bars.count()).toBeGreaterThanOrEqual(2)
    const lefts = await bars.evaluateAll((spans) => spans.map((span) => parseFloat((span as HTMLElement).style.left)))
    expect(Math.min(...lefts)).toBe(0)

    await expect(table(page).locator('tbody th')).toContainText(['Secteurs', 'Centres d’intérêt', 'Conditions de travail'])
    expect(await cell(page, 'Secteurs', 0)).toContain('Santé')

    // Shared skill written alike on both sheets ("Écouter et rassurer"), shared interests.
    const common = page.getByRole('region', { name: 'Ce qu’ils ont en commun' })
    await expect(common.locator('li', { hasText: 'Écouter et rassurer' })).toContainText('(tous)')
    await expect(common.locator('li', { hasText: 'La santé et le soin' })).toBeVisible()

    // "Retirer", under the columns (not in their headers, read with every cell), leaves the other career alone.
    await expect(headers.getByRole('link', { name: /Retirer/ })).toHaveCount(0)
    await table(page).locator('tfoot').getByRole('link', { name: 'Retirer Aide-soignant de la comparaison' }).click()
    await expect(page).toHaveURL(/\/comparer\?metiers=infirmier$/)
    await expect(page.locator('table.compare__table thead th')).toHaveCount(1)
  })

  test('three careers, given in any order and case, land on one sorted address', async ({ page, request }) => {
    const moved = await request.get('/comparer?metiers=Infirmier,developpeur-web,aide-soignant,infirmier', { maxRedirects: 0 })
    expect(moved.status()).toBe(308)
    expect(moved.headers().location).toMatch(/\/comparer\?metiers=aide-soignant,developpeur-web,infirmier$/)

    await page.setViewportSize(WIDTHS.desktop)
    await page.goto('/comparer?metiers=infirmier,developpeur-web,aide-soignant')
    await expect(page).toHaveURL(/\/comparer\?metiers=aide-soignant,developpeur-web,infirmier$/)
    await expect(table(page).locator('thead th')).toHaveCount(3)
    expect(await cell(page, 'Durée des formations', 1)).toBe('De 8 mois à 3 ans')
    // Three columns and no add form: a comparison holds three careers.
    await expect(page.getByRole('textbox', { name: 'Ajouter un métier à la comparaison' })).toHaveCount(0)
    // A skill only two of the three share names them.
    await expect(page.getByRole('region', { name: 'Ce qu’ils ont en commun' }).locator('li', { hasText: 'Écouter et rassurer' })).toContainText(
      '(Aide-soignant et Infirmier)',
    )
  })

  test('on a phone, one card per criterion with every career’s answer, and nothing wider than the screen', async ({ page }) => {
    await page.setViewportSize(WIDTHS.phone)
    await page.goto('/comparer?metiers=aide-soignant,developpeur-web,infirmier')
    await expect(table(page)).toBeHidden()
    const compared = page.locator('.compare__careers li')
    await expect(compared).toHaveCount(3)
    await expect(compared.nth(1).getByRole('link').first()).toHaveText('Développeur web ou développeuse web')
    const duration = page.locator('.compare__card', { has: page.getByRole('heading', { level: 2, name: 'Durée des formations' }) })
    await expect(duration.locator('dt')).toHaveText(['Aide-soignant', 'Développeur web', 'Infirmier'])
    await expect(duration.locator('dd')).toHaveText(['De 1 an à 3 ans', 'De 8 mois à 3 ans', '3 ans'])
    // The same criteria as the table's rows, in the same order.
    const criteria = await page.locator('.compare__card h2').allTextContents()
    expect(criteria.slice(0, 3)).toEqual(['Niveau d’études minimum', 'Durée des formations', 'Comment y accéder'])
    await page.setViewportSize(WIDTHS.desktop)
    expect(await table(page).locator('tbody th').allTextContents()).toEqual(criteria)
    await page.setViewportSize(WIDTHS.phone)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTHS.phone.width)
  })

  test('an unknown slug is left out with a note; a renamed career follows its new address', async ({ page, request }) => {
    const response = await page.goto('/comparer?metiers=infirmier,metier-qui-n-existe-pas')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('status')).toContainText(`Aucune fiche publiée ne correspond à «${NBSP}metier-qui-n-existe-pas${NBSP}»`)
    await expect(page.locator('table.compare__table thead th')).toHaveCount(1)
    // Search engines are sent to the clean address and keep this one out.
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/comparer\?metiers=infirmier$/)
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')

    const career = await session.api.create(request, 'careers', {
      title: 'Ambulancier',
      summary: 'Transporte les patients et veille sur eux pendant le trajet.',
      slug: 'ambulancier-comparaison',
      _status: 'published',
    })
    await session.api.update(request, 'careers', career.id, { slug: 'ambulancier-comparaison-renomme' })
    const moved = await request.get('/comparer?metiers=ambulancier-comparaison,infirmier', { maxRedirects: 0 })
    expect(moved.status()).toBe(308)
    expect(moved.headers().location).toMatch(/\/comparer\?metiers=ambulancier-comparaison-renomme,infirmier$/)
  })

  test('four careers are refused with a 400 and a way to choose three', async ({ page }) => {
    const response = await page.goto('/comparer?metiers=aide-soignant,developpeur-web,infirmier,directeur-technique')
    expect(response?.status()).toBe(400)
    await expect(page.getByRole('status')).toContainText('Vous avez demandé 4 métiers : une comparaison en montre 3 au plus')
    const choices = page.getByRole('group', { name: 'Cochez les métiers à comparer (3 au plus)' })
    await expect(choices.getByRole('checkbox')).toHaveCount(4)
    // The first three come ticked: the visitor keeps two of them and swaps one.
    await expect(choices.getByRole('checkbox', { checked: true })).toHaveCount(3)
    await choices.getByRole('checkbox', { name: 'Aide-soignant' }).uncheck()
    await choices.getByRole('checkbox', { name: 'Infirmier' }).uncheck()
    await choices.getByRole('checkbox', { name: 'Directeur technique' }).check()
    await page.getByRole('button', { name: 'Comparer' }).click()
    await expect(page).toHaveURL(/\/comparer\?metiers=developpeur-web,directeur-technique$/)
    await expect(page.locator('table.compare__table thead th')).toHaveCount(2)
  })

  test('an address with hundreds of careers is refused at once, offering only the first ten', async ({ page }) => {
    const slugs = Array.from({ length: 500 }, (_, index) => `metier-${index}`)
    const response = await page.goto(`/comparer?metiers=infirmier,${slugs.join(',')}`)
    expect(response?.status()).toBe(400)
    await expect(page.getByRole('status')).toContainText('Vous avez demandé 501 métiers')
    await expect(page.getByRole('status')).toContainText('Seuls les 10 premiers sont proposés ci-dessous.')
    await expect(page.getByRole('checkbox')).toHaveCount(1)
    await expect(page.getByRole('checkbox', { name: 'Infirmier' })).toBeChecked()
  })

  test('text typed to add a career is cleaned like a search: control characters and huge input are no error', async ({ request }) => {
    for (const typed of ['%00zzzz', 'infirmier%00', `${'x'.repeat(5000)}`, '%E2%80%8B%E2%80%8B', '%3Cscript%3Ealert(1)%3C%2Fscript%3E']) {
      const response = await request.get(`/comparer?metiers=infirmier&ajouter=${typed}`, { maxRedirects: 0 })
      expect([200, 303, 307, 308], typed).toContain(response.status())
      expect(await response.text(), typed).not.toContain('<script>alert(1)')
    }
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('a career is compared from its card, then others are added by title, slug or address', async ({ page }) => {
      await page.setViewportSize(WIDTHS.desktop)
      await page.goto('/metiers')
      await page.locator('.card', { hasText: 'Infirmier' }).getByRole('link', { name: 'Comparer Infirmier avec d’autres métiers' }).click()
      await expect(page).toHaveURL(/\/comparer\?metiers=infirmier$/)
      await expect(page.locator('.lead')).toContainText(`Ajoutez un ou deux métiers à comparer avec «${NBSP}Infirmier${NBSP}»`)

      // A feminine title, without its accent: the only career it names is added.
      const add = page.getByRole('textbox', { name: 'Ajouter un métier à la comparaison' })
      await add.fill('aide soignante')
      await page.getByRole('button', { name: 'Ajouter' }).click()
      await expect(page).toHaveURL(/\/comparer\?metiers=aide-soignant,infirmier$/)

      // A name nothing matches: said beside the field, the text kept to correct.
      await add.fill('zzzz qqqq')
      await page.getByRole('button', { name: 'Ajouter' }).click()
      await expect(page.locator('.compare__problem')).toContainText(`Aucun métier publié ne correspond à «${NBSP}zzzz qqqq${NBSP}»`)
      await expect(add).toHaveValue('zzzz qqqq')
      await expect(add).toHaveAttribute('aria-invalid', 'true')
      // Above the comparison, where the page reloads, not screens below it on a phone.
      const [message, comparison] = await Promise.all([page.locator('.compare__problem').boundingBox(), table(page).boundingBox()])
      expect(message!.y).toBeLessThan(comparison!.y)

      // A pasted address of a sheet.
      await add.fill('https://www.example.org/metiers/developpeur-web/')
      await page.getByRole('button', { name: 'Ajouter' }).click()
      await expect(page).toHaveURL(/\/comparer\?metiers=aide-soignant,developpeur-web,infirmier$/)
      await expect(page.locator('table.compare__table thead th')).toHaveCount(3)
    })

    test('a sheet links to a comparison, and each related career to the pair', async ({ page }) => {
      await page.goto('/metiers/directeur-technique')
      await expect(page.getByRole('link', { name: 'Comparer avec d’autres métiers' })).toHaveAttribute('href', '/comparer?metiers=directeur-technique')
      const related = page.locator('#metiers-proches').locator('xpath=..')
      const pair = related.getByRole('link', { name: /^Comparer Directeur technique et / }).first()
      expect(await pair.getAttribute('href')).toMatch(/^\/comparer\?metiers=[a-z-]+,[a-z-]+$/)
      await pair.click()
      await expect(page.locator('table.compare__table thead th')).toHaveCount(2)
    })
  })

  test('several titles match: the visitor picks one', async ({ page, request }) => {
    for (const title of ['Conducteur de bus', 'Conducteur de train'])
      await session.api.create(request, 'careers', { title, summary: `${title} : fiche de test.`, _status: 'published' })
    await page.goto('/comparer?metiers=infirmier')
    await page.getByRole('textbox', { name: 'Ajouter un métier à la comparaison' }).fill('conducteur')
    await page.getByRole('button', { name: 'Ajouter' }).click()
    const alert = page.locator('.compare__problem')
    await expect(alert).toContainText(`Plusieurs métiers correspondent à «${NBSP}conducteur${NBSP}»`)
    await expect(alert.getByRole('link')).toHaveText(['Conducteur de bus', 'Conducteur de train'])
    await alert.getByRole('link', { name: 'Conducteur de train' }).click()
    await expect(page).toHaveURL(/\/comparer\?metiers=conducteur-de-train,infirmier$/)
  })

  test('the compare pages pass axe at phone and desktop widths', async ({ page }) => {
    await expectAccessible(page, '/comparer?metiers=aide-soignant,developpeur-web,infirmier')
    await expectAccessible(page, '/comparer?metiers=infirmier,metier-inconnu')
    await expectAccessible(page, '/comparer')
    await expectAccessible(page, '/comparer?metiers=a,b,c,infirmier')
  })
})
