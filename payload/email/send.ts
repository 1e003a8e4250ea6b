import type Mail from 'nodemailer/lib/mailer'

import type { Payload } from 'payload'

import { type MailContent, renderMail } from './render'

/**
 * Payload's own mails (the password reset) carry only the HTML their generator returns. The
 * generator renders both parts and leaves the text part here, keyed by the HTML; the adapter
 * (transport.ts) takes it back when the message is sent, a few lines later in the same process.
 */
const textParts = new Map<string, string>()

/** The HTML part of a mail for a Payload generator (`generateEmailHTML`); its text part waits for the adapter. */
export const htmlForPayload = async (content: MailContent): Promise<string> => {
  const { html, text } = await renderMail(content)
  textParts.set(html, text)
  // A generator whose mail is never sent (an error between generation and sending) must not
  // leave its text behind for good.
  setTimeout(() => textParts.delete(html), 60_000).unref()
  return html
}

/** The text part left by htmlForPayload for this HTML, once. */
export const takeTextPart = (html: unknown): string | undefined => {
  if (typeof html !== 'string') return undefined
  const text = textParts.get(html)
  textParts.delete(html)
  return text
}

export type Recipient = string | { name: string; address: string }

/** Renders and sends one mail through Payload's adapter; resolves with the transport's answer. */
export const sendMail = async (
  payload: Payload,
  { to, content, headers, list }: { to: Recipient; content: MailContent; headers?: Record<string, string>; list?: Mail.Options['list'] },
): Promise<unknown> => {
  const { subject, html, text } = await renderMail(content)
  return payload.sendEmail({ to, subject, html, text, headers, list })
}
