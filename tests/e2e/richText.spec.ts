import { type APIRequestContext, expect, test } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import { HtmlValidate } from 'html-validate'
import pg from 'pg'

import { customLink, editorState, everyNode, internalLink, paragraph, relationship, text } from '@/tests/fixtures/lexical'
import { previewToken } from '@/payload/preview/previewUrl'
import { adminToken, contentApi, expectAccessible, headerValues, logIntoAdmin, validateAtom, WIDTHS } from './helpers'

// Rich text as editors write it, on every output: page (and so preview, same renderer), RSS,
// Atom, JSON Feed. Internal links and relationship cards are resolved by document id when
// rendered, so they follow renames, and a target visitors cannot open becomes plain text.

let api: ReturnType<typeof contentApi>
const ids = { career: 0, news: 0, sector: 0, media: 0 }
let target: { id: number; slug: string; title: string }
let post: { id: number; slug: string; title: string }
let sheet: { id: number; slug: string; title: string }
const stamp = Date.now()
// Old dates: these documents stay out of the demo content's place at the top of the lists.
const OLD = '2020-01-06T09:00:00.000Z'

const firstId = async (request: APIRequestContext, query: string) => (await (await request.get(`/api/${query}`)).json()).docs[0].id as number

test.beforeAll(async ({ request }) => {
  api = contentApi(await adminToken(request))
  target = await api.create(request, 'careers', { title: `Chef de chantier ${stamp}`, summary: 'Organise et suit un chantier.', _status: 'published' })
  Object.assign(ids, {
    career: target.id,
    news: await firstId(request, 'news?where[slug][equals]=psb-campus-le-delta'),
    sector: await firstId(request, 'sectors?where[slug][equals]=industrie'),
    media: await firstId(request, 'media?limit=1'),
  })
  post = await api.create(request, 'news', {
    title: `Tous les nœuds ${stamp}`,
    excerpt: 'Un article qui contient chaque élément de l’éditeur.',
    content: everyNode(ids),
    publishedAt: OLD,
    _status: 'published',
  })
  sheet = await api.create(request, 'careers', {
    title: `Métier de démonstration ${stamp}`,
    summary: 'Une fiche dont la présentation contient chaque élément de l’éditeur.',
    content: everyNode(ids),
    _status: 'published',
  })
})

test.afterAll(async ({ request }) => {
  await api.removeAll(request)
})

const contentOf = async (request: APIRequestContext, format: 'rss' | 'atom' | 'json', path = '') => {
  const url = `${path}/${{ rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' }[format]}`
  const response = await request.get(url)
  expect(response.status(), url).toBe(200)
  const body = await response.text()
  if (format === 'json') return { body, items: (JSON.parse(body).items as { title: string; content_html: string }[]).map((i) => ({ title: i.title, html: i.content_html })) }
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'entry'].includes(name) }).parse(body)
  if (format === 'atom') {
    validateAtom(body)
    return { body, items: (doc.feed.entry as Record<string, any>[]).map((e) => ({ title: String(e.title?.['#text'] ?? e.title), html: String(e.content?.['#text'] ?? '') })) }
  }
  return { body, items: (doc.rss.channel.item as Record<string, any>[]).map((i) => ({ title: String(i.title), html: String(i['content:encoded']) })) }
}

const itemHtml = async (request: APIRequestContext, format: 'rss' | 'atom' | 'json', title: string, path = '') => {
  const { items } = await contentOf(request, format, path)
  const item = items.find((i) => i.title === title)
  expect(item, `${title} in ${path || '/'} ${format}`).toBeTruthy()
  return item!.html
}

