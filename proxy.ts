import { type NextRequest, NextResponse } from 'next/server'

// Payload picks the admin language from its cookie, then from the browser's Accept-Language.
// Our editors are French whatever their browser says, so French is the default; choosing
// English in the account settings writes the cookie, which then wins. The admin's own API
// calls carry that cookie, so the proxy only needs to see admin pages: every request it sees
// pays for a trip through it (measured: a cached page fell from ~560 to ~140 requests/s).
const LANGUAGE_COOKIE = 'payload-lng'

export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'fr')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'fr', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin', '/admin/:path*'] }
