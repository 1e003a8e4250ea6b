import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Received = ParsedMail & { envelopeTo: string[]; raw: string; size: number }

type Options = {
  /** 0 (default): any free port. */
  port?: number
  /** Milliseconds before each message is accepted (a slow relay). */
  delayMs?: number
  /** false: keep only the envelope and the raw size (a bench's sink: parsing costs CPU). */
  parse?: boolean
  /** Recipients refused with a 550 at RCPT TO. */
  refuse?: (address: string) => boolean
}

/**
 * A real SMTP server on loopback (nodemailer's smtp-server), keeping every message it accepts,
 * parsed (mailparser): tests read headers, both parts and links of what the app sent.
 */
export const startSmtpServer = async ({ port: wanted = 0, delayMs = 0, parse = true, refuse }: Options = {}) => {
  const received: Received[] = []
  const waiters = new Set<() => void>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // The bench sends thousands of messages through a handful of pooled connections.
    maxClients: 50,
    onRcptTo(address, _session, callback) {
      if (refuse?.(address.address)) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }))
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks)
        const parsed = parse ? await simpleParser(raw) : ({ headers: new Map(), attachments: [], headerLines: [], html: false } as unknown as ParsedMail)
        if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
        received.push(Object.assign(parsed, { envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: parse ? raw.toString('utf8') : '', size: raw.length }))
        for (const wake of waiters) wake()
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(wanted, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Resolves once `count` messages matching `filter` arrived; rejects after `timeoutMs`. */
    waitFor: (count: number, filter: (mail: Received) => boolean = () => true, timeoutMs = 15_000): Promise<Received[]> =>
      new Promise((resolve, reject) => {
        const check = () => {
          const matching = received.filter(filter)
          if (matching.length < count) return false
          waiters.delete(check)
          clearTimeout(timer)
          resolve(matching)
          return true
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`Expected ${count} message(s) within ${timeoutMs} ms, got ${received.filter(filter).length}`))
        }, timeoutMs)
        if (!check()) waiters.add(check)
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type SmtpTestServer = Awaited<ReturnType<typeof startSmtpServer>>
