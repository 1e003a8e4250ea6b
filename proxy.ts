import { type NextRequest, NextResponse } from 'next/server'

// Two jobs, on the few addresses that need them (matcher below): the admin's language, and a
// French 400 for addresses that cannot be decoded.
//
// Payload picks the admin language from its cookie, then from the browser's Accept-Language.
// Our editors are French whatever their browser says, so French is the default; choosing
// English in the account settings writes the cookie, which then wins. The admin's own API
// calls carry that cookie, so the proxy only needs to see admin pages: every request it sees
// pays for a trip through it (measured: a cached page fell from ~560 to ~140 requests/s).
const LANGUAGE_COOKIE = 'payload-lng'

/** A path Next cannot decode ("%ZZ", "%FF": not UTF-8) makes it answer 500; it is the client's mistake. */
const undecodable = (pathname: string) => {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

export function proxy(request: NextRequest) {
  if (undecodable(request.nextUrl.pathname)) return badAddress(request.nextUrl.pathname)
  if (!request.nextUrl.pathname.startsWith('/admin')) return NextResponse.next()
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'fr')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'fr', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

const MESSAGE = 'Cette adresse contient un caractère codé de façon incorrecte : elle a peut-être été coupée ou mal copiée.'

// The site's colours and type, inline: this page is answered before Next and its stylesheet.
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Adresse invalide — Repères</title><meta name="robots" content="noindex">
<style>body{margin:0;background:#fbfaf7;color:#1c2430;font:1.0625rem/1.6 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif}
header,main{max-width:72rem;margin:0 auto;padding:1rem}header{border-bottom:1px solid #dcd8cf}a{color:#0b5d57}
header a{font-weight:700;font-size:1.25rem;text-decoration:none;color:#1c2430}:focus-visible{outline:3px solid #b3400a;outline-offset:2px}</style>
</head><body><header><a href="/">Repères</a></header><main><h1>Adresse invalide</h1><p>${MESSAGE}</p>
<p><a href="/">Revenir à l’accueil</a> ou <a href="/metiers">parcourir les métiers</a>.</p></main></body></html>`

/** A French 400: the page for people, a JSON error like Payload's for the API. */
const badAddress = (pathname: string) =>
  pathname.startsWith('/api/')
    ? NextResponse.json({ errors: [{ message: `Adresse invalide. ${MESSAGE}` }] }, { status: 400, headers: { 'cache-control': 'no-store' } })
    : new NextResponse(PAGE, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })

export const config = {
  matcher: [
    '/admin',
    '/admin/:path*',
    // Only addresses with a malformed escape or an escaped non-ASCII byte (maybe not UTF-8);
    // every other page skips the proxy.
    '/:path((?:.*)%(?:(?![0-9a-fA-F]{2})|[89a-fA-F]).*)',
  ],
}
