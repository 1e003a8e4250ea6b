import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Without SMTP_URL nothing leaves the machine: each mail is an .eml file under MAIL_DIR.
const dir = mkdtempSync(path.join(tmpdir(), 'reperes-mail-'))
let payload: Awaited<ReturnType<typeof import('./payload')['testPayload']>>

beforeAll(async () => {
  delete process.env.SMTP_URL
  process.env.MAIL_DIR = dir
  vi.resetModules()
  payload = await (await import('./payload')).testPayload()
})

afterAll(() => {
  vi.restoreAllMocks()
})

describe('without SMTP_URL', () => {
  it('writes each mail, both parts and headers, to an .eml file and says where on the console', async () => {
    const said = vi.spyOn(console, 'log')
    const { sendMail } = await import('@/payload/email/send')
    const { resetPasswordMail } = await import('@/payload/email/accountMails')
    await sendMail(payload, { to: 'fichier@exemple.fr', content: resetPasswordMail('0123456789abcdef') })
    const files = readdirSync(dir).filter((file) => file.endsWith('.eml'))
    expect(files).toHaveLength(1)
    const file = path.join(dir, files[0]!)
    expect(said.mock.calls.flat().join('\n')).toContain(file)
    const mail = await simpleParser(readFileSync(file))
    expect(mail.subject).toBe('Choisir un nouveau mot de passe')
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('fichier@exemple.fr')
    expect(mail.text).toContain('/admin/reset/0123456789abcdef')
    expect(mail.html).toContain('/admin/reset/0123456789abcdef')
  })

  it('plans no digest: mails written to files would be recorded as delivered', async () => {
    const { planDigests } = await import('@/payload/digest/tasks')
    expect(await planDigests(payload)).toEqual({ planned: [], jobs: 0 })
  })
})
