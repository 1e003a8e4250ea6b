import { expect, type Page, test } from '@playwright/test'

import { crawlAdmin } from './adminCrawl'
import { checkScreenLayout, longTitleDraftForSpec } from './adminScreenLayout'
import { adminToken, logIntoAdmin, WIDTHS } from './helpers'

// The admin as an editor meets it on a laptop set to New York time: every screen reachable from
// the dashboard is visited (tests/e2e/adminCrawl.ts), with its menus, drawers and dialogs
// opened, and every string an editor sees or hears (text, aria-label, title, placeholder, alt)
// is checked for English, for Payload's gender placeholders and for dates in the browser's zone.
// The same walk checks the 1280 px layout (tests/e2e/adminScreenLayout.ts): one walk, not two.

test.use({ timezoneId: 'America/New_York' })
// The crawl visits some forty screens, checks their layout and opens their menus: 3.2 min on a
// 2-core machine, with room for a slower CI run.
test.setTimeout(900_000)

/** English UI words, whole words and case-sensitive, none of them also a French word. */
const ENGLISH = [
  'Add', 'Edit', 'Remove', 'Drag', 'Time', 'Selected', 'Responsive', 'Create', 'Cancel', 'Delete',
  'Search', 'Filter', 'Filters', 'Save', 'Close', 'Open', 'Select', 'Upload', 'Loading', 'Move',
  'Toggle', 'Show', 'Hide', 'Copy', 'Paste', 'Sort', 'Columns', 'Untitled', 'Previous', 'Next',
  'Back', 'Done', 'Submit', 'Update', 'Publish', 'Unpublish', 'Draft', 'Settings', 'Logout',
  'Account', 'Dashboard', 'Preview', 'View', 'Choose', 'Link', 'Block', 'Heading', 'Paragraph',
  'Bold', 'Italic', 'Underline', 'Strikethrough', 'Subscript', 'Superscript', 'Quote', 'Bullet',
  'Numbered', 'Align', 'Left', 'Right', 'Center', 'Indent', 'Outdent', 'Relationship',
  'Internal', 'External', 'Text', 'Clear', 'Apply', 'Reset', 'Restore', 'Schedule', 'Month',
  'Week', 'Today', 'Yesterday', 'Status', 'Welcome', 'Collapse', 'Expand', 'Refresh', 'the',
  'and', 'of', 'to', 'is', 'New', 'No', 'Yes', 'Not', 'Found', 'Error', 'Success', 'Changes',
]
const ENGLISH_WORD = new RegExp(`(?<![\\p{L}\\p{N}_'’-])(${ENGLISH.join('|')})(?![\\p{L}\\p{N}_'’-])`, 'u')

/** Payload's one-template-for-all wording, and strings with their placeholder left in. */
const PLACEHOLDER = /\((?:e|s|es|ne)\)|ou nouvelle|ce ou cette|existant\(e\)s|\{\{|\}\}|<Pas de|\[Sans titre\]|Payload/

/** A date written the English way: "nov. 30, 2026", "3:30 AM". */
const ENGLISH_DATE = /\b\p{L}{3,9}\.? \d{1,2}, \d{4}\b|\b\d{1,2}:\d{2}\s?(?:AM|PM)\b/iu

type Found = { screen: string; text: string }

/**
 * Every string of the screen an editor can see or hear, outside what editors wrote (the rich
 * text, form values): text nodes of visible elements, and accessible names and hints.
 */
const stringsOf = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = []
    const written = (element: Element) => element.closest('[contenteditable="true"], textarea, input, .ContentEditable__root')
    const visible = (element: Element) => {
      const style = getComputedStyle(element)
      return style.visibility !== 'hidden' && style.display !== 'none' && (element as HTMLElement).offsetParent !== null
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.textContent?.trim()
      if (!parent || !text || written(parent) || parent.closest('script, style, noscript')) continue
      // Screen-reader-only text counts: an editor may hear it.
      if (visible(parent) || parent.closest('[aria-live], .sr-only, [class*="visually-hidden"]')) out.push(text)
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description], [aria-roledescription]')) {
      if (element.closest('[contenteditable="true"]') && !element.matches('[contenteditable="true"]')) continue
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription'])
        if (element.getAttribute(name)?.trim()) out.push(element.getAttribute(name)!.trim())
    }
    out.push(document.title)
    return out
  })

const found: Found[] = []
const record = async (page: Page, screen: string) => {
  for (const text of await stringsOf(page)) found.push({ screen, text })
}

/** Opens, reads and closes: a menu, a drawer or a dialog that may or may not be on the screen. */
const openAndRead = async (page: Page, screen: string, opener: ReturnType<Page['locator']>, close: () => Promise<void>) => {
  if (!(await opener.count()) || !(await opener.first().isVisible())) return false
  await opener.first().click()
  await page.waitForTimeout(400)
  await record(page, screen)
  await close()
  return true
}

const escape = (page: Page) => async () => {
  await page.keyboard.press('Escape')
  await page.waitForTimeout(200)
}

