import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'
import pg from 'pg'

import { formatParisDateTime } from '@/payload/admin/parisTime'
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

test('an editor writes a draft, previews it (visitors get the French 404 meanwhile), publishes it: visitors and RSS readers then have it', async ({
  page,
  browser,
}) => {
  // Admin pages, axe at two widths and a publication: about a minute on a busy 2-core runner.
  test.setTimeout(120_000)
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
  // Asked for before the publication, so what comes after proves the cached answers expired.
  expect((await anonymous.get(`/actualites/${slug}`)).status()).toBe(404)
  expect(await (await anonymous.get('/rss.xml')).text()).not.toContain(title)

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
  const [left] = await Promise.all([
    preview.waitForResponse((response) => new URL(response.url()).pathname === `/actualites/${slug}` && response.request().isNavigationRequest()),
    preview.getByRole('link', { name: 'Quitter l’aperçu' }).click(),
  ])
  expect(left.status()).toBe(404)
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Page introuvable')
  await expect(preview.locator('main')).toContainText('Cette page n’existe pas ou n’est plus publiée.')
  await expect(preview.getByRole('region', { name: 'Aperçu du brouillon' })).toHaveCount(0)
  await preview.close()

  const published = page.waitForResponse(
    (response) => /\/api\/news\/\d+/.test(response.url()) && response.request().method() === 'PATCH' && !response.url().includes('autosave'),
  )
  const clicked = Date.now()
  await page.getByRole('button', { name: 'Publier les modifications' }).click()
  expect((await published).status()).toBe(200)
  // How fast is the bench's business (npm run bench:publish); here only a fault exceeds 15 s.
  await expect
    .poll(
      async () => {
        const [article, rss] = await Promise.all([anonymous.get(`/actualites/${slug}`), anonymous.get('/rss.xml')])
        return { page: article.status(), pageHasTitle: (await article.text()).includes(title), feedHasTitle: (await rss.text()).includes(title) }
      },
      { timeout: 15_000, intervals: [100] },
    )
    .toEqual({ page: 200, pageHasTitle: true, feedHasTitle: true })
  console.log(`publish click → visible on the page and in the feed: ${Date.now() - clicked} ms`)
})