test('a post and a career sheet holding every rich-text node render each node, at 375 and 1280 px, accessibly', async ({ page }) => {
  for (const path of [`/actualites/${post.slug}`, `/metiers/${sheet.slug}`]) {
    await expectAccessible(page, path)
    const prose = page.locator('.prose')
    await expect(prose).not.toContainText('unknown node')
    await expect(prose.locator(`a[href="/metiers/${target.slug}"]`).first()).toHaveText('du métier lié')
    await expect(prose.locator('a[href="/secteurs/industrie"]')).toHaveText('du secteur lié')
    await expect(prose.locator('a[href="/actualites/psb-campus-le-delta"]')).toHaveText('liée')
    await expect(prose.locator('a[href="https://www.onisep.fr/metiers"]')).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(prose.locator('a[href="mailto:contact@reperes.example"]')).toHaveText('à l’équipe')
    await expect(prose.locator('a[href="tel:+33102030405"]')).toHaveText('à appeler')
    await expect(prose.locator('.embed a')).toHaveText(target.title)
    await expect(prose.locator('.embed')).toContainText('Organise et suit un chantier.')
    await expect(prose.locator('ul.checklist input[type="checkbox"]')).toHaveCount(2)
    await expect(prose.locator('ul.checklist input[type="checkbox"]').first()).toBeChecked()
    await expect(prose.locator('ul > li > ul > li')).toHaveText('point imbriqué')
    await expect(prose.locator('blockquote')).toHaveText('Une citation à retenir.')
    await expect(prose.locator('figure img')).toHaveAttribute('alt', /./)
    await expect(prose.locator('sup')).toHaveText('er')
    await expect(prose.locator('sub')).toHaveText('2')
    await expect(prose.locator('strong').first()).toHaveText('gras')
    await expect(prose.locator('em').first()).toHaveText('italique')
    await expect(prose.locator('s')).toHaveText('barré')
    await expect(prose.locator('code')).toHaveText('code')
    await expect(prose.locator('br')).toHaveCount(1)
    await expect(prose.locator('ol > li')).toHaveText(['première étape', 'deuxième étape'])
    await expect(prose.locator('hr')).toHaveCount(1)
    await expect(prose.locator('h1')).toHaveCount(0)
    // One h1 per page; the article's headings continue the page's outline (under the career
    // sheet's "Le métier en détail", one level down).
    await expect(page.locator('h1')).toHaveCount(1)
    const shift = path.startsWith('/metiers') ? 1 : 0
    for (const [level, text] of [[2, 'Une section'], [3, 'Une sous-section'], [4, 'Un détail']] as const)
      await expect(prose.locator(`h${level + shift}`).filter({ hasText: text })).toHaveCount(1)
    for (const viewport of Object.values(WIDTHS)) {
      await page.setViewportSize(viewport)
      const wide = await page.evaluate(() => [...document.querySelectorAll('.prose *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).length)
      expect(wide, `${path} content wider than ${viewport.width} px`).toBe(0)
    }
  }
})

test('every feed carries the same links and cards, as valid HTML that changes only when the text does', async ({ request, baseURL }) => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'tel-non-breaking': 'off' } })
  const feeds = [
    ...(['rss', 'atom', 'json'] as const).map((format) => ({ format, path: '', title: post.title })),
    { format: 'json' as const, path: '/secteurs/industrie', title: post.title, sector: true },
    ...(['rss', 'atom', 'json'] as const).map((format) => ({ format, path: '/metiers', title: sheet.title })),
  ]
  // The post must be in the sector to appear in its feed.
  await api.update(request, 'news', post.id, { sectors: [ids.sector], _status: 'published' })
  for (const { format, path, title } of feeds) {
    const html = await itemHtml(request, format, title, path)
    const where = `${path || '/'} ${format}`
    expect(html, where).not.toContain('unknown node')
    expect(html, where).toContain(`<a href="${baseURL}/metiers/${target.slug}">du métier lié</a>`)
    expect(html, where).toContain(`<a href="${baseURL}/secteurs/industrie">du secteur lié</a>`)
    expect(html, where).toContain(`<a href="${baseURL}/actualites/psb-campus-le-delta">liée</a>`)
    expect(html, where).toContain(`<p class="embed__title"><a href="${baseURL}/metiers/${target.slug}">${target.title}</a></p>`)
    expect(html, where).toMatch(new RegExp(`<img src="${baseURL}/api/media/file/[^"]+" alt="[^"]+"`))
    expect(html, where).toContain('<h2>Une section</h2><h3>Une sous-section</h3><h4>Un détail</h4>')
    expect(html, where).toContain('<ul class="checklist">')
    expect(html, where).not.toMatch(/htmlFor|readOnly|\sid="|class=""|style=|href="\//)
    const report = await validator.validateString(html)
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), where).toEqual([])
  }

  // Regenerated after another post's change (the lists expire): this item's bytes are the same.
  const before = await itemHtml(request, 'rss', post.title)
  const other = await api.create(request, 'news', { title: `Autre ${stamp}`, excerpt: 'x', publishedAt: OLD, _status: 'published' })
  const rss = await contentOf(request, 'rss')
  expect(rss.items.map((i) => i.title)).toContain(other.title)
  expect(rss.items.find((i) => i.title === post.title)!.html).toBe(before)
})