/** What the crawl opened, so that a screen whose menus moved cannot pass unread. */
const opened = new Set<string>()

/** The menus, drawers and dialogs of an edit view. */
const exploreEditView = async (page: Page, screen: string) => {
  // The document's "more" menu, then the publish button's options, then the scheduling drawer.
  if (await openAndRead(page, `${screen} (menu)`, page.locator('.doc-controls__popup button.popup-button'), escape(page))) opened.add('document menu')
  const publishOptions = page.locator('.publish-button .popup-button, .doc-controls__controls .popup-button').first()
  if (await openAndRead(page, `${screen} (options de publication)`, publishOptions, escape(page))) opened.add('publish options')
  if (await publishOptions.isVisible()) {
    await publishOptions.click()
    const schedule = page.getByRole('button', { name: /programmer/i })
    if (await schedule.count()) {
      await schedule.first().click()
      await page.waitForTimeout(600)
      await record(page, `${screen} (programmation)`)
      const picker = page.locator('.drawer .date-time-picker input, [class*="schedule"] .date-time-picker input').first()
      if (await picker.count()) {
        await picker.click()
        await page.waitForTimeout(400)
        await record(page, `${screen} (programmation, calendrier)`)
        opened.add('scheduling calendar')
      }
      opened.add('scheduling drawer')
      await page.keyboard.press('Escape')
      await page.keyboard.press('Escape')
    } else await page.keyboard.press('Escape')
  }
  // The delete confirmation, read and cancelled.
  const menu = page.locator('.doc-controls__popup button.popup-button')
  if (await menu.isVisible()) {
    await menu.click()
    const remove = page.locator('.popup__content').getByRole('button', { name: /supprimer/i })
    if (await remove.count()) {
      await remove.first().click()
      await page.waitForTimeout(500)
      await record(page, `${screen} (confirmation de suppression)`)
      opened.add('delete confirmation')
      await page.locator('.confirmation-modal, [role="dialog"]').getByRole('button').first().click()
    } else await page.keyboard.press('Escape')
  }
  // Date fields' calendars.
  const dateInput = page.locator('.date-time-picker input:not([readonly]):not([disabled])').first()
  if (await openAndRead(page, `${screen} (calendrier)`, dateInput, escape(page))) opened.add('date picker')
  // The rich-text editor: its handles (hovered), its "+" menu, its toolbar's menus and the link editor.
  const editable = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  if (await editable.count()) {
    const firstBlock = editable.locator('p, h2, h3, li').first()
    if (await firstBlock.count()) {
      await firstBlock.hover()
      await page.waitForTimeout(300)
      await record(page, `${screen} (poignées du texte)`)
      opened.add('rich text handles')
      await firstBlock.click()
      await page.keyboard.press('Home')
      await page.keyboard.press('Shift+End')
      const linkButton = page.locator('.rich-text-lexical .toolbar-popup__button-link, .rich-text-lexical button[class*="link"]').first()
      if (await openAndRead(page, `${screen} (lien)`, linkButton, escape(page))) opened.add('link editor')
    }
    for (const dropdown of await page.locator('.rich-text-lexical .toolbar-popup__dropdown').all()) {
      if (!(await dropdown.isVisible())) continue
      await dropdown.click()
      await page.waitForTimeout(300)
      await record(page, `${screen} (barre d’outils)`)
      opened.add('toolbar menu')
      await page.keyboard.press('Escape')
    }
  }
  // The live preview's sizes.
  const preview = page.locator('.live-preview-toggler, button[aria-label*="aperçu" i]').first()
  if (await preview.count()) {
    await preview.click()
    await page.waitForTimeout(800)
    await record(page, `${screen} (aperçu en direct)`)
    const sizes = page.locator('.live-preview-toolbar .popup-button').first()
    if (await openAndRead(page, `${screen} (tailles d’aperçu)`, sizes, escape(page))) opened.add('live preview sizes')
    await preview.click()
  }
}

// A draft titled with one long word, for the layout check; and no document left locked by the
// earlier specs' editors (locks last five minutes): the crawl opens documents as an editor
// finds them once those sessions are over.
longTitleDraftForSpec()

