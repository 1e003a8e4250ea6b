import { expect, type Page, test } from '@playwright/test'
import pg from 'pg'

import { adminContentForSpec, WIDTHS } from './helpers'
import { layoutProblems } from './layoutProblems'

// Nothing an editor needs is cut off or scrolls sideways, on a phone (adminLayout.spec.ts) and
// on a laptop with the menu open, the narrowest form a 1280 px screen gives (checked during
// adminFrench.spec.ts's crawl, which visits the same screens at that width: one walk, not two).

/** Opens the navigation menu if it is closed (Payload closes it by itself below 1440 px). */
const openMenu = async (page: Page) => {
  if (await page.locator('.template-default--nav-open').count()) return
  await page.locator('.nav-toggler').first().click()
  await expect(page.locator('.template-default--nav-open')).toHaveCount(1)
}

/**
 * Adds to `found` what is cut off or scrolls sideways on the admin screen loaded in `page`
 * (settled, of the kind `screen`): the screen, the sidebar under the sticky buttons, a date
 * field's calendar, and the live preview.
 */
export const checkScreenLayout = async (page: Page, width: keyof typeof WIDTHS, screen: string, found: string[]) => {
  // Findings name the kind of screen and the document it was seen on.
  const path = `${screen} (${new URL(page.url()).pathname})`
  if (width === 'desktop') await openMenu(page)
  // A form's last fields and the rich text render a moment after the page settles.
  await page.waitForTimeout(500)
  for (const problem of await page.evaluate(layoutProblems)) found.push(`${width} ${path} : ${problem}`)
  // Scrolled, the sticky bar of buttons leaves the sidebar's first field in view (a bar grown to
  // two or three rows covered it when the sidebar stuck at Payload's usual bar height).
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

/**
 * For the calling spec: a draft titled with one long word, as pasted (it shows in the
 * dashboard's and the list's links), deleted afterwards; and no document left locked by earlier
 * specs, whose "Document verrouillé" dialog would cover the forms.
 */
export const longTitleDraftForSpec = () => {
  const session = adminContentForSpec()
  test.beforeAll(async ({ request }) => {
    await session.api.create(request, 'news', { title: `Anticonstitutionnellement${'x'.repeat(100)}`, excerpt: 'Un titre d’un seul mot.', _status: 'draft' })
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await db.connect()
    await db.query('delete from payload_locked_documents').finally(() => db.end())
  })
}