test('the live preview frame shows the draft and the editor’s typing, at phone and at desktop width; the public page keeps the published text', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const career = await api(request).create('careers', { title: `Luthier ${Date.now()}`, summary: 'Fabrique et répare des instruments.', _status: 'published' })
  await logIntoAdmin(page, editor)
  await page.goto(`/admin/collections/careers/${career.id}`)
  await page.getByRole('button', { name: 'Aperçu en direct' }).click()
  const frame = page.frameLocator('iframe')
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(career.title)
  // Published, with no change waiting: the frame says it shows what visitors see.
  await expect(frame.getByRole('region', { name: 'Aperçu de la version publiée' })).toContainText('les visiteurs voient cette version')
  await expect(frame.getByRole('region', { name: 'Aperçu du brouillon' })).toHaveCount(0)

  for (const [label, width] of [['Téléphone', 375], ['Ordinateur', 1280]] as const) {
    await page.getByRole('button', { name: 'Adaptatif' }).or(page.getByRole('button', { name: /Téléphone|Ordinateur/ })).first().click()
    await page.getByRole('button', { name: label }).click()
    await expect(page.locator('.live-preview-toolbar input').first()).toHaveValue(String(width))
    // The page in the frame is laid out at that width, not merely the toolbar saying so.
    await expect.poll(() => frame.locator('html').evaluate(() => window.innerWidth)).toBe(width)

    // Autosave stores the draft, and the frame re-renders it.
    const summary = `Un artisan d’art qui fabrique guitares et violons (${label.toLowerCase()}).`
    await page.locator('#field-summary').fill(summary)
    await expect(frame.locator('.lead')).toHaveText(summary, { timeout: 15_000 })
    await expect(frame.locator('.lead')).toBeVisible()
    await expect(frame.getByRole('region', { name: 'Aperçu du brouillon' })).toContainText('cette version n’est pas publiée')
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(career.title)
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible()
  }
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
  await page.getByRole('button', { name: 'Programmer la publication ou la dépublication' }).click()
  await page.getByText('Publier', { exact: true }).click()
  await page.locator('.schedule-publish__scheduler .react-datepicker__input-container input').click()
  await page.locator('.react-datepicker__year-select').selectOption('2027')
  await page.locator('.react-datepicker__month-select').selectOption({ label: 'mars' })
  await page.locator('.react-datepicker__day--028:not(.react-datepicker__day--outside-month)').click()
  await page.getByText('09:00', { exact: true }).click()
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
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

test('the editorial dashboard lists the latest changes with their state, and the scheduled and failed publications with their Paris time', async ({
  page,
  request,
}) => {
  // Two admin sessions' worth of pages and a scheduling drawer: about a minute on a busy runner.
  test.setTimeout(120_000)
  const stamp = Date.now()
  const draft = await api(request).create('news', { title: `Forum des métiers ${stamp}`, excerpt: 'Jamais publié.', _status: 'draft' }, true)
  const career = await api(request).create('careers', { title: `Verrier ${stamp}`, summary: 'Publié.', _status: 'published' })
  const edited = await api(request).create('news', { title: `Nuit de l’orientation ${stamp}`, excerpt: 'En ligne.', _status: 'published' })
  await api(request).update('news', edited.id, { title: `Nuit de l’orientation ${stamp} (en cours)` }, true)
  // A draft saved before its title was typed: its link still says something.
  const untitled = await api(request).create('news', { excerpt: `Titre à trouver ${stamp}.`, _status: 'draft' }, true)
  const latest = async (collection: string, id: number) =>
    (await (await request.get(`/api/${collection}/${id}?draft=true&depth=0`, { headers: { Authorization: `JWT ${admin}` } })).json()) as { title?: string | null; updatedAt: string }

  await logIntoAdmin(page, editor)
  const dashboard = page.getByRole('region', { name: 'Suivi éditorial' })
  const recent = dashboard.locator('.editorial-dashboard__grid > div').filter({ has: page.getByRole('heading', { name: 'Modifiés récemment' }) }).locator('li')
  // Newest first: the untitled draft, the draft over the published post, the career, the
  // never-published post.
  const expected = [
    { collection: 'news', id: untitled.id, status: 'Brouillon', type: 'Actualité' },
    { collection: 'news', id: edited.id, status: 'Modifications non publiées', type: 'Actualité' },
    { collection: 'careers', id: career.id, status: 'Publié', type: 'Fiche métier' },
    { collection: 'news', id: draft.id, status: 'Brouillon', type: 'Actualité' },
  ]
  for (const [index, { collection, id, status, type }] of expected.entries()) {
    const doc = await latest(collection, id)
    const item = recent.nth(index)
    await expect(item.getByRole('link')).toHaveText(doc.title ?? 'Sans titre')
    await expect(item.getByRole('link')).toHaveAttribute('href', `/admin/collections/${collection}/${id}`)
    await expect(item.locator('.editorial-dashboard__status')).toHaveText(status)
    await expect(item.locator('.editorial-dashboard__type')).toHaveText(type)
    await expect(item.locator('time')).toHaveAttribute('datetime', doc.updatedAt)
    await expect(item.locator('time')).toHaveText(formatParisDateTime(doc.updatedAt))
  }
  expect((await latest('news', edited.id)).title).toBe(`Nuit de l’orientation ${stamp} (en cours)`)

  const scheduledList = dashboard.locator('.editorial-dashboard__grid > div').filter({ has: page.getByRole('heading', { name: 'Publications programmées' }) })
  await expect(scheduledList.getByRole('link', { name: draft.title })).toHaveCount(0)

  // The editor schedules the draft for 15 June next year at 10:00, Paris time (08:00 UTC, summer time),
  // which the dashboard must say in Paris time whatever the server's zone.
  const year = new Date().getFullYear() + 1
  const at = new Date(Date.UTC(year, 5, 15, 8))
  const inParis = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' }).format(at)
  expect(inParis).toMatch(/^\S+ 15 juin \d{4} à 10:00$/)
  await page.goto(`/admin/collections/news/${draft.id}`)
  await page.locator('#action-save').locator('xpath=..').locator('.popup-button').click()
  await page.getByRole('button', { name: 'Programmer la publication ou la dépublication' }).click()
  await page.getByText('Publier', { exact: true }).click()
  await page.locator('.schedule-publish__scheduler .react-datepicker__input-container input').click()
  await page.locator('.react-datepicker__year-select').selectOption(String(year))
  await page.locator('.react-datepicker__month-select').selectOption({ label: 'juin' })
  await page.locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)').click()
  await page.getByText('10:00', { exact: true }).click()
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await expect(page.locator('.schedule-publish table, .schedule-publish [class*=table]').last()).toContainText(`15/06/${year} 10:00`)

  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  try {
    const { rows } = await db.query(`select id from payload_jobs where task_slug = 'schedulePublish' and input->'doc'->>'value' = $1`, [String(draft.id)])
    expect(rows).toHaveLength(1)
    await page.goto('/admin')
    const scheduled = scheduledList.locator('li', { has: page.getByRole('link', { name: draft.title }) })
    await expect(scheduled.locator('time')).toHaveText(inParis)
    await expect(scheduled.locator('time')).toHaveAttribute('datetime', at.toISOString())
    await expect(scheduled.locator('.editorial-dashboard__action')).toHaveText('Publication')
    await expect(scheduled.locator('.editorial-dashboard__type')).toHaveText('Actualité')
    await expect(scheduled.getByRole('link')).toHaveAttribute('href', `/admin/collections/news/${draft.id}`)
    await expect(dashboard.getByRole('heading', { name: 'Programmations en échec' })).toHaveCount(0)

    // A run that failed (as when the person who scheduled it may not publish) marks the job so;
    // the dashboard then lists it apart, for someone to schedule it again.
    await db.query(`update payload_jobs set has_error = true where id = $1`, [rows[0].id])
    await page.reload()
    await expect(scheduledList.locator('li', { has: page.getByRole('link', { name: draft.title }) })).toHaveCount(1)
    const failedHeading = dashboard.getByRole('heading', { name: 'Programmations en échec' })
    await expect(failedHeading).toBeVisible()
    const failed = failedHeading.locator('xpath=following-sibling::ul[1]').locator('li', { has: page.getByRole('link', { name: draft.title }) })
    await expect(failed.locator('time')).toHaveText(inParis)
    await expect(failedHeading.locator('xpath=preceding-sibling::ul').getByRole('link', { name: draft.title })).toHaveCount(0)
  } finally {
    await db.query(`delete from payload_jobs where task_slug = 'schedulePublish' and input->'doc'->>'value' = $1`, [String(draft.id)])
    await db.end()
  }
})

