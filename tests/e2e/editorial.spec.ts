import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'
import pg from 'pg'

import { previewToken } from '@/payload/preview/previewUrl'
import { adminToken, expectAccessible, logIntoAdmin as signIn } from './helpers'

// The editorial workflow end to end, against `npm start` and its own jobs runner.

type Account = { email: string; password: string; name: string }
const account = (role: string): Account => ({
  email: `${role}-${Date.now()}@reperes.test`,
  password: `mot-de-passe-${role}`,
  name: `${role} de test`,
})
const editor = account('editrice')
let admin: string

test.beforeAll(async ({ request }) => {
  admin = await adminToken(request)
  const created = await request.post('/api/users', { data: { ...editor, roles: ['editor'] }, headers: { Authorization: `JWT ${admin}` } })
  expect(created.status()).toBe(201)
})

const logIntoAdmin = (page: Page, who: Account) => signIn(page, who.email, who.password)

// What these tests create is deleted afterwards: the page tests count on the demo content
// being the latest on the home page.
const created: { collection: string; id: number }[] = []

test.afterAll(async ({ request }) => {
  for (const { collection, id } of created.reverse())
    await request.delete(`/api/${collection}/${id}`, { headers: { Authorization: `JWT ${admin}` } })
})

const api = (request: APIRequestContext) => ({
  create: async (collection: string, data: Record<string, unknown>, draft = false) => {
    const response = await request.post(`/api/${collection}${draft ? '?draft=true' : ''}`, {
      data,
      headers: { Authorization: `JWT ${admin}` },
    })
    expect(response.status(), await response.text()).toBe(201)
    const doc = (await response.json()).doc as { id: number; slug: string; title: string }
    created.push({ collection, id: doc.id })
    return doc
  },
  update: async (collection: string, id: number, data: Record<string, unknown>, draft = false) => {
    const response = await request.patch(`/api/${collection}/${id}${draft ? '?draft=true' : ''}`, {
      data,
      headers: { Authorization: `JWT ${admin}` },
    })
    expect(response.status(), await response.text()).toBe(200)
  },
})

/** A visitor's view: a fresh context with no cookie at all. */
const visitor = async (browser: Browser) => (await browser.newContext()).request

test('an editor writes a draft, previews it, publishes it: visitors and RSS readers have it within a second', async ({
  page,
  browser,
}) => {
  await logIntoAdmin(page, editor)
  await page.goto('/admin/collections/news/create')
  const title = `Salon de l’orientation ${Date.now()}`
  await page.locator('#field-title').fill(title)
  await page.locator('#field-excerpt').fill('Trois jours pour rencontrer écoles et professionnels.')
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+/)
  created.push({ collection: 'news', id: Number(page.url().match(/news\/(\d+)/)![1]) })
  const previewLink = page.locator('#preview-button')
  await expect(previewLink).toHaveAttribute('href', /^\/apercu\?collection=news&slug=salon-de-l-orientation-\d+&token=/)
  const slug = new URL(`http://x${await previewLink.getAttribute('href')}`).searchParams.get('slug')!
  const anonymous = await visitor(browser)
  expect((await anonymous.get(`/actualites/${slug}`)).status()).toBe(404)

  // The preview opens in a new tab, rendered from the draft, clearly marked as such.
  const [preview] = await Promise.all([page.context().waitForEvent('page'), previewLink.click()])
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.getByRole('region', { name: 'Aperçu du brouillon' })).toContainText('cette version n’est pas publiée')
  // The same link gives nothing to someone without an admin session.
  const leaked = await anonymous.get((await previewLink.getAttribute('href'))!, { maxRedirects: 0 })
  expect(leaked.status()).toBe(401)
  expect(await leaked.text()).toContain('Connectez-vous')
  // The banner keeps the page accessible, on a phone and on a desktop.
  await expectAccessible(preview, `/actualites/${slug}`)
  await expect(preview.getByRole('region', { name: 'Aperçu du brouillon' })).toContainText('cette version n’est pas publiée')
  // One click leaves the preview: the page is not published, so it is the French 404.
  await preview.getByRole('link', { name: 'Quitter l’aperçu' }).click()
  await expect(preview.getByRole('heading', { level: 1 })).not.toHaveText(title)
  await preview.close()

  const published = page.waitForResponse(
    (response) => /\/api\/news\/\d+/.test(response.url()) && response.request().method() === 'PATCH' && !response.url().includes('autosave'),
  )
  await page.getByRole('button', { name: 'Publier les modifications' }).click()
  expect((await published).status()).toBe(200)
  const t0 = Date.now()
  const [article, rss] = await Promise.all([anonymous.get(`/actualites/${slug}`), anonymous.get('/rss.xml')])
  const elapsed = Date.now() - t0
  expect(article.status()).toBe(200)
  expect(await article.text()).toContain(title)
  expect(await rss.text()).toContain(title)
  expect(elapsed, 'publish → visible on the page and in the feed').toBeLessThan(1000)
})