test('a link follows its target’s renames on the page and in every feed; the old addresses answer one permanent redirect', async ({ request, page, baseURL }) => {
  const original = target.slug
  const renamed = [`conducteur-de-travaux-${stamp}`, `cheffe-de-chantier-${stamp}`]
  for (const [index, slug] of renamed.entries()) {
    const earlier = [original, ...renamed.slice(0, index)]
    const done = await api.update(request, 'careers', target.id, { slug, title: `Cheffe de chantier ${stamp}`, _status: 'published' })
    expect(done.slug).toBe(slug)
    await page.goto(`/actualites/${post.slug}`)
    await expect(page.locator(`.prose a[href="/metiers/${slug}"]`)).toHaveCount(2)
    await expect(page.locator('.prose .embed a')).toHaveText(`Cheffe de chantier ${stamp}`)
    for (const format of ['rss', 'atom', 'json'] as const) {
      const html = await itemHtml(request, format, post.title)
      expect(html, format).toContain(`${baseURL}/metiers/${slug}"`)
      for (const old of earlier) expect(html, format).not.toContain(`/metiers/${old}"`)
    }
  }
  // Every earlier address leads straight to the current one, with a single Location header.
  for (const old of [original, renamed[0]]) {
    for (let visit = 0; visit < 2; visit++) {
      const response = await request.get(`/metiers/${old}`, { maxRedirects: 0 })
      expect(response.status(), `${old} visit ${visit + 1}`).toBe(308)
      expect(headerValues(response, 'location')).toEqual([`/metiers/${renamed[1]}`])
    }
  }
  await page.goto(`/metiers/${original}`)
  expect(new URL(page.url()).pathname).toBe(`/metiers/${renamed[1]}`)

  // Renamed back to its first address: served there again, the later one redirects.
  await api.update(request, 'careers', target.id, { slug: original, _status: 'published' })
  expect((await request.get(`/metiers/${original}`, { maxRedirects: 0 })).status()).toBe(200)
  const back = await request.get(`/metiers/${renamed[1]}`, { maxRedirects: 0 })
  expect(back.status()).toBe(308)
  expect(headerValues(back, 'location')).toEqual([`/metiers/${original}`])
  target.slug = original
})

test('a link to an unpublished or deleted document shows its text, never a dead link, on the page and in the feeds', async ({ request, page }) => {
  const doomed = await api.create(request, 'careers', { title: `Métier retiré ${stamp}`, summary: 'Bientôt retiré.', _status: 'published' })
  const linking = await api.create(request, 'news', {
    title: `Lien vers un métier retiré ${stamp}`,
    excerpt: 'x',
    publishedAt: OLD,
    content: editorState(paragraph(internalLink('careers', doomed.id, 'le métier retiré')), relationship('careers', doomed.id)),
    _status: 'published',
  })
  const check = async (live: boolean) => {
    await page.goto(`/actualites/${linking.slug}`)
    await expect(page.locator('.prose')).toContainText('le métier retiré')
    await expect(page.locator(`.prose a[href="/metiers/${doomed.slug}"]`)).toHaveCount(live ? 2 : 0)
    await expect(page.locator('.prose .embed')).toHaveCount(live ? 1 : 0)
    const html = await itemHtml(request, 'json', linking.title)
    expect(html.includes(`/metiers/${doomed.slug}`)).toBe(live)
    expect(html).toContain('le métier retiré')
  }
  await check(true)
  await api.update(request, 'careers', doomed.id, { _status: 'draft' })
  await check(false)
  await api.update(request, 'careers', doomed.id, { _status: 'published' })
  await check(true)
  await api.remove(request, 'careers', doomed.id)
  await check(false)
})

