// The browser tests' mail server, started by Playwright beside the app (playwright.config.ts):
// SMTP on E2E_SMTP_PORT, where the app sends (SMTP_URL), and what it received as JSON on
// E2E_MAILBOX_PORT, where tests read it (tests/e2e/mailbox.ts). Stopped with the app.
import { createServer } from 'node:http'

import { startSmtpServer } from './smtpServer'

const smtp = await startSmtpServer({ port: Number(process.env.E2E_SMTP_PORT) })
const mailbox = createServer((request, response) => {
  if (request.method === 'DELETE') smtp.received.length = 0
  const messages = smtp.received.map((mail) => ({
    to: mail.envelopeTo,
    from: mail.from?.text ?? '',
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : '',
    headers: Object.fromEntries([...mail.headers.keys()].map((key) => [key, mail.headers.get(key)])),
    raw: mail.raw,
  }))
  response.writeHead(200, { 'content-type': 'application/json' })
  response.end(JSON.stringify(messages))
})
mailbox.listen(Number(process.env.E2E_MAILBOX_PORT), '127.0.0.1', () => console.log(`SMTP on ${smtp.port}, mailbox on ${process.env.E2E_MAILBOX_PORT}`))
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, async () => {
    mailbox.close()
    await smtp.stop()
    process.exit(0)
  })
