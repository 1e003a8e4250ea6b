import { type Browser, type Page, expect, test } from '@playwright/test'

import { linksIn } from '../support/links'
import { WIDTHS, adminToken, jsonLdOfType, logIntoAdmin } from './helpers'
import { mailsTo } from './mailbox'

// The newsroom's review, in two browsers (a contributor's, an editor's), with the mails each
// hand-over sends received by the SMTP server Playwright started (tests/support/smtpSink.ts).

const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e4)}`
const contributor = { email: `redaction-${stamp}@reperes.test`, password: 'mot-de-passe-redaction', name: `Camille Lefèvre ${stamp}` }
const editor = { email: `edition-${stamp}@reperes.test`, password: 'mot-de-passe-edition', name: `Dominique Roy ${stamp}` }

/** French typography puts no-break spaces before « : » and inside « »; compared as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

test.beforeAll(async ({ request }) => {
  const admin = await adminToken(request)
  for (const [who, role] of [
    [contributor, 'contributor'],
    [editor, 'editor'],
  ] as const) {
    const created = await request.post('/api/users', { data: { ...who, roles: [role] }, headers: { Authorization: `JWT ${admin}` } })
    expect(created.status()).toBe(201)
  }
})

const signedIn = async (browser: Browser, who: { email: string; password: string }) => {
  const page = await (await browser.newContext({ viewport: WIDTHS.desktop })).newPage()
  await logIntoAdmin(page, who.email, who.password)
  return page
}

const panel = (page: Page) => page.getByRole('region', { name: /^Relecture/ })

test('a contributor proposes, an editor sends back with a comment, the contributor proposes again, the editor publishes: mails, notices, dashboard, list and byline follow', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const title = `Salon de l’apprentissage à Lille ${stamp}`
  const writer = await signedIn(browser, contributor)
  const reviewer = await signedIn(browser, editor)

  // The contributor writes a draft and proposes it.
  await writer.goto('/admin/collections/news/create')
  await writer.locator('#field-title').fill(title)
  await writer.locator('#field-excerpt').fill('Deux jours pour rencontrer les centres de formation d’apprentis de la région.')
  await expect(panel(writer)).toContainText('Brouillon')
  const docPath = new URL(writer.url()).pathname
  await writer.getByRole('button', { name: 'Proposer à la relecture' }).click()
  // Handed over: the contributor is taken to the dashboard (the document's lock goes with it).
  await expect(writer).toHaveURL(/\/admin$/)
  await expect(writer.getByText(/Proposé à la relecture\s: l’équipe d’édition est prévenue/)).toBeVisible()
  await writer.goto(docPath)
  await expect(panel(writer)).toContainText('En relecture')
  await expect(panel(writer)).toContainText(`Proposé par ${contributor.name} le`)

  // The editor is told by mail, with a link to the draft and to its versions.
  const proposal = (await mailsTo(editor.email, 2)).find((mail) => plain(mail.subject) === `À relire : ${title}`)!
  expect(plain(proposal.text)).toContain(`${contributor.name} propose l’actualité « ${title} » à la relecture`)
  expect(proposal.text).toContain(`${docPath}/versions`)
  const draftLink = linksIn(proposal.html).find((href) => new URL(href).pathname === docPath)!
  // ...and by the admin: the menu's notice and the dashboard's queue, with who asked.
  await reviewer.goto('/admin')
  await expect(reviewer.getByTestId('review-notice')).toContainText(/\d+ documents? à relire/)
  const queue = reviewer.getByTestId('dashboard-in-review')
  await expect(queue.getByRole('listitem').filter({ hasText: title })).toContainText(`Proposé par ${contributor.name}`)
  await expect(reviewer.getByTestId('dashboard-counts').getByRole('row', { name: /Actualités/ })).toBeVisible()
  // The list shows the state as a column and filters on it.
  await reviewer.goto('/admin/collections/news?where[reviewState][equals]=in_review')
  await expect(reviewer.getByRole('columnheader', { name: 'État' })).toBeVisible()
  await expect(reviewer.getByRole('row').filter({ hasText: title })).toContainText('En relecture')

  // The editor sends it back with a comment.
  await reviewer.goto(draftLink)
  await expect(panel(reviewer)).toContainText('En relecture')
  await reviewer.getByRole('button', { name: 'Renvoyer avec un commentaire…' }).click()
  const comment = `Précisez les horaires du samedi ${stamp}.`
  await reviewer.getByLabel(/Ce qu’il faut reprendre/).fill(comment)
  await reviewer.getByRole('button', { name: 'Renvoyer', exact: true }).click()
  await expect(reviewer).toHaveURL(/\/admin$/)
  await expect(reviewer.getByTestId('dashboard-returned').getByRole('listitem').filter({ hasText: title })).toContainText(comment)

  // The contributor gets the comment by mail, on the document, and in the admin's notice.
  const sentBack = (await mailsTo(contributor.email, 2)).find((mail) => plain(mail.subject) === `À reprendre : ${title}`)!
  expect(sentBack.text).toContain(comment)
  await writer.goto('/admin')
  await expect(writer.getByTestId('review-notice')).toContainText('1 document renvoyé à reprendre')
  await expect(writer.getByTestId('dashboard-returned').getByRole('listitem').filter({ hasText: title })).toContainText(comment)
  await writer.goto(docPath)
  await expect(panel(writer)).toContainText(`Renvoyé par ${editor.name}`)
  await expect(panel(writer).locator('blockquote')).toHaveText(comment)

  // The contributor edits and proposes again; the editor is told again.
  await writer.locator('#field-excerpt').fill('Deux jours, samedi de 9 h à 17 h, pour rencontrer les centres de formation d’apprentis.')
  await writer.getByRole('button', { name: 'Proposer à la relecture' }).click()
  await expect(writer).toHaveURL(/\/admin$/)
  await expect.poll(async () => (await mailsTo(editor.email, 1)).filter((mail) => plain(mail.subject) === `À relire : ${title}`).length).toBe(2)

  // The editor publishes. The contributor's tab is still open on the document: proposing
  // handed it over, so the editor gets no "Document verrouillé".
  await reviewer.goto(docPath)
  await expect(reviewer.locator('#field-excerpt')).toHaveValue(/samedi de 9 h à 17 h/)
  await expect(reviewer.getByText('Document verrouillé')).toHaveCount(0)
  await reviewer.getByRole('button', { name: 'Publier les modifications' }).click()
  await expect(panel(reviewer)).toContainText('Publié')

  // Visitors read the contributor's public name on the page, in JSON-LD and in every feed.
  const slug = await reviewer.locator('#field-slug').inputValue()
  const visitor = await (await browser.newContext()).newPage()
  await visitor.goto(`/actualites/${slug}`)
  await expect(visitor.locator('.byline')).toHaveText(`Par ${contributor.name}`)
  expect(await jsonLdOfType(visitor, 'NewsArticle')).toMatchObject({ author: { '@type': 'Person', name: contributor.name } })
  const rss = await (await request.get('/rss.xml')).text()
  expect(rss).toMatch(new RegExp(`<title>${title}</title>[\\s\\S]*?<dc:creator>${contributor.name}</dc:creator>`))
  const atom = await (await request.get('/atom.xml')).text()
  const entry = atom.split('<entry>').find((block) => block.includes(`<title>${title}</title>`))
  expect(entry).toMatch(new RegExp(`<author>\\s*<name>${contributor.name}</name>\\s*</author>`))
  const json = (await (await request.get('/feed.json')).json()) as { items: { title: string; authors?: { name: string }[] }[] }
  expect(json.items.find((item) => item.title === title)?.authors).toEqual([{ name: contributor.name }])
  // The account itself stays closed to visitors.
  expect((await visitor.request.get('/api/users?limit=10')).status()).toBe(403)
})

test('the title and chapô counters and the search-result preview follow what the editor types; the SEO title then drives the page', async ({ browser, request }) => {
  test.setTimeout(120_000)
  const page = await signedIn(browser, editor)
  await page.goto('/admin/collections/news/create')
  const title = `Portes ouvertes ${stamp}`
  await page.locator('#field-title').fill(title)
  const suffixed = [...`${title} — Repères`].length
  await expect(page.getByTestId('character-count-title')).toContainText(`${[...title].length} caractères`)
  await expect(page.getByTestId('character-count-title')).toContainText(`${suffixed}/60`)
  const preview = page.getByTestId('search-preview')
  await expect(preview).toContainText(`${title} — Repères`)
  await expect(preview).toContainText(`${new URL(page.url()).origin}/actualites/portes-ouvertes-${stamp}`)

  const long = 'Le lycée ouvre ses ateliers, ses laboratoires et son internat aux familles, avec des démonstrations des élèves de terminale et des rencontres avec les équipes.'
  await page.locator('#field-excerpt').fill(long)
  await expect(page.getByTestId('character-count-description')).toContainText(`${[...long].length} caractères`)
  // Cut where a search engine cuts, with an ellipsis.
  await expect(preview).toContainText('…')
  await expect(preview).not.toContainText('rencontres avec les équipes.')

  // An SEO title replaces the page's title in the preview, the counter says so.
  const seoTitle = `Portes ouvertes du lycée ${stamp}`
  await page.getByLabel(/Titre pour les moteurs de recherche/).fill(seoTitle)
  await expect(preview).toContainText(seoTitle)
  await expect(preview).not.toContainText(`${seoTitle} — Repères`)
  await expect(page.getByTestId('character-count-title')).toContainText('écrit pour eux')

  await page.getByRole('button', { name: 'Publier les modifications' }).click()
  await expect(page.getByRole('region', { name: /^Relecture/ })).toContainText('Publié')
  const slug = await page.locator('#field-slug').inputValue()
  const html = await (await request.get(`/actualites/${slug}`)).text()
  // Whole, as written for search engines (the plugin's counter measured it so).
  expect(html).toContain(`<title>${seoTitle}</title>`)
  expect(html).toContain(`<meta property="og:title" content="${seoTitle}"/>`)
  // The description was left empty: the chapô speaks for the page, as before the SEO fields.
  expect(html).toContain(`<meta name="description" content="${long}"/>`)
  const visitor = await (await browser.newContext()).newPage()
  await visitor.goto(`/actualites/${slug}`)
  expect(await jsonLdOfType(visitor, 'NewsArticle')).toMatchObject({ headline: title, description: long })
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)
})
