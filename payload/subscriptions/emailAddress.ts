/**
 * An address as typed or pasted: NFC, without the zero-width and bidi marks that copying from
 * a PDF or a phone adds, nor spaces around it, in lower case. A space inside stays, and makes
 * the address invalid: guessing which half was meant could send mail to a stranger. RFC 5321 would let a server tell `Anne`
 * from `anne`; none that people use does, and one subscription per mailbox matters more.
 */
export const normaliseEmail = (raw: string): string =>
  raw
    .normalize('NFC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/g, '')
    .trim()
    .toLowerCase()

/** A plausible address (HTML's own rule for type="email", which the form uses), at most 254 characters (RFC 5321). */
export const isEmailAddress = (value: string): boolean =>
  value.length <= 254 &&
  // RFC 5321: 64 characters at most before the @.
  value.indexOf('@') <= 64 &&
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/.test(value)
