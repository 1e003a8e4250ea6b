import { Forbidden, handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News, User } from '@/payload-types'
import type { SmtpTestServer } from '../support/smtpServer'
import { mailedPayload } from './mailedPayload'

// The review workflow through the Local API and REST, with its mails received by a real SMTP
// server on loopback.
let smtp: SmtpTestServer
let payload: Payload
let config: Awaited<ReturnType<typeof mailedPayload>>['config']
let contributor: User
let editor: User
let secondEditor: User

beforeAll(async () => {
  let makeUser: Awaited<ReturnType<typeof mailedPayload>>['makeUser']
  ;({ smtp, config, payload, makeUser } = await mailedPayload())
  // The first account becomes admin whatever it asks: make it one that is not ours.
  await makeUser(payload, ['admin'])
  contributor = await makeUser(payload, ['contributor'])
  editor = await makeUser(payload, ['editor'])
  secondEditor = await makeUser(payload, ['editor'])
})

afterAll(async () => {
  // Mails queued and not run here would fail on the next file's queue run, this SMTP server gone.
  await payload?.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'notifyReview' } } })
  await smtp?.stop()
})

/** French typography puts no-break spaces before « : » and inside « »: compared as plain spaces. */
const plain = (text: unknown) => String(text ?? '').replace(/[\u00a0\u202f]/g, ' ')

const as = (user: User) => ({ overrideAccess: false, user }) as const

/** Runs the queued review mails, as the jobs runner does. */
const runNotices = () => payload.jobs.run({ where: { taskSlug: { equals: 'notifyReview' } } })

const queuedNotices = async (id: number) =>
  (await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'notifyReview' } }, { 'input.id': { equals: id } }] }, limit: 50 }))
    .totalDocs

const latest = (id: number) => payload.findByID({ collection: 'news', id, draft: true, depth: 0 })

const draftBy = (user: User, title: string) =>
  payload.create({ collection: 'news', data: { title, excerpt: 'Un chapô à relire.', _status: 'draft' }, draft: true, ...as(user) })

const act = (user: User, id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'news', id, data: { _status: 'draft', ...data }, draft: true, ...as(user) })

const login = async (user: User) => {
  const response = await handleEndpoints({
    config,
    request: new Request('http://localhost:3000/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: 'mot-de-passe-de-test' }),
    }),
  })
  return ((await response.json()) as { token: string }).token
}

const patch = async (token: string, path: string, body: unknown) =>
  handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api${path}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify(body),
    }),
  })