const versionsOf = async (request: APIRequestContext, collection: string, id: number) =>
  (
    await (
      await request.get(`/api/${collection}/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`, { headers: { Authorization: `JWT ${admin}` } })
    ).json()
  ).docs as { id: number; version: Record<string, unknown> }[]

test('an earlier version restored through REST is the document again, and its cached public page shows it', async ({ page, request, browser }) => {
  const career = await api(request).create('careers', { title: `Souffleur de verre ${Date.now()}`, summary: 'Première rédaction.', _status: 'published' })
  await api(request).update('careers', career.id, { summary: 'Deuxième rédaction.', _status: 'published' })
  const anonymous = await visitor(browser)
  expect(await (await anonymous.get(`/metiers/${career.slug}`)).text()).toContain('Deuxième rédaction.')
  // The page is cached: only the restore's revalidation can bring the earlier text to it.
  expect((await anonymous.get(`/metiers/${career.slug}`)).headers()['x-nextjs-cache']).toBe('HIT')
  const versions = await versionsOf(request, 'careers', career.id)
  expect(versions.map((version) => version.version.summary)).toEqual(['Première rédaction.', 'Deuxième rédaction.'])

  const restored = await request.post(`/api/careers/versions/${versions[0]!.id}`, { headers: { Authorization: `JWT ${admin}` } })
  expect(restored.status(), await restored.text()).toBe(200)
  const doc = await (await anonymous.get(`/api/careers/${career.id}?depth=0`)).json()
  expect([doc._status, doc.summary]).toEqual(['published', 'Première rédaction.'])
  await page.goto(`/metiers/${career.slug}`)
  await expect(page.locator('.lead')).toHaveText('Première rédaction.')
})

test('an editor restores an earlier version from the admin’s Versions tab: the post and its public page have the earlier text again', async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(120_000)
  const post = await api(request).create('news', { title: `Journée du patrimoine ${Date.now()}`, excerpt: 'Texte d’origine.', _status: 'published' })
  await api(request).update('news', post.id, { excerpt: 'Texte remplacé.', _status: 'published' })
  const anonymous = await visitor(browser)
  expect(await (await anonymous.get(`/actualites/${post.slug}`)).text()).toContain('Texte remplacé.')
  const [first] = await versionsOf(request, 'news', post.id)
  expect(first!.version.excerpt).toBe('Texte d’origine.')

  await logIntoAdmin(page, editor)
  await page.goto(`/admin/collections/news/${post.id}`)
  await page.getByRole('link', { name: /^Versions/ }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/news/${post.id}/versions(\\?|$)`))
  await page.locator(`a[href$="/news/${post.id}/versions/${first!.id}"]`).click()
  await page.getByRole('button', { name: 'Restaurer cette version', exact: true }).click()
  await page.getByRole('button', { name: 'Confirmer', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/news/${post.id}$`))
  await expect(page.locator('#field-excerpt')).toHaveValue('Texte d’origine.')

  const doc = await (await anonymous.get(`/api/news/${post.id}?depth=0`)).json()
  expect([doc._status, doc.excerpt]).toEqual(['published', 'Texte d’origine.'])
  const visitorPage = await (await browser.newContext()).newPage()
  await visitorPage.goto(`/actualites/${post.slug}`)
  await expect(visitorPage.locator('.lead')).toHaveText('Texte d’origine.')
  await visitorPage.context().close()
})
