import { expect } from '@playwright/test'

export type MailboxMessage = { to: string[]; from: string; subject: string; text: string; html: string; headers: Record<string, unknown>; raw: string }

const mailboxUrl = () => `http://127.0.0.1:${Number(process.env.E2E_MAILBOX_PORT || Number(process.env.E2E_PORT || 3100) + 2)}/`

/** What the test SMTP server received so far (tests/support/smtpSink.ts). */
export const mailbox = async (): Promise<MailboxMessage[]> => (await fetch(mailboxUrl())).json()

/** The messages to `address`, once at least `count` arrived. */
export const mailsTo = async (address: string, count = 1): Promise<MailboxMessage[]> => {
  let found: MailboxMessage[] = []
  await expect
    .poll(
      async () => {
        found = (await mailbox()).filter((mail) => mail.to.includes(address))
        return found.length
      },
      { timeout: 15_000, message: `mails to ${address}` },
    )
    .toBeGreaterThanOrEqual(count)
  return found
}
