import { type NextRequest, NextResponse } from 'next/server'

import { COMPARE_MAX, COMPARE_PARAM, requestedSlugs } from '@/payload/careers/comparison'
import { plainPageResponse } from '@/payload/http/plainPage'
import { isQuizForm, isReadableProfile, PROFILE_PARAM } from '@/payload/quiz/scoring'

// Three jobs, on the few addresses that need them (matcher below): the admin's language, a
// French 400 for addresses that cannot be decoded, and the 400 status of a comparison asking
// for too many careers or of a quiz sent incomplete (a page cannot set its own status; it
// still renders, with a way on).
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
  if (request.nextUrl.pathname === '/comparer') return comparison(request)
  if (request.nextUrl.pathname === '/orientation/resultat') return quizResult(request)
  if (!request.nextUrl.pathname.startsWith('/admin')) return NextResponse.next()
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'fr')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'fr', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

/** Next copies a proxy's status onto the page it renders next (router-utils/resolve-routes). */
const comparison = (request: NextRequest) =>
  requestedSlugs(request.nextUrl.searchParams.getAll(COMPARE_PARAM)).length > COMPARE_MAX ? NextResponse.next({ status: 400 }) : NextResponse.next()

/**
 * The quiz's form (the page shows it again, with what is missing, unless it redirects a complete
 * one to its result: a redirect replaces this status), or a result address holding no readable
 * interest: 400s.
 */
const quizResult = ({ nextUrl: { searchParams } }: NextRequest) =>
  isQuizForm(searchParams.keys()) || (searchParams.has(PROFILE_PARAM) && !isReadableProfile(searchParams.getAll(PROFILE_PARAM)))
    ? NextResponse.next({ status: 400 })
    : NextResponse.next()

const MESSAGE = 'Cette adresse contient un caractère codé de façon incorrecte : elle a peut-être été coupée ou mal copiée.'

/** A French 400: the page for people, a JSON error like Payload's for the API. */
const badAddress = (pathname: string) =>
  pathname.startsWith('/api/')
    ? NextResponse.json({ errors: [{ message: `Adresse invalide. ${MESSAGE}` }] }, { status: 400, headers: { 'cache-control': 'no-store' } })
    : plainPageResponse(400, {
        title: 'Adresse invalide',
        paragraphs: [MESSAGE],
        links: [
          ['Revenir à l’accueil', '/'],
          ['Parcourir les métiers', '/metiers'],
        ],
      })

export const config = {
  matcher: [
    '/admin',
    '/admin/:path*',
    '/comparer',
    '/orientation/resultat',
    // Only addresses with a malformed escape or an escaped non-ASCII byte (maybe not UTF-8);
    // every other page skips the proxy.
    '/:path((?:.*)%(?:(?![0-9a-fA-F]{2})|[89a-fA-F]).*)',
  ],
}
