import { expect, type Page, test } from '@playwright/test'

import { seedQuiz } from '@/payload/seed/quiz'
import { adminContentForSpec, adminToken, expectAccessible, logIntoAdmin, WIDTHS } from './helpers'

// The orientation quiz (/orientation) on the demo's questions and careers, as a visitor takes
// it, with and without JavaScript, and as an editor changes it.

/** Answers (their label's start) pointing at helping and health: the demo's two care careers. */
const CARE_ANSWERS = [
  'Passer du temps avec des amis', // contact
  'Les sciences de la vie', // science, health
  'Aide ceux qui bloquent', // helping, teamwork
  'Je m’approche', // health, helping (2 points)
  'Être utile aux autres', // helping (2)
  'Dans un hôpital', // health, contact
  'Aucune de ces propositions', // nothing
  'D’inviter tout le monde', // contact
  'Accompagner une personne malade', // health, helping (2)
  'Je m’en passerais bien', // nothing
]
const CARE_PROFILE = 'aider-les-autres.7,sante-soin.6,contact-avec-les-gens.3,sciences.1,travail-en-equipe.1'

const answerAll = async (page: Page, answers: string[]) => {
  const questions = page.locator('fieldset.quiz__question')
  for (const [index, answer] of answers.entries()) await questions.nth(index).getByLabel(answer, { exact: false }).check()
}

/** "7 métiers sur 9 ont pu être classés": the two numbers. */
const rankedOf = async (page: Page) => {
  const text = await page.locator('#metiers-proposes + p').innerText()
  const [, ranked, published] = /^(\d+)\s+métiers? sur (\d+)/.exec(text) ?? []
  return { ranked: Number(ranked), published: Number(published) }
}

const titles = (page: Page) => page.locator('.quiz__matches .card__title').allInnerTexts()

