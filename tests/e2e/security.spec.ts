import { expect, test } from '@playwright/test'

import { adminToken } from './helpers'

// Headers, session cookies, CSRF and CORS, login lockout: what a browser and an attacker see.
const EVIL = 'https://evil.example'

test('every response carries the security headers; visitors’ pages a strict Content-Security-Policy', async ({ request }) => {
  for (const path of ['/', '/metiers/directeur-technique', '/rss.xml', '/api/news?limit=1', '/admin/login']) {
    const headers = (await request.get(path)).headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d+/)
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'self'")
    expect(headers['x-powered-by'], path).toBeUndefined()
  }
  const csp = (await request.get('/metiers/directeur-technique')).headers()['content-security-policy']!
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"]) expect(csp).toContain(directive)
  expect(csp).not.toContain('unsafe-eval')
})

test('the public pages run under their policy without a single violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  for (const path of ['/', '/metiers/directeur-technique', '/actualites', '/recherche?q=technique', '/abonnement']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  // The search box's suggestions are a fetch to our own origin.
  await page.getByRole('combobox').first().fill('dir')
  await expect(page.getByRole('option').first()).toBeVisible()
  expect(violations).toEqual([])
})

test('the session cookie is HttpOnly and SameSite=Lax, and only our own pages may use it', async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL })
  const login = await context.post('/api/users/login', { data: { email: process.env.SEED_ADMIN_EMAIL, password: process.env.SEED_ADMIN_PASSWORD } })
  const cookie = login.headers()['set-cookie'] ?? ''
  expect(cookie).toMatch(/payload-token=/)
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Lax/i)

  const me = async (headers: Record<string, string>) => (await (await context.get('/api/users/me', { headers })).json()).user
  expect(await me({ Origin: new URL(baseURL!).origin })).toMatchObject({ email: process.env.SEED_ADMIN_EMAIL })
  expect(await me({ 'Sec-Fetch-Site': 'same-origin' })).toMatchObject({ email: process.env.SEED_ADMIN_EMAIL })
  // A page elsewhere making the visitor's browser call us: the cookie does not count.
  expect(await me({ Origin: EVIL })).toBeNull()
  expect(await me({ 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
  const forged = await context.post('/api/news', { headers: { Origin: EVIL }, data: { title: 'Forgé', excerpt: 'x', _status: 'published' } })
  expect(forged.status()).toBe(403)
  // CORS: our origin may read API answers from a browser, another may not.
  expect((await context.get('/api/news?limit=1', { headers: { Origin: EVIL } })).headers()['access-control-allow-origin']).not.toBe(EVIL)
  expect((await context.get('/api/news?limit=1', { headers: { Origin: new URL(baseURL!).origin } })).headers()['access-control-allow-origin']).toBe(
    new URL(baseURL!).origin,
  )
  await context.dispose()
})

test('five wrong passwords lock an account: the right one is then refused, with the answer an unknown address gets', async ({ request }) => {
  const token = await adminToken(request)
  const account = { email: `verrou-${Date.now()}@reperes.test`, password: 'le-bon-mot-de-passe', name: 'Compte verrouillé', roles: ['editor'] }
  expect((await request.post('/api/users', { data: account, headers: { Authorization: `JWT ${token}` } })).status()).toBe(201)
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const wrong = await request.post('/api/users/login', { data: { email: account.email, password: `faux-${attempt}` } })
    expect(wrong.status()).toBe(401)
  }
  const locked = await request.post('/api/users/login', { data: { email: account.email, password: account.password } })
  expect(locked.status()).toBe(401)
  // "Locked" would tell anyone that the address has an account; its owner is told by mail.
  const unknown = await request.post('/api/users/login', { data: { email: `personne-${Date.now()}@reperes.test`, password: account.password } })
  expect(await locked.json()).toEqual(await unknown.json())
})
