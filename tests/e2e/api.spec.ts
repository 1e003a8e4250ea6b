import { expect, test } from '@playwright/test'

// Bad input through the REST API: a clear 4xx, never a 500, nothing half-written.
test.describe('REST API input validation', () => {
  let token: string

  test.beforeAll(async ({ request }) => {
    const login = await request.post('/api/users/login', {
      data: { email: process.env.SEED_ADMIN_EMAIL, password: process.env.SEED_ADMIN_PASSWORD },
    })
    expect(login.status()).toBe(200)
    token = (await login.json()).token
  })

  const post = (request: import('@playwright/test').APIRequestContext, collection: string, data: unknown) =>
    request.post(`/api/${collection}`, { data, headers: { Authorization: `JWT ${token}` } })

  test('anonymous writes are refused', async ({ request }) => {
    const response = await request.post('/api/news', { data: { title: 'Intrus', excerpt: 'x' } })
    expect(response.status()).toBe(403)
  })

  test('missing title, duplicate slug, oversized excerpt and bad ROME code are 400s in French', async ({ request }) => {
    const missing = await post(request, 'news', { excerpt: 'Sans titre' })
    expect(missing.status()).toBe(400)

    const duplicate = await post(request, 'careers', { title: 'Autre', summary: 'x', slug: 'directeur-technique' })
    expect(duplicate.status()).toBe(400)
    expect(JSON.stringify(await duplicate.json())).toMatch(/slug/)

    // Longer than the excerpt's limit (a body over 2 MB is refused earlier: see hostile.spec).
    const huge = await post(request, 'news', { title: 'Énorme', excerpt: 'x'.repeat(1024 * 1024) })
    expect(huge.status()).toBe(400)

    const rome = await post(request, 'careers', { title: 'Boulanger', summary: 'Pain.', romeCodes: ['Z9999'] })
    expect(rome.status()).toBe(400)
    const body = await rome.json()
    expect(body.errors[0].name).toBe('ValidationError')
    expect(body.errors[0].data.errors[0]).toMatchObject({ path: 'romeCodes', message: expect.stringMatching(/^Code ROME invalide\s: Z9999/) })

    const listed = await request.get('/api/careers?where[title][equals]=Boulanger&draft=true', {
      headers: { Authorization: `JWT ${token}` },
    })
    expect((await listed.json()).totalDocs).toBe(0)
  })
})
