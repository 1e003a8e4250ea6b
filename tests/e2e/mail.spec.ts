import { expect, test } from '@playwright/test'

import { digestMail } from '@/payload/digest/content'
import { renderMail } from '@/payload/email/render'
import { linksIn } from '../support/links'
import { adminToken, expectAccessible } from './helpers'
import { mailbox, mailsTo } from './mailbox'

// Mails as people get them: the app sends through SMTP to the server Playwright started beside
// it (tests/support/smtpSink.ts), and the tests read what arrived.

const unique = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@exemple.fr`

test.describe('account mails', () => {
  test('"Mot de passe oublié": mail received, its link sets a new password, which then logs in', async ({ page, request }) => {
    const token = await adminToken(request)
    const email = unique('oubli')
    const created = await request.post('/api/users', {
      data: { email, password: 'ancien-mot-de-passe', name: 'Sacha Oublieux', roles: ['editor'] },
      headers: { Authorization: `JWT ${token}` },
    })
    expect(created.status()).toBe(201)
    await mailsTo(email, 1) // the invitation

    await page.goto('/admin/login')
    await page.getByRole('link', { name: /mot de passe oublié/i }).click()
    // The form's state is set up after the page shows it (later on a loaded machine, even after
    // the network is idle) and empties a value typed before: type until the value stays.
    await page.waitForLoadState('networkidle')
    const field = page.getByLabel(/e-mail/i)
    await expect(async () => {
      await field.fill(email)
      await page.waitForTimeout(1000)
      await expect(field).toHaveValue(email, { timeout: 500 })
    }).toPass({ timeout: 30_000 })
    await page.getByRole('button', { name: /envoyer|soumettre|valider/i }).click()
    await expect(page.getByText(/Si l.adresse e-mail est associée à un compte/)).toBeVisible()

    const reset = (await mailsTo(email, 2)).find((mail) => mail.subject === 'Choisir un nouveau mot de passe')!
    expect(reset.from).toMatch(/^"?Repères"? <no-reply@reperes.test>$/)
    expect(reset.text).toContain('pendant une heure')
    const link = linksIn(reset.html).find((href) => href.includes('/admin/reset/'))!
    expect(new URL(link).origin).toBe(new URL(page.url()).origin)
    expect(reset.text).toContain(link)

    await page.goto(link)
    await page.getByLabel('Nouveau mot de passe').fill('mon-nouveau-secret-42')
    await page.getByLabel('Confirmez le mot de passe').fill('mon-nouveau-secret-42')
    await page.getByRole('button', { name: /réinitialiser|enregistrer|valider|envoyer/i }).click()
    await page.waitForURL(/\/admin(\/|$)(?!reset)/)

    const login = await request.post('/api/users/login', { data: { email, password: 'mon-nouveau-secret-42' } })
    expect(login.status()).toBe(200)
  })

  test('a locked account answers GraphQL’s loginUser as an unknown address does', async ({ request }) => {
    const token = await adminToken(request)
    const email = unique('verrou-gql')
    expect((await request.post('/api/users', { data: { email, password: 'bon-mot-de-passe', name: 'Verrou', roles: ['editor'] }, headers: { Authorization: `JWT ${token}` } })).status()).toBe(201)
    for (let attempt = 0; attempt < 5; attempt += 1) await request.post('/api/users/login', { data: { email, password: `faux-${attempt}` } })
    const login = async (who: string) =>
      (await (await request.post('/api/graphql', { data: { query: `mutation { loginUser(email: "${who}", password: "bon-mot-de-passe") { token } }` } })).json()).errors?.[0]
    const locked = await login(email)
    const unknown = await login(unique('personne'))
    expect({ message: locked.message, name: locked.extensions.name }).toEqual({ message: unknown.message, name: unknown.extensions.name })
  })

  test('the answer to "Mot de passe oublié" is the same for an unknown address', async ({ request }) => {
    const known = await request.post('/api/users/forgot-password', { data: { email: process.env.SEED_ADMIN_EMAIL } })
    const unknown = await request.post('/api/users/forgot-password', { data: { email: unique('inconnu') } })
    expect(unknown.status()).toBe(known.status())
    expect(await unknown.json()).toEqual(await known.json())
  })
})

test.describe('e-mail subscription', () => {
  test('the form works without JavaScript: confirmation mail, confirm button, confirmed', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const email = unique('sans-js')
    await page.goto('/abonnement')
    const form = page.locator('form.subscribe')
    await form.getByLabel('Votre adresse e-mail').fill(`  ${email.toUpperCase()} `)
    await form.getByLabel('Seulement celles des secteurs cochés').check()
    const firstSector = form.locator('input[name="secteurs"]').first()
    await firstSector.check()
    await form.getByLabel('Chaque matin où il y a du nouveau').check()
    await form.getByRole('button', { name: 'M’abonner' }).click()
    await expect(page).toHaveURL(/\/abonnement\/envoye$/)
    await expect(page.locator('h1')).toHaveText('Vérifiez votre boîte de réception')

    const [mail] = await mailsTo(email, 1)
    expect(mail!.subject).toBe('Confirmez votre abonnement aux actualités')
    expect(mail!.text).toMatch(/les actualités du secteur .+ chaque jour/)
    const link = linksIn(mail!.html).find((href) => href.includes('/abonnement/confirmation?'))!
    expect(mail!.text).toContain(link)

    await page.goto(link)
    await expect(page.locator('h1')).toHaveText('Confirmer votre abonnement')
    await page.getByRole('button', { name: 'Confirmer mon abonnement' }).click()
    await expect(page).toHaveURL(/\/abonnement\/confirme$/)
    await expect(page.locator('h1')).toHaveText('Abonnement confirmé')
    await context.close()

    const token = await adminToken(request)
    const stored = await (await request.get(`/api/subscribers?where[email][equals]=${encodeURIComponent(email)}`, { headers: { Authorization: `JWT ${token}` } })).json()
    expect(stored.docs[0]).toMatchObject({ status: 'confirmed', frequency: 'daily' })
    expect(stored.docs[0].sectors).toHaveLength(1)
  })

  test('signing up again answers the same page and mails the owner; its unsubscribe link and RFC 8058 one-click work without login', async ({ page, request }) => {
    const email = unique('deux-fois')
    const signUp = () => request.post('/abonnement/inscription', { form: { email, frequence: 'weekly', portee: 'tout' }, maxRedirects: 0 })
    const first = await signUp()
    expect([first.status(), first.headers()['location']]).toEqual([303, '/abonnement/envoye'])
    const [confirmation] = await mailsTo(email, 1)
    const link = new URL(linksIn(confirmation!.html).find((href) => href.includes('/abonnement/confirmation?'))!)
    const confirmed = await request.post('/abonnement/confirmation/valider', {
      form: { id: link.searchParams.get('id')!, expire: link.searchParams.get('expire')!, jeton: link.searchParams.get('jeton')! },
      maxRedirects: 0,
    })
    expect([confirmed.status(), confirmed.headers()['location']]).toEqual([303, '/abonnement/confirme'])

    const again = await signUp()
    const fresh = await request.post('/abonnement/inscription', { form: { email: unique('nouveau'), frequence: 'weekly', portee: 'tout' }, maxRedirects: 0 })
    expect([again.status(), again.headers()['location']]).toEqual([303, '/abonnement/envoye'])
    expect([fresh.status(), fresh.headers()['location']]).toEqual([303, '/abonnement/envoye'])

    const mail = (await mailsTo(email, 2)).find((m) => m.subject === 'Vous êtes déjà abonné aux actualités')!
    const unsubscribe = linksIn(mail.html).find((href) => href.includes('/abonnement/desinscription?'))!
    await page.goto(unsubscribe)
    await expect(page.locator('h1')).toHaveText('Se désabonner des actualités')
    await expectAccessible(page, new URL(unsubscribe).pathname + new URL(unsubscribe).search)

    // What a mail program's own button does (RFC 8058): a POST, no page, no login.
    const oneClick = new URL(unsubscribe)
    oneClick.pathname += '/valider'
    const response = await request.post(oneClick.toString(), { form: { 'List-Unsubscribe': 'One-Click' }, maxRedirects: 0 })
    expect(response.status()).toBe(200)
    const token = await adminToken(request)
    const left = await (await request.get(`/api/subscribers?where[email][equals]=${encodeURIComponent(email)}`, { headers: { Authorization: `JWT ${token}` } })).json()
    expect(left.totalDocs).toBe(0)
    await page.goto(unsubscribe)
    await expect(page.locator('h1')).toHaveText('Déjà désabonné ?')
  })

  test('links with an id past PostgreSQL’s integer get a French answer, not a 500', async ({ request }) => {
    const page = await request.get('/abonnement/confirmation?id=3000000000&expire=9999999999&jeton=' + 'a'.repeat(43))
    expect(page.status()).toBe(200)
    expect(await page.text()).toContain('Lien invalide')
    const unsubscribePage = await request.get('/abonnement/desinscription?id=99999999999&jeton=' + 'a'.repeat(43))
    expect(unsubscribePage.status()).toBe(200)
    for (const path of ['/abonnement/confirmation/valider', '/abonnement/desinscription/valider']) {
      const response = await request.post(path, { form: { id: '3000000000', expire: '1', jeton: 'a'.repeat(43) }, maxRedirects: 0 })
      expect(response.status(), path).toBe(400)
    }
    const huge = await request.post('/abonnement/inscription', { form: { email: 'a@b.fr', site: 'x'.repeat(40_000) }, maxRedirects: 0 })
    expect(huge.status()).toBe(413)
  })

  test('bad input gets a French 4xx; the honeypot sends nothing', async ({ request }) => {
    const invalid = await request.post('/abonnement/inscription', { form: { email: 'pas une adresse', frequence: 'weekly' }, maxRedirects: 0 })
    expect(invalid.status()).toBe(400)
    expect(await invalid.text()).toContain('n’est pas une adresse e-mail')
    const sector = await request.post('/abonnement/inscription', { form: { email: unique('secteur'), portee: 'secteurs', secteurs: '999999' }, maxRedirects: 0 })
    expect(sector.status()).toBe(400)
    const tampered = await request.post('/abonnement/confirmation/valider', { form: { id: '1', expire: '9999999999', jeton: 'x'.repeat(43) }, maxRedirects: 0 })
    expect(tampered.status()).toBe(400)
    expect(await tampered.text()).toContain('Lien invalide')

    const robot = unique('robot')
    const trapped = await request.post('/abonnement/inscription', { form: { email: robot, site: 'http://spam.example' }, maxRedirects: 0 })
    expect([trapped.status(), trapped.headers()['location']]).toEqual([303, '/abonnement/envoye'])
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect((await mailbox()).filter((mail) => mail.to.includes(robot))).toEqual([])
  })

  test('the subscription pages pass axe at phone and desktop widths', async ({ page }) => {
    for (const path of ['/abonnement', '/abonnement/envoye', '/abonnement/confirme', '/abonnement/desabonne', '/abonnement/confirmation?id=1&jeton=abc']) await expectAccessible(page, path)
  })

  test('a digest-style mail reads on a 375 px phone without sideways scrolling', async ({ page }) => {
    const [mail] = (await mailbox()).filter((m) => m.subject === 'Confirmez votre abonnement aux actualités')
    expect(mail, 'a confirmation mail from an earlier test').toBeTruthy()
    await page.setViewportSize({ width: 375, height: 800 })
    await page.setContent(mail!.html)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    const button = page.getByRole('link', { name: 'Confirmer mon abonnement' })
    await expect(button).toBeVisible()
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(24)
    await page.screenshot({ path: test.info().outputPath('confirmation-375.png'), fullPage: true })
  })

  test('a digest reads on a 375 px phone: long titles wrap, images fit, the unsubscribe link shows', async ({ page, baseURL }) => {
    const image = `${baseURL}/carte-de-partage.png`
    const posts = [
      { id: 1, slug: 'journees-portes-ouvertes', title: 'Journées portes ouvertes : « venez voir » les formations 🎓', excerpt: 'Les lycées professionnels ouvrent leurs ateliers le samedi 14 mars.', heroImage: { id: 9, alt: 'Atelier de mécanique', url: image, sizes: { og: { url: image } } } },
      { id: 2, slug: 'anticonstitutionnellement', title: 'Anticonstitutionnellementhttps://exemple.fr/un-tres-long-mot-sans-espace-aucun-pour-voir', excerpt: null, heroImage: null },
    ] as unknown as Parameters<typeof digestMail>[0]
    const mail = await renderMail(digestMail(posts, 'weekly', new Date('2027-03-29T07:00:00Z'), `${baseURL}/abonnement/desinscription?id=1&jeton=x`))
    await page.setViewportSize({ width: 375, height: 800 })
    await page.setContent(mail.html)
    await page.waitForLoadState('load')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await expect(page.getByRole('link', { name: 'Se désabonner' })).toBeVisible()
    const shown = await page.getByRole('img', { name: 'Atelier de mécanique' }).boundingBox()
    expect(shown!.width).toBeLessThanOrEqual(375)
    await page.screenshot({ path: test.info().outputPath('digest-375.png'), fullPage: true })
  })

  // Last: it spends this client's sign-ups for the hour.
  test('sign-ups are limited per client, and a forged X-Forwarded-For does not reset the count', async ({ request }) => {
    let status = 0
    let tries = 0
    while (status !== 429 && tries < 45) {
      tries += 1
      status = (await request.post('/abonnement/inscription', { form: { email: unique('flot') }, maxRedirects: 0 })).status()
    }
    expect(status).toBe(429)
    // Neither header a client can write resets the count: the app trusts X-Forwarded-For only
    // from TRUSTED_PROXIES, and the server writes x-reperes-peer itself.
    const forged = await request.post('/abonnement/inscription', {
      form: { email: unique('flot') },
      headers: { 'x-forwarded-for': '198.51.100.77', 'x-reperes-peer': '198.51.100.78' },
      maxRedirects: 0,
    })
    expect(forged.status()).toBe(429)
    expect(forged.headers()['retry-after']).toBe('3600')
    expect(await forged.text()).toContain('Réessayez dans une heure')
  })
})
