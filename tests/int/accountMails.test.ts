import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import type { SmtpTestServer } from '../support/smtpServer'
import { mailedPayload } from './mailedPayload'
import { linksIn } from '../support/links'

let smtp: SmtpTestServer
let payload: Payload
let admin: User
let config: Awaited<ReturnType<typeof mailedPayload>>['config']

beforeAll(async () => {
  let makeUser: Awaited<ReturnType<typeof mailedPayload>>['makeUser']
  ;({ smtp, config, payload, makeUser } = await mailedPayload())
  admin = await makeUser(payload, ['admin'])
})

afterAll(async () => {
  await smtp?.stop()
})

const rest = (path: string, body: unknown) =>
  handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  })

const newAccount = async (name: string, roles: User['roles'] = ['editor']) => {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}@reperes.test`
  // No user: the Local API acting as the system, as the first-account screen does. No invitation.
  const user = await payload.create({ collection: 'users', data: { email, password: 'ancien-mot-de-passe', name, roles } })
  return user
}

describe('password reset mail', () => {
  it('is French, from EMAIL_FROM, with text and HTML parts whose link on SITE_URL sets a new password', async () => {
    const user = await newAccount('Perte De Mémoire')
    const response = await rest('/users/forgot-password', { email: user.email })
    expect(response.status).toBe(200)
    const [mail] = await smtp.waitFor(1, (m) => m.envelopeTo.includes(user.email))
    expect(mail!.from?.value[0]).toMatchObject({ name: 'Repères', address: 'no-reply@reperes.test' })
    expect(mail!.subject).toBe('Choisir un nouveau mot de passe')
    expect(mail!.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' })
    const link = linksIn(String(mail!.html)).find((href) => href.includes('/admin/reset/'))!
    expect(link).toMatch(/^https:\/\/reperes\.example\/admin\/reset\/[0-9a-f]{40}$/)
    expect(mail!.text).toContain(link)
    expect(mail!.text).toContain('pendant une heure')
    expect(mail!.html).toContain('lang="fr"')

    const token = link.split('/').pop()!
    const reset = await rest('/users/reset-password', { token, password: 'nouveau-mot-de-passe' })
    expect(reset.status).toBe(200)
    const login = await rest('/users/login', { email: user.email, password: 'nouveau-mot-de-passe' })
    expect(login.status).toBe(200)
  })

  it('answers an unknown address exactly as a known one, and sends nothing', async () => {
    const user = await newAccount('Adresse Connue')
    const before = smtp.received.length
    const unknown = await rest('/users/forgot-password', { email: `inconnu-${Date.now()}@reperes.test` })
    const known = await rest('/users/forgot-password', { email: user.email })
    expect(unknown.status).toBe(known.status)
    expect(await unknown.json()).toEqual(await known.json())
    await smtp.waitFor(1, (m) => m.envelopeTo.includes(user.email))
    expect(smtp.received.slice(before).flatMap((m) => m.envelopeTo)).toEqual([user.email])
  })
})

describe('invitation mail', () => {
  it('is sent when an administrator creates an account, with a link valid seven days', async () => {
    const email = `invitee-${Date.now()}@reperes.test`
    const created = await payload.create({
      collection: 'users',
      data: { email, password: 'provisoire-123', name: 'Camille Invitée', roles: ['contributor'] },
      user: admin,
      overrideAccess: false,
    })
    const [mail] = await smtp.waitFor(1, (m) => m.envelopeTo.includes(email))
    expect(mail!.subject).toBe('Votre compte Repères est ouvert')
    expect(mail!.text).toContain('Bonjour Camille Invitée,')
    expect(mail!.text).toContain(admin.name)
    const link = linksIn(String(mail!.html)).find((href) => href.includes('/admin/reset/'))!
    expect(link).toMatch(/^https:\/\/reperes\.example\/admin\/reset\//)
    const stored = (await payload.db.findOne({ collection: 'users', where: { id: { equals: created.id } } })) as { resetPasswordExpiration?: string }
    const validFor = new Date(stored.resetPasswordExpiration!).getTime() - Date.now()
    expect(validFor).toBeGreaterThan(6.9 * 24 * 3600 * 1000)
    expect(validFor).toBeLessThanOrEqual(7 * 24 * 3600 * 1000)
  })

  it('is not sent for an account made without a signed-in administrator (the first account)', async () => {
    // The invitation is sent before create() returns (it refuses the account when it cannot
    // leave), and the test server keeps a message before it answers: none now is none ever.
    const user = await newAccount('Première Personne')
    expect(smtp.received.filter((m) => m.envelopeTo.includes(user.email))).toEqual([])
  })
})

describe('login failures', () => {
  it('a locked account answers as a wrong password does, and its owner gets one mail saying until when', async () => {
    const user = await newAccount('Compte Verrouillé')
    const unknown = await rest('/users/login', { email: `personne-${Date.now()}@reperes.test`, password: 'nimporte' })
    const unknownBody = await unknown.json()
    const answers = []
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const response = await rest('/users/login', { email: user.email, password: `faux-${attempt}` })
      answers.push({ status: response.status, body: await response.json() })
    }
    // Even the right password, while locked.
    const right = await rest('/users/login', { email: user.email, password: 'ancien-mot-de-passe' })
    answers.push({ status: right.status, body: await right.json() })
    for (const answer of answers) expect(answer).toEqual({ status: unknown.status, body: unknownBody })
    expect(unknownBody.errors[0].message).toBe('L’adresse e-mail ou le mot de passe est incorrect.')

    const [mail] = await smtp.waitFor(1, (m) => m.envelopeTo.includes(user.email))
    expect(mail!.subject).toBe('Votre compte Repères est bloqué pour quelques minutes')
    const stored = (await payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })) as unknown as { lockUntil: string }
    const until = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', timeStyle: 'short' }).format(new Date(stored.lockUntil))
    expect(mail!.text).toContain(until)
    expect(mail!.text).toContain('heure de Paris')
    expect(linksIn(String(mail!.html))).toContain('https://reperes.example/admin/forgot')
    // Sent in the background: a second one would have had the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(smtp.received.filter((m) => m.envelopeTo.includes(user.email))).toHaveLength(1)
  })
})