test.describe('the orientation quiz', () => {
  const session = adminContentForSpec()

  test.afterAll(async ({ request }) => {
    // The demo's questions back, whatever a test changed.
    const token = await adminToken(request)
    await request.post('/api/globals/orientation-quiz', { data: { ...seedQuiz, _status: 'published' }, headers: { Authorization: `JWT ${token}` } })
  })

  test('answered: a result at an address of its own, careers ranked by shared interests, each with why', async ({ page }) => {
    await page.setViewportSize(WIDTHS.desktop)
    await page.goto('/')
    await page.getByRole('link', { name: /Répondez au quiz d’orientation \(10 questions\)/ }).click()
    await expect(page).toHaveURL(/\/orientation$/)
    await expect(page.locator('h1')).toHaveText('Quiz d’orientation')
    await expect(page.locator('fieldset.quiz__question')).toHaveCount(10)
    await expect(page.locator('fieldset.quiz__question legend').first()).toHaveText(/^Question 1 sur 10\s*Un samedi libre/)

    await answerAll(page, CARE_ANSWERS)
    await page.getByRole('button', { name: 'Voir les métiers qui me correspondent' }).click()
    await expect(page).toHaveURL(new RegExp(`/orientation/resultat\\?interets=${CARE_PROFILE.replace(/\./g, '\\.')}$`))
    await expect(page.locator('h1')).toHaveText('Vos résultats')
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/)

    // The profile, most points first, each interest a way into the careers list.
    await expect(page.locator('.quiz__profile li').nth(0)).toContainText(/Aider les autres\s*7\spoints/)
    await expect(page.locator('.quiz__profile li').nth(1)).toContainText(/La santé et le soin\s*6\spoints/)
    await expect(page.locator('.quiz__profile li').first().getByRole('link')).toHaveAttribute('href', '/metiers?interet=aider-les-autres')

    // Aide-soignant (16 points over √3 interests: 9.2) before Infirmier (17 over √4: 8.5), then
    // the careers sharing less; careers sharing nothing are not there.
    const ranked = await titles(page)
    expect(ranked.slice(0, 2)).toEqual(['Aide-soignant', 'Infirmier'])
    const order = ['Aide-soignant', 'Infirmier', 'Développeur web', 'Directeur technique', 'Ingénieur d’études', "Ingénieur d'études"].filter((title) =>
      ranked.includes(title),
    )
    expect(ranked.filter((title) => order.includes(title))).toEqual(order)
    expect(ranked).not.toContain('Technicien de maintenance industrielle')
    const first = page.locator('.quiz__matches > li').first()
    await expect(first).toContainText('Pourquoi ce métier : ses 3 centres d’intérêt ressortent tous de vos réponses.')
    await expect(first.locator('.quiz__reasons li')).toHaveText(['Aider les autres', 'La santé et le soin', 'Le contact avec les gens'])
    const second = page.locator('.quiz__matches > li').nth(1)
    await expect(second).toContainText('ses 4 centres d’intérêt ressortent tous de vos réponses.')
    await expect(page.getByRole('link', { name: 'Comparer les trois premiers' })).toHaveAttribute('href', /^\/comparer\?metiers=/)

    // The address is the result: opened anew (shared), it shows the same careers.
    const shared = page.url()
    await page.goto('/')
    await page.goto(shared)
    expect(await titles(page)).toEqual(ranked)
    // The page gives its own address to keep (under the site's public host, SITE_URL).
    const kept = page.locator('.quiz__keep a').first()
    expect(new URL(await kept.innerText()).search).toBe(new URL(shared).search)
    expect(new URL((await kept.getAttribute('href'))!, shared).href).toBe(shared)
  })

  test('says how many careers could be ranked; a sheet without interests is never proposed', async ({ page, request }) => {
    const result = `/orientation/resultat?interets=${CARE_PROFILE}`
    await page.goto(result)
    const before = await rankedOf(page)
    expect(before.ranked).toBeGreaterThanOrEqual(7)
    expect(before.published).toBeGreaterThanOrEqual(before.ranked)

    const stamp = Date.now()
    const silent = await session.api.create(request, 'careers', { title: `Métier sans intérêts ${stamp}`, summary: 'Importé sans centres d’intérêt.', _status: 'published' })
    const single = await session.api.create(request, 'careers', { title: `Métier d’entraide ${stamp}`, summary: 'Aider.', interests: ['helping'], _status: 'published' })
    await page.goto(result)
    const after = await rankedOf(page)
    expect(after).toEqual({ ranked: before.ranked + 1, published: before.published + 2 })
    const ranked = await titles(page)
    expect(ranked).not.toContain(silent.title)
    // One interest, the profile's strongest: 7 over √1, after Aide-soignant (9.2) and Infirmier (8.5).
    expect(ranked.indexOf(single.title)).toBe(2)
    await expect(page.locator('.quiz__matches > li').nth(2)).toContainText('Pourquoi ce métier : son centre d’intérêt ressort de vos réponses.')
    await session.api.remove(request, 'careers', single.id)
    await session.api.remove(request, 'careers', silent.id)
  })

  test('without JavaScript: the form sends, a missing answer is named with the others kept, with a 400', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: WIDTHS.phone })
    const page = await context.newPage()
    await page.goto('/orientation')
    await answerAll(page, CARE_ANSWERS)
    await page.getByRole('button', { name: 'Voir les métiers qui me correspondent' }).click()
    await expect(page).toHaveURL(new RegExp(`interets=${CARE_PROFILE.replace(/\./g, '\\.')}$`))
    expect((await titles(page)).slice(0, 2)).toEqual(['Aide-soignant', 'Infirmier'])

    // A browser that does not check the form first (or an address cut short): question 10 unanswered.
    await page.goto('/orientation')
    await answerAll(page, CARE_ANSWERS.slice(0, 9))
    const action = await page.locator('form.quiz').getAttribute('action')
    const query = await page.locator('form.quiz').evaluate((form) => new URLSearchParams(new FormData(form as HTMLFormElement) as never).toString())
    const response = await page.goto(`${action}?${query}`)
    expect(response?.status()).toBe(400)
    await expect(page).toHaveTitle(/^Erreur\s: il manque des réponses/)
    await expect(page.locator('.quiz__problem')).toContainText('Il manque la réponse à une question')
    await expect(page.locator('.quiz__problem a')).toHaveAttribute('href', '#question-10')
    await expect(page.locator('#question-10 .quiz__error')).toHaveText('Choisissez une réponse.')
    await expect(page.locator('#question-10')).toHaveAttribute('aria-describedby', 'erreur-10')
    await expect(page.locator('input[type="radio"]:checked')).toHaveCount(9)
    await page.locator('#question-10').getByLabel('Je m’en passerais bien').check()
    await page.getByRole('button', { name: 'Voir les métiers qui me correspondent' }).click()
    await expect(page).toHaveURL(new RegExp(`interets=${CARE_PROFILE.replace(/\./g, '\\.')}$`))
    await context.close()
  })

  test('a result address: one per profile, a broken one a 400 in French, an empty one said plainly', async ({ page, request }) => {
    const reordered = await page.goto('/orientation/resultat?interets=SANTE-SOIN.2,aider-les-autres.3&interets=sport.1')
    expect(reordered?.status()).toBe(200)
    expect(new URL(page.url()).search).toBe('?interets=aider-les-autres.3,sante-soin.2,sport.1')
    expect((await request.get('/orientation/resultat?interets=sante-soin.2,aider-les-autres.3', { maxRedirects: 0 })).status()).toBe(308)

    const broken = await page.goto('/orientation/resultat?interets=aider-les-autr')
    expect(broken?.status()).toBe(400)
    await expect(page.locator('h1')).toHaveText('Résultat illisible')
    await expect(page.locator('.notice')).toContainText('coupée ou mal copiée')

    // An unknown interest beside known ones is left out.
    await page.goto('/orientation/resultat?interets=sport.2,inconnu.4')
    expect(new URL(page.url()).search).toBe('?interets=sport.2')

    const empty = await page.goto('/orientation/resultat?interets=')
    expect(empty?.status()).toBe(200)
    await expect(page.locator('.lead')).toContainText('Vos réponses ne font ressortir aucun centre d’intérêt')

    // No result asked for: the quiz.
    await page.goto('/orientation/resultat')
    expect(new URL(page.url()).pathname).toBe('/orientation')
    expect((await request.get('/orientation/questions', { maxRedirects: 0 })).headers().location).toBe('/orientation')
    // Any other name under /orientation is the quiz (not a 404 cached per name).
    const typo = await request.get('/orientation/resultats', { maxRedirects: 0 })
    expect([typo.status(), typo.headers().location]).toEqual([307, '/orientation'])

    // The form sent with nothing ticked, or with an answer the quiz no longer has: every question named, a 400.
    const nothing = await page.goto('/orientation/resultat?questions=10')
    expect(nothing?.status()).toBe(400)
    await expect(page.locator('.quiz__problem h2')).toHaveText('Il manque la réponse à 10 questions')
    const stale = await page.goto('/orientation/resultat?questions=10&r-disparue=plus-la')
    expect(stale?.status()).toBe(400)
    await expect(page.locator('.quiz__error')).toHaveCount(10)
    await expect(page.locator('.quiz__problem')).toContainText('Le quiz a été modifié pendant que vous répondiez')
  })

  test('an editor rewords a question and publishes: visitors see the new wording', async ({ page }) => {
    await page.setViewportSize(WIDTHS.desktop)
    await logIntoAdmin(page, process.env.SEED_ADMIN_EMAIL!, process.env.SEED_ADMIN_PASSWORD!)
    await page.goto('/admin/globals/orientation-quiz')
    // The demo's answers name every interest: the note under the questions says so.
    await expect(page.getByText('Chaque centre d’intérêt est désigné par au moins une réponse.')).toBeVisible()
    await expect(page.getByText('1 · Un samedi libre, vous choisissez plutôt de…')).toBeVisible()
    // The row's label is drawn under its toggle button, which opens it.
    await page.locator('.collapsible__toggle').first().click()
    const question = page.locator('#field-questions__0__question')
    await expect(question).toBeVisible()
    await question.fill('Un dimanche sans obligation, vous préférez…')
    const saved = page.waitForResponse((response) => response.url().includes('/api/globals/orientation-quiz') && response.request().method() === 'POST')
    await page.getByRole('button', { name: /^Publier/ }).first().click()
    expect((await saved).status()).toBe(200)

    await page.goto('/orientation')
    await expect(page.locator('fieldset.quiz__question legend').first()).toContainText('Un dimanche sans obligation, vous préférez…')
  })

  test('the quiz, a result and a form with a missing answer: axe finds nothing at 375 and 1280 px, nothing scrolls sideways', async ({ page }) => {
    await expectAccessible(page, '/orientation')
    await expectAccessible(page, `/orientation/resultat?interets=${CARE_PROFILE}`)
    await expectAccessible(page, '/orientation/resultat?interets=')
    await page.goto('/orientation')
    const name = await page.locator('fieldset.quiz__question input').first().getAttribute('name')
    const value = await page.locator('fieldset.quiz__question input').first().getAttribute('value')
    await expectAccessible(page, `/orientation/resultat?questions=10&${name}=${value}`)
  })
})
