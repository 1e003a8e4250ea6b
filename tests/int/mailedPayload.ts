import { startSmtpServer } from '../support/smtpServer'

/**
 * Payload with its mails going to a real SMTP server on loopback. The app's config reads
 * SMTP_URL when it is evaluated: the server starts first, and the config is imported after
 * (./payload imports it).
 */
export const mailedPayload = async () => {
  const smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Repères <no-reply@reperes.test>'
  process.env.SITE_URL = 'https://reperes.example'
  const helpers = await import('./payload')
  const config = (await import('@/payload.config')).default
  const payload = await helpers.testPayload()
  return { smtp, config, payload, makeUser: helpers.makeUser }
}