describe('review workflow', () => {
  it('goes brouillon → en relecture → renvoyé → en relecture → publié, with a mail to the other side at each hand-over', async () => {
    const title = `Forum des métiers du numérique ${Date.now()}`
    const draft = await draftBy(contributor, title)
    expect(draft.reviewState).toBe('draft')

    const proposed = await act(contributor, draft.id, { reviewAction: 'propose' })
    expect(proposed.reviewState).toBe('in_review')
    expect(proposed.review).toMatchObject({ requestedByName: contributor.name })
    expect(typeof proposed.review?.requestedBy === 'object' ? proposed.review.requestedBy?.id : proposed.review?.requestedBy).toBe(contributor.id)
    expect(Date.now() - Date.parse(proposed.review!.requestedAt!)).toBeLessThan(60_000)
    // One mail per editor (a retry resends none already sent); a second click tells nobody twice.
    const editorCount = (await payload.count({ collection: 'users', where: { roles: { in: ['editor'] } } })).totalDocs
    await act(contributor, draft.id, { reviewAction: 'propose' })
    expect(await queuedNotices(draft.id)).toBe(editorCount)

    await runNotices()
    // Every editor of the site (other test files made some too), each in a mail of their own.
    const editors = (await payload.find({ collection: 'users', where: { roles: { in: ['editor'] } }, limit: 100 })).docs.map((user) => user.email)
    const toEditors = await smtp.waitFor(editors.length, (mail) => plain(mail.subject) === `À relire : ${title}`)
    expect(toEditors.flatMap((mail) => mail.envelopeTo).sort()).toEqual(editors.sort())
    expect(editors).toEqual(expect.arrayContaining([editor.email, secondEditor.email]))
    expect(plain(toEditors[0]!.text)).toContain(`${contributor.name} propose l’actualité « ${title} » à la relecture`)
    expect(toEditors[0]!.text).toContain(`https://reperes.example/admin/collections/news/${draft.id}`)
    expect(toEditors[0]!.text).toContain(`https://reperes.example/admin/collections/news/${draft.id}/versions`)
    // Nothing to the contributor, who asked.
    expect(smtp.received.filter((mail) => mail.envelopeTo.includes(contributor.email) && plain(mail.subject).includes(title))).toHaveLength(0)

    // Sending back needs a comment.
    await expect(act(editor, draft.id, { reviewAction: 'return' })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('commentaire est obligatoire') })
    const comment = 'Le titre promet des dates : ajoutez-les.\n\nEt une source pour le chiffre du deuxième paragraphe.'
    const returned = await act(editor, draft.id, { reviewAction: 'return', review: { comment } })
    expect(returned.reviewState).toBe('returned')
    expect(returned.review).toMatchObject({ returnedByName: editor.name, comment })
    await runNotices()
    const [toContributor] = await smtp.waitFor(1, (mail) => plain(mail.subject) === `À reprendre : ${title}`)
    expect(toContributor!.envelopeTo).toEqual([contributor.email])
    expect(plain(toContributor!.text)).toContain('Le titre promet des dates : ajoutez-les.')
    expect(toContributor!.text).toContain('Et une source pour le chiffre du deuxième paragraphe.')

    // The contributor edits (a save without an action keeps the state) and proposes again.
    const edited = await act(contributor, draft.id, { title: `${title} (12 mars)` })
    expect(edited.reviewState).toBe('returned')
    expect(edited.review?.comment).toBe(comment)
    const again = await act(contributor, draft.id, { reviewAction: 'propose' })
    expect(again.reviewState).toBe('in_review')
    await runNotices()
    await smtp.waitFor(editors.length, (mail) => plain(mail.subject) === `À relire : ${title} (12 mars)`)

    const published = await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' }, ...as(editor) })
    expect(published.reviewState).toBe('published')
    // A new draft over the published version is a draft again.
    const correction = await act(editor, draft.id, { excerpt: 'Un chapô corrigé.' })
    expect(correction.reviewState).toBe('draft')
    expect((await payload.findByID({ collection: 'news', id: draft.id, depth: 0 })).reviewState).toBe('published')
  })

  it('keeps the state the server computed, whatever a contributor sends as the state, the comment or an action; a proposal withdrawn before the runner came by sends nothing', async () => {
    const draft = await draftBy(contributor, `Journée portes ouvertes ${Date.now()}`)
    // The Local API on the contributor's behalf: state and comment are not theirs to write.
    const forged = await act(contributor, draft.id, { reviewState: 'published', review: { comment: 'Publié par moi', returnedByName: 'Chef' } })
    expect(forged.reviewState).toBe('draft')
    expect(forged.review?.comment ?? null).toBeNull()
    expect(forged.review?.returnedByName ?? null).toBeNull()
    await expect(act(contributor, draft.id, { reviewAction: 'return', review: { comment: 'Moi-même' } })).rejects.toBeInstanceOf(Forbidden)
    await expect(act(contributor, draft.id, { reviewAction: 'publish' })).rejects.toMatchObject({ status: 400 })
    await expect(act(contributor, draft.id, { reviewAction: 'withdraw' })).rejects.toMatchObject({ status: 400 })

    // REST, as the admin's form or a script would send it.
    const token = await login(contributor)
    const rest = await patch(token, `/news/${draft.id}?draft=true`, { _status: 'draft', reviewState: 'published' })
    expect(rest.status).toBe(200)
    expect((await latest(draft.id)).reviewState).toBe('draft')
    const restPublish = await patch(token, `/news/${draft.id}`, { _status: 'published', reviewState: 'published' })
    expect(restPublish.status).toBe(403)
    const restReturn = await patch(token, `/news/${draft.id}?draft=true`, { _status: 'draft', reviewAction: 'return', review: { comment: 'x' } })
    expect(restReturn.status).toBe(403)
    expect((await latest(draft.id)).reviewState).toBe('draft')

    // A proposal withdrawn before the runner came by sends nothing.
    await act(contributor, draft.id, { reviewAction: 'propose' })
    const withdrawn = await act(contributor, draft.id, { reviewAction: 'withdraw' })
    expect(withdrawn.reviewState).toBe('draft')
    const before = smtp.received.length
    await runNotices()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.received.length).toBe(before)
  })

  it('refuses a return without a comment of its own (never the last return’s), or with a comment over 2 000 characters', async () => {
    const draft = await draftBy(contributor, `Semaine des métiers ${Date.now()}`)
    await act(contributor, draft.id, { reviewAction: 'propose' })
    await act(editor, draft.id, { reviewAction: 'return', review: { comment: 'Premier renvoi' } })
    await act(contributor, draft.id, { reviewAction: 'propose' })
    await expect(act(editor, draft.id, { reviewAction: 'return' })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('commentaire est obligatoire') })
    await expect(act(editor, draft.id, { reviewAction: 'return', review: { comment: 'x'.repeat(2001) } })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('2000') })
    expect((await latest(draft.id)).reviewState).toBe('in_review')
  })

  it('lets only whoever proposed, or an editor, withdraw a proposal; refuses actions on a selection (bulk update)', async () => {
    const other = await (await import('./payload')).makeUser(payload, ['contributor'])
    const draft = await draftBy(contributor, `Rencontre alternance ${Date.now()}`)
    await act(contributor, draft.id, { reviewAction: 'propose' })
    await expect(act(other, draft.id, { reviewAction: 'withdraw' })).rejects.toBeInstanceOf(Forbidden)
    expect((await act(editor, draft.id, { reviewAction: 'withdraw' })).reviewState).toBe('draft')
    await expect(
      payload.update({ collection: 'news', where: { id: { equals: draft.id } }, data: { reviewAction: 'propose', _status: 'draft' } as never, draft: true, ...as(contributor) }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await latest(draft.id)).reviewState).toBe('draft')
  })

  it('starts a duplicate afresh: no state, no requester, no comment copied, nobody mailed', async () => {
    const draft = await draftBy(contributor, `Atelier CV ${Date.now()}`)
    await act(contributor, draft.id, { reviewAction: 'propose' })
    await act(editor, draft.id, { reviewAction: 'return', review: { comment: 'À reprendre' } })
    const copy = await payload.duplicate({ collection: 'news', id: draft.id, draft: true, ...as(editor) })
    expect(copy.reviewState).toBe('draft')
    expect(copy.review?.comment ?? null).toBeNull()
    expect(copy.review?.requestedBy ?? null).toBeNull()
    expect(await queuedNotices(copy.id)).toBe(0)
  })

  it('shows visitors none of the review: no state, no names, no comment, and no filtering on them', async () => {
    const draft = await draftBy(contributor, `Conférence métiers de la santé ${Date.now()}`)
    await act(contributor, draft.id, { reviewAction: 'propose' })
    await act(editor, draft.id, { reviewAction: 'return', review: { comment: 'Commentaire interne' } })
    await act(contributor, draft.id, { reviewAction: 'propose' })
    await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' }, ...as(editor) })
    const seen = await payload.findByID({ collection: 'news', id: draft.id, overrideAccess: false })
    expect(seen.title).toContain('Conférence')
    for (const field of ['reviewState', 'review', 'editedByName'] as const) expect(seen[field], field).toBeUndefined()
    const filtered = await payload
      .find({ collection: 'news', where: { 'review.requestedBy': { equals: contributor.id } }, overrideAccess: false })
      .then((result) => result.totalDocs)
      .catch(() => 0)
    expect(filtered).toBe(0)
  })

  it('records who made each version', async () => {
    const draft = await draftBy(contributor, `Salon de l’apprentissage ${Date.now()}`)
    await act(editor, draft.id, { excerpt: 'Relu par l’édition.' })
    const { docs } = await payload.findVersions({ collection: 'news', where: { parent: { equals: draft.id } }, sort: 'createdAt', depth: 0 })
    expect(docs.map((version) => version.version.editedByName)).toEqual([contributor.name, editor.name])
  })
})

