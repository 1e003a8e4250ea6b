import { expect, test } from '@playwright/test'
import pg from 'pg'

import { adminContentForSpec, logIntoAdmin } from './helpers'

// The admin speaks Paris time on a computer set elsewhere: dates typed the French way are
// taken as Paris wall-clock time, in the date fields and in the scheduling drawer.

test.use({ timezoneId: 'America/New_York' })
// Admin screens with the rich-text editor take several seconds each on a busy 2-core machine.
test.setTimeout(180_000)

const session = adminContentForSpec()

/** dd/MM/yyyy HH:mm of an instant, in Paris. */
const parisText = (instant: Date) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(instant)

test('a date typed as 30/11/2026 14:05 in a date field is kept, and stored as 14:05 in Paris', async ({ page, request }) => {
  const post = await session.api.create(request, 'news', { title: `Dates saisies ${Date.now()}`, excerpt: 'Une date tapée au clavier.', _status: 'draft' })
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
  await page.goto(`/admin/collections/news/${post.id}`)
  const field = page.locator('.date-time-field', { hasText: 'Publication le' }).locator('.date-time-picker input')
  // In winter (UTC+1) and in summer (UTC+2): the day France changes time is the hard one.
  for (const [typed, stored] of [
    ['30/11/2026 14:05', '2026-11-30T13:05:00.000Z'],
    ['28/03/2027 09:00', '2027-03-28T07:00:00.000Z'],
  ] as const) {
    await field.click()
    await expect(field).toBeFocused()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type(typed)
    await page.keyboard.press('Tab')
    await expect(field).toHaveValue(typed)
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await expect(page.getByText('Brouillon enregistré avec succès.', { exact: true })).toBeVisible()
    const saved = await (await request.get(`/api/news/${post.id}?draft=true&depth=0`, { headers: session.headers })).json()
    expect(saved.publishedAt).toBe(stored)
    await page.reload()
    await expect(field).toHaveValue(typed)
  }
})

test('a publication scheduled by typing the date in the drawer runs at that time in Paris', async ({ page, request }) => {
  const post = await session.api.create(request, 'news', { title: `Programmation saisie ${Date.now()}`, excerpt: 'Une publication programmée.', _status: 'draft' })
  // Forty days ahead at 09:00 in Paris: a quarter hour, as the drawer offers them.
  const day = new Date(Date.now() + 40 * 86_400_000)
  const [d, m, y] = parisText(day).slice(0, 10).split('/')
  const typed = `${d}/${m}/${y} 09:00`
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
  await page.goto(`/admin/collections/news/${post.id}`)
  await page.locator('.publish-button .popup-button, .doc-controls__controls .popup-button').first().click()
  await page.getByRole('button', { name: 'Programmer la publication' }).click()
  const drawer = page.locator('.schedule-publish')
  // A draft never published has nothing to unpublish: the drawer opens on publishing it.
  await expect(drawer.getByRole('radio', { name: 'Publier', exact: true })).toBeChecked()
  await expect(drawer.getByRole('radio', { name: 'Dépublier', exact: true })).not.toBeChecked()
  const input = drawer.locator('.date-time-picker input')
  await input.click()
  await expect(input).toBeFocused()
  await page.keyboard.type(typed)
  await page.keyboard.press('Tab')
  await expect(input).toHaveValue(typed)
  await drawer.getByRole('button', { name: /^(Programmer|Sauvegarder|Enregistrer)$/ }).click()
  await expect(drawer.getByRole('cell', { name: typed })).toBeVisible()

  // The queue is not readable through the API: read it in the database.
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  try {
    const { rows } = await db.query(`select wait_until, input->>'type' as type from payload_jobs where task_slug = 'schedulePublish' and input->'doc'->>'value' = $1`, [String(post.id)])
    expect(rows.map((row) => [row.type, parisText(row.wait_until as Date)])).toEqual([['publish', typed]])
  } finally {
    await db.end()
  }
})

test('the API tab is for administrators: an editor does not see it, an administrator does', async ({ page, request }) => {
  const post = await session.api.create(request, 'news', { title: `Onglet API ${Date.now()}`, excerpt: 'Vue réservée.', _status: 'draft' })
  const editor = { email: `editeur-api-${Date.now()}@reperes.test`, password: 'mot-de-passe-editeur', name: 'Éditeur API' }
  await session.api.create(request, 'users', { ...editor, roles: ['editor'] })

  await logIntoAdmin(page, editor.email, editor.password)
  await page.goto(`/admin/collections/news/${post.id}`)
  await expect(page.getByRole('link', { name: 'Versions' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'API', exact: true })).toHaveCount(0)

  await page.context().clearCookies()
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
  await page.goto(`/admin/collections/news/${post.id}`)
  await expect(page.getByRole('link', { name: 'API', exact: true })).toBeVisible()
})

