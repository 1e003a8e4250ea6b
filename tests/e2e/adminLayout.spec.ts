import { expect, type Page, test } from '@playwright/test'
import pg from 'pg'

import { adminContentForSpec, logIntoAdmin, WIDTHS, screenShape as shape } from './helpers'
import { layoutProblems } from './layoutProblems'

// Nothing an editor needs is cut off or scrolls sideways, on a phone and on a laptop with the
// menu open (the narrowest form a 1280 px screen gives): every admin screen reachable from the
// dashboard (found from its links, so screens added later are checked too), each collection's
// create form, and the edit views with their live preview open.

// Each width walks every screen: 3.7 min at 375 px and over 5 min at 1280 px on a 2-core CI run
// once the review, SEO and preview fields were added to every document.
test.setTimeout(480_000)


/** Every admin screen reachable from the dashboard's links, one address per kind, and each collection's create form. */
const adminScreens = async (page: Page) => {
  const origin = new URL(page.url()).origin
  const queue = ['/admin']
  const screens = new Map<string, string>()
  while (queue.length) {
    const url = new URL(queue.shift()!, origin)
    if (screens.has(shape(url))) continue
    screens.set(shape(url), url.pathname)
    await page.goto(url.href)
    for (const href of await page.locator('a[href^="/admin"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!)))
      if (!/logout|\/create$/.test(href) && !screens.has(shape(new URL(href, origin)))) queue.push(href)
  }
  for (const kind of [...screens.keys()].filter((kind) => /^\/admin\/collections\/[^/]+$/.test(kind)))
    screens.set(`${kind}/create`, `${kind}/create`)
  return screens
}

/** Opens the navigation menu if it is closed (Payload closes it by itself below 1440 px). */
const openMenu = async (page: Page) => {
  if (await page.locator('.template-default--nav-open').count()) return
  await page.locator('.nav-toggler').first().click()
  await expect(page.locator('.template-default--nav-open')).toHaveCount(1)
}

const check = async (page: Page, width: keyof typeof WIDTHS, path: string, found: string[]) => {
  await page.goto(path)
  await page.waitForLoadState('networkidle')
  if (width === 'desktop') await openMenu(page)
  // A form's last fields and the rich text render a moment after the page settles.
  await page.waitForTimeout(500)
  for (const problem of await page.evaluate(layoutProblems)) found.push(`${width} ${path} : ${problem}`)
  // Scrolled, the sticky bar of buttons leaves the sidebar's first field in view (a bar grown to
  // two rows covered it: the sidebar sticks at the bar's usual height).
  if (width === 'desktop' && (await page.locator('.document-fields__sidebar .field-type').count())) {
    await page.mouse.wheel(0, 800)
    await page.waitForTimeout(300)
    const covered = await page.evaluate(() => {
      const bar = document.querySelector('.doc-controls')!.getBoundingClientRect()
      const first = document.querySelector('.document-fields__sidebar .field-type')!.getBoundingClientRect()
      return first.top < bar.bottom ? `${Math.round(first.top)} < ${Math.round(bar.bottom)}` : null
    })
    if (covered) found.push(`${width} ${path} : premier champ de la barre latérale sous la barre des boutons (${covered})`)
    await page.mouse.wheel(0, -800)
  }
  // A date field's calendar opens inside the window (it ran past the right edge beside the
  // sidebar, and above the top on a phone).
  const dateInput = page.locator('.date-time-picker input:not([readonly]):not([disabled])').first()
  if (await dateInput.count()) {
    await dateInput.scrollIntoViewIfNeeded()
    await dateInput.click()
    const calendar = page.locator('.react-datepicker-popper')
    await expect(calendar).toBeVisible()
    await page.waitForTimeout(200)
    const outside = await calendar.evaluate((element) => {
      const box = element.getBoundingClientRect()
      return box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight ? `${Math.round(box.left)},${Math.round(box.top)} → ${Math.round(box.right)},${Math.round(box.bottom)}` : null
    })
    if (outside) found.push(`${width} ${path} : calendrier hors de la fenêtre (${outside})`)
    await page.keyboard.press('Escape')
  }
  const preview = page.locator('.live-preview-toggler')
  if (await preview.count()) {
    await preview.first().click()
    await expect(page.locator('.live-preview-window, .live-preview')).not.toHaveCount(0)
    await page.waitForTimeout(800)
    for (const problem of await page.evaluate(layoutProblems)) found.push(`${width} ${path} (aperçu en direct) : ${problem}`)
    await preview.first().click()
  }
}

const session = adminContentForSpec()

test.beforeAll(async ({ request }) => {
  // A title of one long word, as pasted: it shows in the dashboard's and the list's links.
  await session.api.create(request, 'news', { title: `Anticonstitutionnellement${'x'.repeat(100)}`, excerpt: 'Un titre d’un seul mot.', _status: 'draft' })
  // Documents earlier specs left open stay locked for a while; their dialog would cover the forms.
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  await db.query('delete from payload_locked_documents').finally(() => db.end())
})

for (const width of ['phone', 'desktop'] as const) {
  test(`no admin screen is cut off or scrolls sideways at ${WIDTHS[width].width} px`, async ({ page }) => {
    await page.setViewportSize(WIDTHS[width])
    await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
    const screens = await adminScreens(page)
    // The screens the issue names were reached.
    for (const kind of ['/admin/collections/news/:id', '/admin/collections/careers/:id', '/admin/collections/news/:id/versions', '/admin/account', '/admin/collections/news/create'])
      expect(screens.has(kind), `reached ${kind}`).toBe(true)
    const found: string[] = []
    for (const path of screens.values()) await check(page, width, path, found)
    expect(found).toEqual([])
  })
}

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
