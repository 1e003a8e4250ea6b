import { expect, test } from '@playwright/test'
import pg from 'pg'

import { adminToken, logIntoAdmin } from './helpers'

// Admin screens with the rich-text editor take several seconds each on a busy 2-core machine.
test.setTimeout(180_000)

// "Créer" on a collection with autosaved drafts makes a draft at once (Payload's create view).
// The form is titled as new, and a form left without typing leaves nothing once the queued
// cleanup has run (payload/jobs/abandonedDrafts.ts; its delays are tested in tests/int).

test('a new form is titled "Sans titre", not by an id, and a form left without typing leaves nothing', async ({ page, request }) => {
  const headers = { Authorization: `JWT ${await adminToken(request)}` }
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
  await page.goto('/admin/collections/news/create')
  await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+$/)
  const id = Number(new URL(page.url()).pathname.split('/').pop())
  await expect(page.locator('h1')).toHaveText('Sans titre')
  expect(await page.title()).not.toContain(String(id))

  // A second form, in which the editor writes one word of the title before leaving.
  await page.goto('/admin/collections/news/create')
  await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+$/)
  const written = Number(new URL(page.url()).pathname.split('/').pop())
  await page.locator('#field-title').fill('Brouillon')
  await expect(page.locator('h1')).toHaveText('Brouillon')
  // Autosave's request has reached the server.
  await expect
    .poll(async () => (await (await request.get(`/api/news/${written}?draft=true&depth=0`, { headers })).json()).title)
    .toBe('Brouillon')
  await page.goto('/admin/collections/news')

  // Thirteen hours later: both drafts are made older, the queue runner (the endpoint npm start
  // calls every few seconds) queues the hourly cleanup, which is brought forward to now.
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  const runQueue = async () =>
    expect((await request.get('/api/payload-jobs/run', { headers: { Authorization: `Bearer ${process.env.CRON_SECRET}` } })).status()).toBe(200)
  try {
    await db.query(`update news set created_at = created_at - interval '13 hours' where id = any($1)`, [[id, written]])
    await expect
      .poll(async () => {
        await runQueue()
        const { rows } = await db.query(`update payload_jobs set wait_until = now() where task_slug = 'deleteAbandonedDrafts' returning id`)
        return rows.length
      })
      .toBeGreaterThan(0)
  } finally {
    await db.end()
  }
  // npm start's own runner may hold the queue when this call comes: run it until the job ran.
  await expect
    .poll(async () => {
      await runQueue()
      return (await request.get(`/api/news/${id}?draft=true&depth=0`, { headers })).status()
    })
    .toBe(404)
  expect((await request.get(`/api/news/${written}?draft=true&depth=0`, { headers })).status()).toBe(200)
  await request.delete(`/api/news/${written}`, { headers })
})
