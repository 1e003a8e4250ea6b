import { expect, type Page, test } from '@playwright/test'
import pg from 'pg'

import { crawlAdmin } from './adminCrawl'
import { checkScreenLayout, longTitleDraftForSpec } from './adminScreenLayout'
import { logIntoAdmin, WIDTHS } from './helpers'

// Nothing an editor needs is cut off or scrolls sideways on a phone: every admin screen reachable
// from the dashboard (tests/e2e/adminCrawl.ts), each collection's create form, and the edit
// views with their live preview open. The 1280 px check runs in adminFrench.spec.ts's crawl.

// The walk takes about 3 min on a 2-core CI machine.
test.setTimeout(480_000)

longTitleDraftForSpec()

test(`no admin screen is cut off or scrolls sideways at ${WIDTHS.phone.width} px`, async ({ page }) => {
  await page.setViewportSize(WIDTHS.phone)
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
  const found: string[] = []
  const screens = await crawlAdmin(page, (screen) => checkScreenLayout(page, 'phone', screen, found))
  // The screens the issue names were reached.
  for (const kind of ['/admin/collections/news/:id', '/admin/collections/careers/:id', '/admin/collections/news/:id/versions', '/admin/account', '/admin/collections/news/create'])
    expect(screens.has(kind), `reached ${kind}`).toBe(true)
  expect(found).toEqual([])
})

test('a career opened in a drawer from a news post keeps its buttons in view after a scroll, and the sidebar’s first field clear of them, at 375 and 1280 px', async ({ page }) => {
  // Drawers sit outside the page's template: the bar's height must be known inside them too.
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  const { rows } = await db.query<{ id: number }>(`select parent_id as id from news_rels where path = 'relatedCareers' order by parent_id limit 1`).finally(() => db.end())
  if (!rows[0]) throw new Error('the demo content has no news post with a related career')
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
  for (const width of ['desktop', 'phone'] as const) {
    await page.setViewportSize(WIDTHS[width])
    await page.goto(`/admin/collections/news/${rows[0].id}`)
    await page.waitForLoadState('networkidle')
    await page.locator('#field-relatedCareers .relationship--multi-value-label__drawer-toggler').first().click()
    const drawer = page.locator('.drawer .collection-edit').last()
    await expect(drawer.locator('.doc-controls')).toBeVisible()
    await page.waitForTimeout(500)
    await drawer.hover()
    await page.mouse.wheel(0, 800)
    await page.waitForTimeout(400)
    const boxes = await drawer.evaluate((edit) => {
      const box = (selector: string) => edit.querySelector(selector)?.getBoundingClientRect() ?? null
      return { buttons: box('.doc-controls__controls'), bar: box('.doc-controls'), sidebarField: box('.document-fields__sidebar .field-type') }
    })
    expect(boxes.buttons!.top, `${width}: the drawer's buttons after a scroll`).toBeGreaterThanOrEqual(0)
    expect(boxes.buttons!.bottom, `${width}: the drawer's buttons after a scroll`).toBeLessThanOrEqual(WIDTHS[width].height)
    // On a desktop the sidebar sits beside the form and sticks: its first field stays below the bar.
    if (width === 'desktop') expect(boxes.sidebarField!.top, 'the drawer’s first sidebar field').toBeGreaterThanOrEqual(boxes.bar!.bottom)
    await page.keyboard.press('Escape')
  }
})

/** The type of an article's paragraph and sub-heading: family, size and line height. */
const typeOf = (scope: ReturnType<Page['locator']>) =>
  Promise.all(
    ['p', 'h2'].map((tag) =>
      scope.locator(tag).first().evaluate((element) => {
        const style = getComputedStyle(element)
        return { tag: element.tagName, family: style.fontFamily, size: style.fontSize, lineHeight: style.lineHeight }
      }),
    ),
  )

test('the admin titles its pages "… — Repères" and its editor shows an article in the public page’s type', async ({ page }) => {
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
  const titled = /^\S(?:(?! {2}).)* — Repères$/
  await expect(page).toHaveTitle(titled)
  // The browser collapses spaces in the tab's title; the page's own text keeps them.
  const login = await (await page.request.get('/admin/login')).text()
  expect(login.match(/<title>([^<]*)<\/title>/)?.[1]).toMatch(titled)
  // A published article with a sub-heading.
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  const { rows } = await db
    .query<{ id: number; slug: string }>(`select id, slug from news where _status = 'published' and content::text like '%"tag": "h2"%' order by id limit 1`)
    .finally(() => db.end())
  const article = rows[0]
  if (!article) throw new Error('the demo content has no published article with a sub-heading')
  await page.goto(`/admin/collections/news/${article.id}`)
  await expect(page.locator('.doc-header__title')).toBeVisible()
  await expect(page).toHaveTitle(titled)
  expect(await page.title()).not.toMatch(/Payload/)

  // The same article, in the editor and on its public page.
  const editor = page.locator('.rich-text-lexical .ContentEditable__root')
  await expect(editor.locator('h2').first()).toBeVisible()
  const inEditor = await typeOf(editor)
  // Its toolbar's icon buttons are named, for screen readers and as tooltips.
  const buttons = page.locator('.fixed-toolbar .toolbar-popup__button')
  expect(await buttons.count()).toBeGreaterThan(3)
  const names = await buttons.evaluateAll((all) => all.map((button) => [button.getAttribute('aria-label') ?? '', button.getAttribute('title') ?? '']))
  expect(names.filter(([label = '', title]) => !label.trim() || label !== title)).toEqual([])
  await page.goto(`/actualites/${article.slug}`)
  const inPublicPage = await typeOf(page.locator('.prose'))
  expect(inEditor).toEqual(inPublicPage)

  // Its versions list and one version: French titles in one style, a description with no
  // unfilled placeholder, and the comparison in the article's type.
  await page.goto(`/admin/collections/news/${article.id}/versions`)
  const versionLink = page.locator('.versions a[href*="/versions/"], .table a[href*="/versions/"]').first()
  await expect(versionLink).toBeVisible()
  for (const view of ['versions list', 'version']) {
    if (view === 'version') await versionLink.click()
    await expect(page).toHaveTitle(titled)
    expect(await page.title(), view).not.toMatch(/ - /)
    const description = await page.locator('meta[name="description"]').getAttribute('content')
    expect(description, view).not.toMatch(/\{\{|\}\}/)
  }
  const comparison = page.locator('.lexical-diff .html-diff')
  await expect(comparison.locator('p').first()).toBeVisible()
  const inComparison = await comparison.locator('p').first().evaluate((element) => getComputedStyle(element).fontFamily)
  expect(inComparison).toBe(inPublicPage[0]!.family)
})