test('the live preview shows the draft at phone and desktop widths and follows the editor’s typing', async ({ page, request }) => {
  const career = await api(request).create('careers', { title: `Luthier ${Date.now()}`, summary: 'Fabrique et répare des instruments.', _status: 'published' })
  await logIntoAdmin(page, editor)
  await page.goto(`/admin/collections/careers/${career.id}`)
  await page.getByRole('button', { name: 'Aperçu en direct' }).click()
  const frame = page.frameLocator('iframe')
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(career.title)
  await expect(frame.getByRole('region', { name: 'Aperçu du brouillon' })).toContainText('cette version n’est pas publiée')

  for (const [label, width] of [['Téléphone', 375], ['Ordinateur', 1280]] as const) {
    await page.getByRole('button', { name: 'Responsive' }).or(page.getByRole('button', { name: /Téléphone|Ordinateur/ })).first().click()
    await page.getByRole('button', { name: label }).click()
    await expect(page.locator('.live-preview-toolbar input').first()).toHaveValue(String(width))
  }

  // Autosave stores the draft, and the frame re-renders it; the public page does not change.
  await page.locator('#field-summary').fill('Un artisan d’art qui fabrique guitares et violons.')
  await expect(frame.locator('.lead')).toHaveText('Un artisan d’art qui fabrique guitares et violons.', { timeout: 15_000 })
  expect(await (await request.get(`/metiers/${career.slug}`)).text()).toContain('Fabrique et répare des instruments.')
})

test('a publication scheduled for 09:00 Paris from a New York browser runs at 07:00 UTC on the spring-forward day, through npm start’s runner', async ({
  browser,
  request,
}) => {
  const post = await api(request).create('news', { title: `Ouverture de Parcoursup ${Date.now()}`, excerpt: 'Les vœux s’ouvrent.', _status: 'draft' }, true)
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'America/New_York' })
  const page = await context.newPage()
  await logIntoAdmin(page, editor)
  await page.goto(`/admin/collections/news/${post.id}`)
  await page.locator('#action-save').locator('xpath=..').locator('.popup-button').click()
  await page.getByRole('button', { name: 'Programmer la publication' }).click()
  await page.getByText('Publier', { exact: true }).click()
  await page.locator('.schedule-publish__scheduler .react-datepicker__input-container input').click()
  await page.locator('.react-datepicker__year-select').selectOption('2027')
  await page.locator('.react-datepicker__month-select').selectOption({ label: 'mars' })
  await page.locator('.react-datepicker__day--028:not(.react-datepicker__day--outside-month)').click()
  await page.getByText('09:00', { exact: true }).click()
  await page.getByRole('button', { name: 'Sauvegarder' }).click()
  const upcoming = page.locator('.schedule-publish table, .schedule-publish [class*=table]').last()
  await expect(upcoming).toContainText('28/03/2027 09:00')
  await expect(upcoming).toContainText('Paris (métropole)')

  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  try {
    const { rows } = await db.query(
      `select id, wait_until from payload_jobs where task_slug = 'schedulePublish' and input->'doc'->>'value' = $1`,
      [String(post.id)],
    )
    expect(rows).toHaveLength(1)
    expect((rows[0].wait_until as Date).toISOString()).toBe('2027-03-28T07:00:00.000Z')
    expect((await request.get(`/actualites/${post.slug}`)).status()).toBe(404)

    // Bring the date forward to now: the server's own runner (every 5 s) must publish it.
    await db.query(`update payload_jobs set wait_until = now() where id = $1`, [rows[0].id])
    const start = Date.now()
    await expect
      .poll(async () => (await request.get(`/actualites/${post.slug}`)).status(), { timeout: 15_000, intervals: [250] })
      .toBe(200)
    console.log(`scheduled publication live ${Date.now() - start} ms after its time`)
    const left = await db.query(`select count(*)::int as n from payload_jobs where id = $1`, [rows[0].id])
    expect(left.rows[0].n).toBe(0)
  } finally {
    await db.end()
    await context.close()
  }
})

