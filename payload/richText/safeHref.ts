// The one allow-list for link addresses: the editor's validation on save and every output
// (page, preview, feeds, e-mail) read stored links through it, so a link stored before the
// rule existed is held to it too.

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

/**
 * The address as a browser reads it: WHATWG URL parsing removes ASCII tab and newline anywhere
 * and C0 controls or spaces at both ends before it looks at the scheme, which is how
 * "java<TAB>script:" becomes a live `javascript:` link (https://url.spec.whatwg.org/#concept-basic-url-parser).
 */
const asBrowsersRead = (raw: string): string =>
  raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')

// Every C0 control, DEL and the C1 controls: no legitimate address carries one.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

/** "www.onisep.fr/…" typed without its scheme: the web address editors mean. */
const BARE_WEB_ADDRESS = /^www\.[^\s/]+\.[a-z]{2,}/i

type Verdict = { href: string } | { refused: string }

const judge = (raw: string): Verdict => {
  const url = asBrowsersRead(raw)
  if (!url) return { refused: 'l’adresse est vide' }
  if (CONTROL.test(url)) return { refused: 'l’adresse contient un caractère de contrôle' }
  if (/\s/.test(url)) return { refused: 'l’adresse contient une espace' }
  if (url.startsWith('/')) {
    // "//host" and "/\host" are read as another site's address, not a page of ours.
    if (/^\/[/\\]/.test(url)) return { refused: 'une adresse du site commence par une seule barre « / »' }
    return { href: url }
  }
  if (url.startsWith('#') || url.startsWith('?')) return { href: url }
  if (BARE_WEB_ADDRESS.test(url)) return { href: `https://${url}` }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
  if (!scheme) return { refused: 'l’adresse doit commencer par https://, http://, mailto:, tel: ou « / »' }
  if (!ALLOWED_SCHEMES.has(scheme)) return { refused: `le type d’adresse « ${scheme}: » n’est pas autorisé` }
  if (scheme === 'http' || scheme === 'https') {
    try {
      if (!new URL(url).hostname) return { refused: 'l’adresse n’indique pas de site' }
    } catch {
      return { refused: 'l’adresse est mal formée' }
    }
  }
  return { href: url }
}

/**
 * The address to render for a stored link, or null when it must not be a link at all
 * (render its text only). Allowed: http, https, mailto, tel, and addresses of this site
 * ("/…", "#…", "?…"); "www.…" gets https://.
 */
export const safeHref = (raw: unknown): string | null => {
  if (typeof raw !== 'string') return null
  const verdict = judge(raw)
  return 'href' in verdict ? verdict.href : null
}

/** Field validation for a link address: true, or a French message naming the address. */
export const validateHref = (raw: unknown): true | string => {
  if (typeof raw !== 'string' || raw === '') return 'Indiquez l’adresse du lien.'
  const verdict = judge(raw)
  if ('href' in verdict) return true
  const shown = raw.length > 60 ? `${raw.slice(0, 57)}…` : raw
  return `Adresse de lien refusée (« ${shown.replace(/[\u0000-\u001f\u007f-\u009f]/g, '�')} ») : ${verdict.refused}. Utilisez une adresse commençant par https://, http://, mailto: ou tel:, ou une adresse du site commençant par « / ».`
}
