/**
 * Where a nodemailer send failed, for the at-most-once rule:
 * - 'not-sent': the message certainly did not leave — no connection, DNS, TLS or login
 *   failure, or a temporary refusal (4xx) of the envelope or the message. It may be sent later.
 * - 'refused': the server refused it for good (5xx). Not sent, and not to be tried again.
 * - 'unknown': cut off while the message was being handed over (timeout, reset): it may have
 *   left. Counted as failed, never sent again.
 */
export const smtpFailure = (error: unknown): 'not-sent' | 'refused' | 'unknown' => {
  const { code, responseCode, syscall } = (error ?? {}) as { code?: string; responseCode?: number; syscall?: string }
  if (typeof responseCode === 'number' && responseCode >= 500) return 'refused'
  if (typeof responseCode === 'number' && responseCode >= 400) return 'not-sent'
  // The TCP connection never opened (refused, unreachable): nodemailer renames the code to
  // ESOCKET, the system call stays. Other socket errors can come mid-message: unknown.
  if (syscall === 'connect' || syscall === 'getaddrinfo') return 'not-sent'
  if (code && ['EDNS', 'ETLS', 'EAUTH', 'ENOAUTH', 'EOAUTH2'].includes(code)) return 'not-sent'
  return 'unknown'
}