test('every admin screen an editor can reach, at 1280 px with the menu open, speaks French without placeholders in Paris time, and nothing on it is cut off or scrolls sideways', async ({ page, request }) => {
  // A menu that does not open fails the crawl in seconds, not at the test's timeout.
  page.setDefaultTimeout(30_000)
  await page.setViewportSize(WIDTHS.desktop)
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
  await record(page, 'tableau de bord')

  const cutOff: string[] = []
  const screens = await crawlAdmin(page, async (screen) => {
    // First what a laptop shows with the menu open (it waits for the last fields to render).
    await checkScreenLayout(page, 'desktop', screen, cutOff)
    await record(page, screen)
    if (/\/collections\/[^/]+\/:id$/.test(screen) || /\/account$/.test(screen)) await exploreEditView(page, screen)
    if (/\/collections\/[^/]+$/.test(screen)) {
      // The list's own menus: columns, filters, rows per page.
      for (const toggle of await page.locator('.list-controls button, .per-page .popup-button, .page-controls .popup-button').all())
        if (await toggle.isVisible()) {
          await toggle.click()
          await page.waitForTimeout(300)
          await record(page, `${screen} (contrôles)`)
          opened.add('list controls')
        }
    }
  })

  // The crawl reached the screens the issue lists, and opened their menus and drawers.
  for (const expected of ['/admin', '/admin/collections/news', '/admin/collections/careers', '/admin/collections/news/:id', '/admin/collections/careers/:id', '/admin/collections/news/:id/versions', '/admin/collections/news/:id/versions/:id', '/admin/account', '/admin/collections/news/create'])
    expect.soft([...screens], `the crawl reached ${expected}`).toContain(expected)
  expect.soft([...opened].sort()).toEqual(
    ['date picker', 'delete confirmation', 'document menu', 'link editor', 'list controls', 'live preview sizes', 'publish options', 'rich text handles', 'scheduling calendar', 'scheduling drawer', 'toolbar menu'].sort(),
  )

  const headers = { Authorization: `JWT ${await adminToken(request)}` }
  // Words editors wrote (a school's English name in a title, a file name) are theirs to choose.
  const contentWords = new Set<string>()
  const collectWords = (value: unknown): void => {
    if (typeof value === 'string') for (const word of value.split(/[^\p{L}\p{N}]+/u)) contentWords.add(word)
    else if (value && typeof value === 'object') Object.values(value).forEach(collectWords)
  }
  for (const collection of ['news', 'careers', 'sectors', 'media', 'users']) {
    const { docs } = await (await request.get(`/api/${collection}?limit=1000&depth=0&draft=true`, { headers })).json()
    collectWords(docs)
  }
  const englishIn = (text: string) =>
    [...text.matchAll(new RegExp(ENGLISH_WORD.source, 'gu'))].some((match) => !contentWords.has(match[1] ?? ''))
  const english = found.filter(({ text }) => englishIn(text))
  const placeholders = found.filter(({ text }) => PLACEHOLDER.test(text))
  const englishDates = found.filter(({ text }) => ENGLISH_DATE.test(text))
  // Each string once, with the first screen it was found on.
  const unique = (list: Found[]) => [...new Map(list.map(({ screen, text }) => [text.slice(0, 120), screen] as const).reverse()).entries()].map(([text, screen]) => `${text} (${screen})`)
  expect.soft(unique(english), 'English words').toEqual([])
  expect.soft(unique(placeholders), 'placeholders').toEqual([])
  expect.soft(cutOff, 'cut off or scrolling sideways').toEqual([])
  expect.soft(unique(englishDates), 'English dates').toEqual([])

  // Paris time: no timestamp of the documents visited is shown as New York reads it.
  const instants: string[] = []
  for (const collection of ['news', 'careers']) {
    const { docs } = await (await request.get(`/api/${collection}?limit=100&depth=0&draft=true`, { headers })).json()
    for (const doc of docs) instants.push(...['createdAt', 'updatedAt', 'publishedAt', 'contentUpdatedAt'].map((key) => doc[key]).filter(Boolean))
  }
  const inZone = (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat('fr-FR', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))
  const newYork = new Set(instants.map((iso) => inZone(iso, 'America/New_York')))
  const paris = new Set(instants.map((iso) => inZone(iso, 'Europe/Paris')))
  const shownInNewYork = found.filter(({ text }) => [...newYork].some((date) => !paris.has(date) && text.includes(date)))
  expect.soft(unique(shownInNewYork), 'dates in the browser’s zone').toEqual([])
  const shownInParis = found.filter(({ text }) => [...paris].some((date) => text.includes(date)))
  expect(shownInParis.length, 'dates in Paris time').toBeGreaterThan(0)
})

test('the images list offers its columns and filters in French, without the storage’s technical fields', async ({ page }) => {
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
  await page.goto('/admin/collections/media')
  await page.getByRole('button', { name: 'Colonnes' }).click()
  const columns = await page.locator('.pill-selector .pill').allInnerTexts()
  await page.getByRole('button', { name: 'Filtres' }).click()
  await page.getByRole('button', { name: 'Ajouter un filtre' }).click()
  await page.locator('.condition__field .rs__control').click()
  const filters = await page.locator('.rs__option').allInnerTexts()
  for (const [menu, entries] of [['columns', columns], ['filters', filters]] as const) {
    // The menus were read: the fields an editor uses are there, the relabelled one included.
    expect(entries, menu).toEqual(expect.arrayContaining(['Texte alternatif', 'Type de fichier', 'Nom du fichier']))
    // No "Sizes > Card > URL", "Thumbnail URL", "MIME Type", "Prefix" or "_object Key".
    expect(entries.filter((entry) => /[>_]|\b(URL|MIME|Thumbnail|Prefix|Sizes|Focal|Key)\b/.test(entry) || ENGLISH_WORD.test(entry)), menu).toEqual([])
  }
})
