import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { dropDatabase, ensureDatabase } from '@/scripts/databases'
import { type App, appEnvironment, logIn, runScript, startApp } from './harness'

// A site's life across a restore, as an operator runs it: `npm run backup` while the app
// serves, `npm run restore` into a fresh database and media folder, `npm start` on them
// (migrations included), then visitors and an editor on the restored site.
const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const server = process.env.DATABASE_URL!
const prefix = process.env.RESILIENCE_DATABASE || `reperes_test_res_${Date.now().toString(36)}`
const names = { source: `${prefix}_bksrc`, target: `${prefix}_bkdst` }
const work = mkdtempSync(path.join(tmpdir(), 'reperes-restored-'))
const backups = path.join(work, 'backups')
const admin = { email: 'sauvegarde@reperes.test', password: randomBytes(12).toString('base64url') }
const apps: App[] = []

afterAll(async () => {
  for (const app of apps) await app?.stop()
  for (const name of Object.values(names)) await dropDatabase(server, name)
  rmSync(work, { recursive: true, force: true })
})

/**
 * `npm run backup` / `npm run restore` (what they run: tsx on the script), to their end. Not
 * spawnSync: the running app's output must keep flowing, and a hung pg_dump must end the test.
 */
const operator = async (script: 'backup' | 'restore', args: string[], env: NodeJS.ProcessEnv) => {
  try {
    await promisify(execFile)(process.execPath, [tsx, `scripts/${script}.ts`, ...args], { env: { ...env, BACKUP_DIR: backups }, timeout: 180_000, maxBuffer: 64 * 2 ** 20 })
  } catch (error) {
    throw new Error(`${script} failed: ${(error as { stderr?: string }).stderr ?? error}`)
  }
}

/** Without printing the whole page on failure. */
const expectIn = (html: string, text: string) => expect(html.includes(text), `the page holds ${JSON.stringify(text)}`).toBe(true)

const sha256 = (bytes: Buffer | ArrayBuffer) => createHash('sha256').update(Buffer.from(bytes as ArrayBuffer)).digest('hex')

describe('a restored backup', () => {
  it('is served by the app: career and news pages with their text and images, search, and a new publication', async () => {
    const stamp = Date.now().toString(36)
    await ensureDatabase(server, names.source)
    const sourceEnv = appEnvironment({ server, database: names.source, work: path.join(work, 'source'), admin })
    await runScript('scripts/seed.ts', sourceEnv)
    const source = await startApp({ ...sourceEnv, MIGRATE_ON_START: 'false' })
    apps.push(source)

    // Content written through the app after the seed: only the backup can bring it back.
    const { token } = await logIn(source.base, admin)
    const write = async (collection: string, data: Record<string, unknown>) => {
      const response = await fetch(`${source.base}/api/${collection}`, { method: 'POST', headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(data) })
      const text = await response.text()
      expect(response.status, text).toBe(201)
      return (JSON.parse(text) as { doc: { id: number; slug: string; title: string } }).doc
    }
    const media = (await (await fetch(`${source.base}/api/media?limit=1&depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as { docs: { id: number; filename: string }[] }
    const image = media.docs[0]!
    const career = await write('careers', {
      title: `Souffleur de verre ${stamp}`,
      summary: 'Façonne le verre en fusion à la canne.',
      skills: [{ skill: `Cueillir le verre au four ${stamp}` }],
      heroImage: image.id,
      _status: 'published',
    })
    const post = await write('news', { title: `Ouverture d’un atelier verrier ${stamp}`, excerpt: 'Un nouvel atelier forme des souffleurs.', relatedCareers: [career.id], _status: 'published' })

    // Backed up while the site serves, as a nightly job would.
    await operator('backup', [], sourceEnv)
    const [folder] = readdirSync(backups)
    await source.stop()

    await ensureDatabase(server, names.target)
    const targetEnv = appEnvironment({ server, database: names.target, work: path.join(work, 'target') })
    await operator('restore', [path.join(backups, folder!)], targetEnv)
    // `npm start` as after any restore: it applies migrations (none left to apply) and serves.
    const restored = await startApp(targetEnv)
    apps.push(restored)

    const careerPage = await fetch(`${restored.base}/metiers/${career.slug}`)
    const careerHtml = await careerPage.text()
    expect(careerPage.status).toBe(200)
    expectIn(careerHtml, career.title)
    expectIn(careerHtml, `Cueillir le verre au four ${stamp}`)
    const postPage = await fetch(`${restored.base}/actualites/${post.slug}`)
    const postHtml = await postPage.text()
    expect(postPage.status).toBe(200)
    expectIn(postHtml, post.title)
    expectIn(postHtml, `href="/metiers/${career.slug}"`)
    const seeded = await fetch(`${restored.base}/metiers/directeur-technique`)
    expect(seeded.status).toBe(200)
    expectIn(await seeded.text(), 'Directeur technique')

    // The career's image: the file itself, as uploaded, and the resized copy the page shows.
    const original = await fetch(`${restored.base}/api/media/file/${encodeURIComponent(image.filename)}`)
    expect(original.status).toBe(200)
    expect(sha256(await original.arrayBuffer())).toBe(sha256(readFileSync(path.join(work, 'source', 'media', image.filename))))
    const shown = [...careerHtml.matchAll(/src="(\/_next\/image\?[^"]+)"/g)]
      .map((match) => match[1]!.replaceAll('&amp;', '&'))
      .find((src) => new URLSearchParams(src.split('?')[1]).get('url') === `/api/media/file/${image.filename}`)
    expect(shown, `the career page shows ${image.filename}`).toBeTruthy()
    const resized = await fetch(`${restored.base}${shown}`)
    expect(resized.status).toBe(200)
    expect(resized.headers.get('content-type')).toMatch(/^image\//)

    // Search reads the restored text-search columns and configuration.
    const search = await (await fetch(`${restored.base}/recherche?q=${encodeURIComponent(`souffleur ${stamp}`)}`)).text()
    expectIn(search, `href="/metiers/${career.slug}"`)

    // An editor publishes on the restored site: the account came back, new ids do not collide.
    const session = await logIn(restored.base, admin)
    const created = await fetch(`${restored.base}/api/news`, {
      method: 'POST',
      headers: { Authorization: `JWT ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Après la restauration ${stamp}`, excerpt: 'Publié sur le site restauré.', _status: 'published' }),
    })
    const createdText = await created.text()
    expect(created.status, createdText).toBe(201)
    const { doc } = JSON.parse(createdText) as { doc: { slug: string } }
    expectIn(await (await fetch(`${restored.base}/actualites/${doc.slug}`)).text(), `Après la restauration ${stamp}`)
  })
})