test('the scheduling drawer offers the day and the hours still ahead in Paris, not those of the browser’s zone', async ({ browser, request }) => {
  const post = await session.api.create(request, 'news', { title: `Programmation lointaine ${Date.now()}`, excerpt: 'Programmée de l’autre côté du monde.', _status: 'draft' })
  // A browser whose date is not Paris's right now: twelve hours behind in Paris's morning,
  // fourteen ahead in its afternoon (the real clock: a faked one upsets the admin's session).
  const parisHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' }).format(new Date()))
  const timezoneId = parisHour < 12 ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati'
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId })
  const page = await context.newPage()
  try {
    await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
    await page.goto(`/admin/collections/news/${post.id}`)
    await page.locator('.publish-button .popup-button, .doc-controls__controls .popup-button').first().click()
    await page.getByRole('button', { name: 'Programmer la publication' }).click()
    await page.locator('.schedule-publish .date-time-picker input').click()

    const now = new Date()
    const [day, month] = parisText(now).slice(0, 10).split('/').map(Number) as [number, number]
    expect(parisText(now).slice(0, 10), 'the browser’s date differs from Paris’s').not.toBe(
      new Intl.DateTimeFormat('fr-FR', { timeZone: timezoneId, day: '2-digit', month: '2-digit', year: 'numeric' }).format(now),
    )
    // The calendar opens on the browser's month; Paris's month is chosen in its list.
    await page.locator('.react-datepicker__month-select').selectOption(String(month - 1))
    const cell = (n: number) => page.locator(`.react-datepicker__day--${String(n).padStart(3, '0')}:not(.react-datepicker__day--outside-month)`)
    await expect(cell(day)).toHaveAttribute('aria-disabled', 'false')
    if (day > 1) await expect(cell(day - 1)).toHaveAttribute('aria-disabled', 'true')
    await cell(day).click()

    // Quarter hours: the one before the current quarter in Paris is past, the one after is offered.
    const quarter = new Date(Math.floor(now.getTime() / 900_000) * 900_000)
    const slot = (offsetMinutes: number) => {
      const at = new Date(+quarter + offsetMinutes * 60_000)
      return parisText(at).slice(0, 10) === parisText(now).slice(0, 10)
        ? page.locator('.react-datepicker__time-list-item', { hasText: new RegExp(`^${parisText(at).slice(11)}$`) })
        : null
    }
    const past = slot(-15)
    const ahead = slot(30)
    if (past) await expect(past).toHaveClass(/react-datepicker__time-list-item--disabled/)
    if (ahead) await expect(ahead).not.toHaveClass(/react-datepicker__time-list-item--disabled/)
    expect(past ?? ahead, 'at least one of the two quarter hours falls on Paris’s day').not.toBeNull()
  } finally {
    await context.close()
  }
})

test('the scheduling drawer refuses a time already past, saying so, and queues nothing', async ({ page, request }) => {
  const post = await session.api.create(request, 'news', { title: `Programmation passée ${Date.now()}`, excerpt: 'Rien ne doit partir.', _status: 'draft' })
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
  await page.goto(`/admin/collections/news/${post.id}`)
  await page.locator('.publish-button .popup-button, .doc-controls__controls .popup-button').first().click()
  await page.getByRole('button', { name: 'Programmer la publication' }).click()
  const drawer = page.locator('.schedule-publish')
  await drawer.locator('.date-time-picker input').click()
  // Today in Paris, clicked without a time: 00:00, already past.
  const [day, month] = parisText(new Date()).slice(0, 10).split('/').map(Number) as [number, number]
  await page.locator('.react-datepicker__month-select').selectOption(String(month - 1))
  await page.locator(`.react-datepicker__day--${String(day).padStart(3, '0')}:not(.react-datepicker__day--outside-month)`).click()
  await expect(drawer.locator('.date-time-picker input')).toHaveValue(new RegExp(`^${parisText(new Date()).slice(0, 10)} 00:00$`))
  // A click beside it closes the calendar, which covers the button.
  await drawer.locator('h2').first().click()
  await expect(page.locator('.react-datepicker-popper')).toHaveCount(0)
  await drawer.getByRole('button', { name: /^(Programmer|Sauvegarder|Enregistrer)$/ }).click()
  await expect(page.getByText('Cette date est déjà passée', { exact: false })).toBeVisible()

  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  try {
    const { rows } = await db.query(`select id from payload_jobs where task_slug = 'schedulePublish' and input->'doc'->>'value' = $1`, [String(post.id)])
    expect(rows).toEqual([])
  } finally {
    await db.end()
  }
})