describe('bylines', () => {
  it('give visitors the author’s public name and nothing else of the account; the newsroom signs for an author without one', async () => {
    const signed = await payload.update({ collection: 'users', id: contributor.id, data: { publicName: 'Camille Durand' } })
    expect(signed.publicName).toBe('Camille Durand')
    const post = await payload.create({
      collection: 'news',
      data: { title: `Nuit de l’orientation ${Date.now()}`, excerpt: 'Signé.', author: contributor.id, _status: 'published' },
    })
    const seen = (await payload.findByID({ collection: 'news', id: post.id, overrideAccess: false, depth: 2 })) as News
    expect(seen.byline).toBe('Camille Durand')
    // The account itself stays unread: its id only, no name, no address.
    expect(seen.author).toBe(contributor.id)
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)

    await payload.update({ collection: 'users', id: contributor.id, data: { publicName: '' } })
    expect((await payload.findByID({ collection: 'news', id: post.id, overrideAccess: false })).byline ?? null).toBeNull()
    await payload.update({ collection: 'users', id: contributor.id, data: { publicName: contributor.name } })
  })

  it('sign a new account with its name unless it was given another signature', async () => {
    const plain = await payload.create({ collection: 'users', data: { email: `sig-${Date.now()}@reperes.test`, password: 'mot-de-passe-de-test', name: 'Alex Martin', roles: ['contributor'] } })
    expect(plain.publicName).toBe('Alex Martin')
    const chosen = await payload.create({
      collection: 'users',
      data: { email: `sig2-${Date.now()}@reperes.test`, password: 'mot-de-passe-de-test', name: 'Dominique Petit', publicName: 'D. Petit', roles: ['contributor'] },
    })
    expect(chosen.publicName).toBe('D. Petit')
  })
})
