// The one allow-list for link addresses: the editor's validation on save and every output
// (page, preview, feeds, e-mail) read stored links through it, so a link stored before the
// rule existed is held to it too.
import { frenchText } from '@/payload/i18n/typography'
import { siteUrl } from '@/payload/routes'

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])
// As messages name them: a value in frenchText, so that "tel:" is not typeset as prose.
const ALLOWED_LIST = 'https://, http://, mailto:, tel:'

/** Schemes that run code or carry a document of their own when followed. */
const EXECUTABLE_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'blob'])

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

const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()

/** The admin is no page for visitors: a link pasted from an article being edited points there. */
const isAdminPath = (path: string) => /^\/admin(?:[/?#]|$)/i.test(path)

type Verdict = { href: string } | { refused: string }

const judge = (raw: string): Verdict => {
  let url = asBrowsersRead(raw)
  if (!url) return { refused: 'l’adresse est vide' }
  if (CONTROL.test(url)) return { refused: 'elle contient un caractère de contrôle' }
  const scheme = schemeOf(url)
  // Phone numbers are written with spaces, dots and dashes ("01 23 45 67 89").
  if (scheme === 'tel') url = url.replace(/[\s.()-]/g, '')
  if (/\s/.test(url)) return { refused: 'elle contient une espace' }
  if (url.startsWith('/')) {
    // "//host" and "/\host" are read as another site's address, not a page of ours.
    if (/^\/[/\\]/.test(url)) return { refused: frenchText`une page du site commence par une seule barre « / »` }
    if (isAdminPath(url)) return { refused: 'elle mène à l’administration, pas à une page du site' }
    return { href: url }
  }
  if (url.startsWith('#') || url.startsWith('?')) return url.length > 1 ? { href: url } : { refused: 'elle ne mène nulle part' }
  if (BARE_WEB_ADDRESS.test(url)) return { href: `https://${url}` }
  if (!scheme) return { refused: frenchText`elle doit commencer par ${ALLOWED_LIST} ou « / »` }
  if (!ALLOWED_SCHEMES.has(scheme)) return { refused: frenchText`le type d’adresse « ${scheme}: » n’est pas autorisé` }
  if (scheme === 'mailto' || scheme === 'tel') return url.length > scheme.length + 1 ? { href: url } : { refused: 'elle est incomplète' }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { refused: 'elle est mal formée' }
  }
  if (!parsed.hostname) return { refused: 'elle n’indique pas de site' }
  if (parsed.origin === new URL(siteUrl()).origin && isAdminPath(parsed.pathname)) return { refused: 'elle mène à l’administration, pas à une page du site' }
  return { href: url }
}

/**
 * The address to render for a stored link, or null when it must not be a link at all
 * (render its text only). Allowed: http, https, mailto, tel, and addresses of this site
 * ("/…", "#…", "?…", but not the admin); "www.…" gets https://, phone numbers lose their
 * spaces.
 */
export const safeHref = (raw: unknown): string | null => {
  if (typeof raw !== 'string') return null
  const verdict = judge(raw)
  return 'href' in verdict ? verdict.href : null
}

const shown = (raw: string) => (raw.length > 60 ? `${raw.slice(0, 57)}…` : raw).replace(/[\u0000-\u001f\u007f-\u009f]/g, '�')

/** Field validation for a link address: true, or a short French message naming the address. */
export const validateHref = (raw: unknown): true | string => {
  if (typeof raw !== 'string' || raw === '') return 'Indiquez l’adresse du lien.'
  const verdict = judge(raw)
  if ('href' in verdict) return true
  return frenchText`Adresse de lien refusée (« ${shown(raw)} ») : ${verdict.refused}. Autorisées : ${ALLOWED_LIST} ou une page du site (« /… »).`
}

/**
 * Whether following the address would run code (javascript:, vbscript:) or open a document it
 * carries (data:, blob:), however it is disguised. Refused in any save, drafts included; other
 * refused addresses (an unfinished "https://", a typo) may wait in a draft for the editor.
 */
export const isExecutableHref = (raw: unknown): boolean => {
  if (typeof raw !== 'string') return false
  const scheme = schemeOf(asBrowsersRead(raw).replace(/[\u0000-\u001f\u007f-\u009f\s]/g, ''))
  return scheme !== undefined && EXECUTABLE_SCHEMES.has(scheme)
}