test('a link address outside the allow-list is refused in French on save, and never rendered live when already stored', async ({ request, page }) => {
  const token = await adminToken(request)
  for (const url of ['javascript:alert(1)', 'java\tscript:alert(4)', 'data:text/html,<script>alert(2)</script>', 'JAVASCRIPT:alert(3)', '&#106;avascript:alert(5)']) {
    // Executable addresses are refused even in a draft; others wait there for the editor.
    for (const draft of url.startsWith('&') ? [false] : [false, true]) {
      const response = await request.post(`/api/news${draft ? '?draft=true' : ''}`, {
        headers: { Authorization: `JWT ${token}` },
        data: { title: `Lien piégé ${stamp}`, excerpt: 'x', content: editorState(paragraph(customLink(url, 'cliquez'))), _status: draft ? 'draft' : 'published' },
      })
      expect(response.status(), `${JSON.stringify(url)} draft=${draft}`).toBe(400)
      expect(JSON.stringify(await response.json())).toContain('Adresse de lien refusée')
    }
  }
  expect((await (await request.get(`/api/news?where[title][equals]=Lien piégé ${stamp}&draft=true`, { headers: { Authorization: `JWT ${token}` } })).json()).totalDocs).toBe(0)

  // Stored before the rule existed (written straight into the database): text only, everywhere.
  const stored = await api.create(request, 'news', {
    title: `Ancien lien piégé ${stamp}`,
    excerpt: 'x',
    publishedAt: OLD,
    content: editorState(paragraph(customLink('https://www.onisep.fr', 'cliquez ici'))),
    _status: 'published',
  })
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    await client.query(`UPDATE news SET content = replace(content::text, 'https://www.onisep.fr', $1)::jsonb WHERE id = $2`, ['java\\tscript:alert(4)', stored.id])
  } finally {
    await client.end()
  }
  // Another publication expires the feeds, which then read the stored text again.
  await api.create(request, 'news', { title: `Déclencheur ${stamp}`, excerpt: 'x', publishedAt: OLD, _status: 'published' })
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(`/actualites/${stored.slug}`)
  await expect(page.locator('.prose')).toContainText('cliquez ici')
  await expect(page.locator('.prose a')).toHaveCount(0)
  for (const format of ['rss', 'atom', 'json'] as const) {
    const html = await itemHtml(request, format, stored.title)
    expect(html, format).toBe('<p>cliquez ici</p>')
  }
  expect(dialogs).toEqual([])
})

test('the editor’s link drawer refuses a javascript: address in French and accepts a web address', async ({ page, request }) => {
  const draft = await api.create(request, 'news', { title: `Brouillon avec lien ${stamp}`, excerpt: 'x', content: editorState(paragraph(text('Voir le site'))), _status: 'draft' })
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
  await page.goto(`/admin/collections/news/${draft.id}`)
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.getByText('Voir le site').click()
  await page.keyboard.press('End')
  await page.keyboard.press('Shift+Home')
  const url = page.locator('.drawer__content input[name="url"]')
  // The toolbar acts on Lexical's selection, which follows the keyboard a moment later.
  await expect(async () => {
    await page.locator('.fixed-toolbar .toolbar-popup__button-link').click()
    await expect(url).toBeVisible({ timeout: 2000 })
  }).toPass()
  const save = page.locator('.drawer__content').getByRole('button', { name: 'Enregistrer les modifications' })
  // The toolbar inserts the link with "https://" while the drawer is open: autosave goes on.
  await page.waitForTimeout(3000)
  await expect(page.getByText(/n’est pas valide/)).toHaveCount(0)
  await url.fill('javascript:alert(1)')
  await save.click()
  await expect(page.locator('.drawer__content').getByText(/Adresse de lien refusée .*«\sjavascript:\s» n’est pas autorisé/)).toBeVisible()
  await url.fill('https://www.onisep.fr')
  // The drawer ignores a click while its form is still checking the previous one on the
  // server (slow on a loaded machine): click until it closes.
  await expect(async () => {
    if (await save.isVisible()) await save.click()
    await expect(url).toBeHidden({ timeout: 3000 })
  }).toPass({ timeout: 20_000 })
  await expect(editor.locator('a[href="https://www.onisep.fr"]')).toHaveText('Voir le site')
})

test('the draft preview resolves internal links and cards to their current address, like the page', async ({ page, request }) => {
  const draft = await api.create(request, 'news', {
    title: `Aperçu avec liens ${stamp}`,
    excerpt: 'x',
    content: editorState(paragraph(internalLink('careers', target.id, 'le chantier')), relationship('careers', target.id)),
    _status: 'draft',
  })
  await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
  await page.goto(`/apercu?collection=news&slug=${draft.slug}&token=${previewToken()}`)
  await expect(page.getByText('Aperçu du brouillon')).toBeVisible()
  const current = (await (await request.get(`/api/careers/${target.id}?depth=0`)).json()).slug
  await expect(page.locator(`.prose a[href="/metiers/${current}"]`)).toHaveCount(2)
  await expect(page.locator('.prose')).not.toContainText('unknown node')
})
