import { type NextRequest, NextResponse } from 'next/server'

// Payload picks the admin language from its cookie, then from the browser's Accept-Language.
// Our editors are French whatever their browser says, so French is the default; choosing
// English in the account settings writes the cookie, which then wins.
const LANGUAGE_COOKIE = 'payload-lng'

export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'fr')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'fr', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin/:path*', '/admin', '/api/:path*'] }
