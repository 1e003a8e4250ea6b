import { type NextRequest, NextResponse } from 'next/server'

import { isValidSlug } from './payload/fields/slugify'

// Payload picks the admin language from its cookie, then from the browser's Accept-Language.
// Our editors are French whatever their browser says, so French is the default; choosing
// English in the account settings writes the cookie, which then wins.
const LANGUAGE_COOKIE = 'payload-lng'

const frenchAdminByDefault = (request: NextRequest) => {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'fr')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'fr', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

// Content pages are cached per address, 404s included: an address that can never be a slug
// (too long, NUL, "../") goes straight to the French 404 page instead of into the cache.
const CONTENT_PAGE = /^\/(metiers|actualites|secteurs)\/([^/]+)$/

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const content = CONTENT_PAGE.exec(pathname)
  if (content) {
    let slug = ''
    try {
      slug = decodeURIComponent(content[2] ?? '')
    } catch {
      // Malformed percent-encoding: not a slug either.
    }
    if (isValidSlug(slug)) return NextResponse.next()
    return NextResponse.rewrite(new URL('/introuvable', request.url), { status: 404 })
  }
  return frenchAdminByDefault(request)
}

export const config = {
  matcher: ['/admin', '/admin/:path*', '/api/:path*', '/metiers/:slug', '/actualites/:slug', '/secteurs/:slug'],
}