test('only an admin or the cron secret may run the jobs queue', async ({ request, browser }) => {
  const anonymous = await visitor(browser)
  expect((await anonymous.get('/api/payload-jobs/run')).status()).toBe(401)
  expect((await anonymous.get('/api/payload-jobs/run', { headers: { Authorization: 'Bearer devine' } })).status()).toBe(401)
  const login = await request.post('/api/users/login', { data: { email: editor.email, password: editor.password } })
  const editorToken = (await login.json()).token
  expect((await anonymous.get('/api/payload-jobs/run', { headers: { Authorization: `JWT ${editorToken}` } })).status()).toBe(401)
  const cron = await anonymous.get('/api/payload-jobs/run', { headers: { Authorization: `Bearer ${process.env.CRON_SECRET}` } })
  expect(cron.status()).toBe(200)
})

test('preview links never show drafts to anyone without an admin session', async ({ request, browser }) => {
  const post = await api(request).create('news', { title: `Version publiée ${Date.now()}`, excerpt: 'En ligne.', _status: 'published' })
  await api(request).update('news', post.id, { title: 'TITRE DU BROUILLON' }, true)
  const link = `/apercu?collection=news&slug=${post.slug}&token=${previewToken()}`

  const anonymous = await visitor(browser)
  const refused = await anonymous.get(link, { maxRedirects: 0 })
  expect(refused.status()).toBe(401)
  expect(refused.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass')
  expect((await anonymous.get(link.replace(/token=.*/, 'token=faux'), { maxRedirects: 0 })).status()).toBe(403)
  expect((await anonymous.get('/apercu?collection=users&slug=x&token=x', { maxRedirects: 0 })).status()).toBe(400)
  // Leaving the preview goes back to a page of this site, never elsewhere.
  for (const back of ['//evil.example', '/%09/evil.example', '/%0A/evil.example', 'https://evil.example/', '/\\evil.example']) {
    const left = await anonymous.get(`/apercu/quitter?retour=${back}`, { maxRedirects: 0 })
    expect(left.status(), back).toBe(307)
    expect(new URL(left.headers().location!, 'http://x').host, back).not.toContain('evil')
  }

  // An editor's draft-mode cookie, kept after the admin session is gone, shows the published page.
  // A browser says where its requests come from; Payload's CSRF check wants that for cookies.
  const staff = await browser.newContext({ extraHTTPHeaders: { 'Sec-Fetch-Site': 'same-origin' } })
  await staff.request.post('/api/users/login', { data: { email: editor.email, password: editor.password } })
  const entered = await staff.request.get(link, { maxRedirects: 0 })
  expect(entered.status()).toBe(307)
  expect(await (await staff.request.get(`/actualites/${post.slug}`)).text()).toContain('TITRE DU BROUILLON')
  const bypass = (await staff.cookies()).find((cookie) => cookie.name === '__prerender_bypass')
  expect(bypass).toBeTruthy()
  const stolen = await browser.newContext()
  await stolen.addCookies([bypass!])
  const page = await (await stolen.request.get(`/actualites/${post.slug}`)).text()
  expect(page).toContain(post.title)
  expect(page).not.toContain('TITRE DU BROUILLON')
  await staff.close()
  await stolen.close()
})

test('an edit expires the pages that show it, and leaves the others cached', async ({ request }) => {
  const edited = await api(request).create('careers', { title: `Ébéniste ${Date.now()}`, summary: 'Version 1.', _status: 'published' })
  const naming = await api(request).create('careers', { title: `Menuisier ${Date.now()}`, summary: 'Voisin.', relatedCareers: [edited.id], _status: 'published' })
  const other = await api(request).create('careers', { title: `Tapissier ${Date.now()}`, summary: 'Sans lien.', _status: 'published' })
  const cacheState = async (slug: string) => (await request.get(`/metiers/${slug}`)).headers()['x-nextjs-cache']
  for (const career of [edited, naming, other]) {
    await request.get(`/metiers/${career.slug}`)
    expect(await cacheState(career.slug)).toBe('HIT')
  }

  await api(request).update('careers', edited.id, { title: `${edited.title} d’art`, summary: 'Version 2.' })
  const page = await request.get(`/metiers/${edited.slug}`)
  expect(await page.text()).toContain('Version 2.')
  expect(page.headers()['x-nextjs-cache']).not.toBe('HIT')
  expect(await (await request.get(`/metiers/${naming.slug}`)).text()).toContain(`${edited.title} d’art`)
  expect(await cacheState(other.slug)).toBe('HIT')

  // Deleted, it disappears from the page that named it (its relation rows go with it).
  const removed = await request.delete(`/api/careers/${edited.id}`, { headers: { Authorization: `JWT ${admin}` } })
  expect(removed.status()).toBe(200)
  expect(await (await request.get(`/metiers/${naming.slug}`)).text()).not.toContain(`${edited.title} d’art`)
  expect(await cacheState(other.slug)).toBe('HIT')
})
