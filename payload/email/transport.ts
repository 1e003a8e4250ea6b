import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import addressparser from 'nodemailer/lib/addressparser'
import type { Transport } from 'nodemailer'

import { takeTextPart } from './send'

/** Where mails go when no SMTP server is configured (`.data/mail`, or MAIL_DIR). */
export const mailDir = (): string => path.resolve(process.env.MAIL_DIR || '.data/mail')

/** True when mails leave the machine (SMTP_URL set); false when they are written to mailDir(). */
export const mailIsDelivered = (): boolean => Boolean(process.env.SMTP_URL)

/** EMAIL_FROM (`Repères <no-reply@example.org>`) as a name and an address. */
export const sender = (): { name: string; address: string } => {
  const [parsed] = addressparser(process.env.EMAIL_FROM || 'Repères <no-reply@reperes.localhost>') as { name: string; address?: string }[]
  if (!parsed?.address) throw new Error(`EMAIL_FROM is not an e-mail address: ${process.env.EMAIL_FROM}`)
  return { name: parsed.name || 'Repères', address: parsed.address }
}

/**
 * A nodemailer transport that writes each message, as sent, to a standard .eml file (RFC 5322:
 * any mail program opens it) and says where on the console. Used without SMTP_URL, so that a
 * local `npm start` still "sends" the password-reset mail and a developer can read it.
 */
const emlFiles = (dir: string): Transport => ({
  name: 'reperes-eml-files',
  version: '1',
  send(mail, done) {
    mail.message.build((error, message) => {
      if (error) return done(error, undefined)
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 })
        const id = (mail.message.messageId() || `${Date.now()}`).replace(/[^\w.@-]+/g, '')
        const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`)
        writeFileSync(file, message, { mode: 0o600 })
        console.log(`E-mail non envoyé (SMTP_URL non défini) : écrit dans ${file}`)
        done(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId(), file })
      } catch (writeError) {
        done(writeError as Error, undefined)
      }
    })
  },
})

/**
 * SMTP_URL in nodemailer's URL syntax (`smtp://user:pass@host:587`, STARTTLS when the server
 * offers it; `smtps://…:465` for implicit TLS), pooled unless it says `pool=false`: a digest
 * sends thousands of messages, one connection each would cost a handshake each.
 */
const pooledSmtpUrl = (raw: string): string => {
  const url = new URL(raw)
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true')
  // nodemailer waits 2 minutes for a connection and 10 for an idle socket: a relay that hangs
  // would hold a request (a reset, an invitation) or a digest batch that long.
  for (const [option, ms] of [['connectionTimeout', 10_000], ['greetingTimeout', 10_000], ['socketTimeout', 30_000]] as const)
    if (!url.searchParams.has(option)) url.searchParams.set(option, String(ms))
  return url.toString()
}

/** The mail transport: SMTP_URL when set, else .eml files under mailDir(). */
export const mailTransport = () =>
  mailIsDelivered() ? nodemailer.createTransport(pooledSmtpUrl(process.env.SMTP_URL!)) : nodemailer.createTransport(emlFiles(mailDir()))

/** Payload's e-mail adapter on that transport, sending as EMAIL_FROM. */
export const emailAdapter = async () => {
  const from = sender()
  // No verify at start: the config is also loaded by builds, migrations and tests, which must
  // not wait for an SMTP server. A send that fails says so where it is made.
  const adapter = await nodemailerAdapter({ transport: mailTransport(), defaultFromAddress: from.address, defaultFromName: from.name, skipVerify: true })
  return ((args: Parameters<typeof adapter>[0]) => {
    const built = adapter(args)
    return {
      ...built,
      sendEmail: async (message: Parameters<typeof built.sendEmail>[0]) => {
        const text = takeTextPart((message as { html?: unknown }).html)
        if (text === undefined) return built.sendEmail(message)
        // A mail Payload generated (the password reset) leaves in the background: awaited, the
        // SMTP round trip would make "Mot de passe oublié" answer later for an address with an
        // account than for one without. A failure is logged, as the answer says nothing anyway.
        void built.sendEmail({ ...message, text }).catch((error: unknown) => console.error('Courriel de réinitialisation non envoyé :', error))
        return { queued: true }
      },
    }
  }) as typeof adapter
}
