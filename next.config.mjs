import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

// On every response, the admin and the API included.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // The admin's live preview frames our own pages; nobody else may.
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Browsers only heed it over HTTPS; no includeSubDomains: other hosts of the domain are not ours.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
]

// Visitors' pages load nothing from elsewhere. Scripts stay 'unsafe-inline' because Next
// inlines its page data in <script> tags; a nonce instead would make every page a fresh render
// (no cached pages: ~2 000 req/s down to ~40). Everything rendered is escaped by React, and no
// other origin can serve a script, a frame, a form target or a base URL. `next dev` adds
// 'unsafe-eval': React's development build evaluates code to rebuild call stacks, and without
// it every page logs a violation; production never allows it.
const publicContentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ')

// The site's own pages, at the addresses French sites use (payload/pages/pageKinds.ts lists
// them; a unit test checks the two lists agree).
export const SITE_PAGE_PATHS = ['a-propos', 'charte-editoriale', 'sources-des-salaires', 'contact', 'mentions-legales', 'accessibilite']

// "metiers", "actualites" or "secteurs" with at least one capital letter.
const SECTION_VARIANTS = ['metiers', 'actualites', 'secteurs']
  .map((name) => `(?!${name}\\b)${[...name].map((c) => `[${c}${c.toUpperCase()}]`).join('')}`)
  .join('|')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next keeps its latest cached pages in memory (50 MB by default, as its own estimate of their
  // size: French text is stored two bytes a character, so about twice that); the others are read
  // from disk, from the OS's file cache. At 16 MB the server held ~45 MB less after 400 first
  // renders and the lists (npm run bench), for the same rates.
  cacheMaxMemorySize: 16 * 1024 * 1024,
  // Several app servers share their page and data cache through Redis (cache-handler.mjs);
  // one server alone keeps Next's own. Read when `next start` loads this file.
  ...(process.env.REDIS_URL ? { cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)), cacheMaxMemorySize: 0 } : {}),
  // One instance of Payload for every server layer. Bundled, the admin's RSC layer and the API
  // routes each get their own copy of Payload's error classes, and the API then stops
  // recognising its own ValidationError: 400 bodies lose their field details, and minified
  // class names ("h") defeat Payload's per-error log levels.
  serverExternalPackages: ['payload'],
  experimental: {
    // The stylesheet (~16 KB) inside each page rather than a request of its own: the first paint
    // waits for no other round trip (Lighthouse's mobile profile counts 150 ms per trip).
    inlineCss: true,
    // A French 404 page for addresses outside every route group.
    globalNotFound: true,
    // Rewrites and headers match paths case-sensitively, as page routes do: by default Next
    // compiles them with the "i" flag, so "[^a-z0-9-]" never saw capitals and
    // "/metiers/Directeur-Technique" reached the cached page route (and filled its cache).
    caseSensitiveRoutes: true,
  },
  images: {
    // Hero images are served by Payload from /api/media; Next resizes them to AVIF/WebP.
    localPatterns: [{ pathname: '/api/media/file/**' }],
    formats: ['image/avif', 'image/webp'],
  },
  // Permanent: the internal addresses of cached pages (rewrites below) and page 1 of a list
  // typed in full. Redirects see only the address asked, never a rewritten one.
  async redirects() {
    return [
      { source: '/accueil/:rest*', destination: '/', permanent: true },
      { source: `/informations/:page(${SITE_PAGE_PATHS.join('|')})`, destination: '/:page', permanent: true },
      { source: '/abonnement/publique', destination: '/abonnement', permanent: true },
      { source: '/orientation/questions', destination: '/orientation', permanent: true },
      // Any other name under /orientation would be a page of the quiz's route, its 404 cached
      // once per name: the quiz is what was meant.
      { source: '/orientation/:vue((?!resultat$|questions$)[^/]+)', destination: '/orientation', permanent: false },
      { source: '/plan-du-site/:rest*', destination: '/sitemap.xml', permanent: true },
      { source: '/filtres/:section(metiers|actualites)', destination: '/:section', permanent: true },
      { source: '/filtres/:rest*', destination: '/', permanent: true },
      { source: '/:section(metiers|actualites)/page/1', destination: '/:section', permanent: true },
    ]
  },
  async rewrites() {
    return {
      // Content pages are cached per address, 404s included: an address that can never be a
      // slug as typed (longer than 96 characters, or with anything but a-z, 0-9 and "-":
      // capitals, percent-encoded or accented letters) never reaches those pages or the cache
      // (nor a path too long for a file name). An uncached page redirects it to the canonical
      // address when a page is there, else answers 404 (app/(frontend)/adresse). Only these
      // addresses pay for it: a proxy (middleware) would cost every cached page ~3/4 of its rate.
      // Feed files (rss.xml, atom.xml, feed.json) are routes of their own, not slugs.
      // afterFiles (still before dynamic routes): Next compiles beforeFiles rewrites
      // case-insensitively whatever caseSensitiveRoutes says.
      afterFiles: [
        // Pages without parameters would be prerendered by `next build`, which has no database
        // and not the server's SITE_URL: the home page, page 1 of each list, the subscription
        // page and the orientation quiz are served by a page with one parameter instead,
        // rendered on first visit and cached under tags like every other page (docs/caching.md).
        // A query that changes the list (a filter, the old "?page=N") goes to the uncached
        // views; any other query (campaign tags) is served the cached page.
        ...['secteur', 'niveau', 'salaire', 'interet', 'page'].map((key) => ({ source: '/metiers', has: [{ type: 'query', key }], destination: '/filtres/metiers' })),
        // A filter added to a page's own address ("/metiers/page/2?secteur=sante") is the filtered view.
        ...['secteur', 'niveau', 'salaire', 'interet'].map((key) => ({ source: '/metiers/page/:page', has: [{ type: 'query', key }], destination: '/filtres/metiers?page=:page' })),
        { source: '/metiers', destination: '/metiers/page/1' },
        { source: '/actualites', has: [{ type: 'query', key: 'page' }], destination: '/filtres/actualites' },
        { source: '/actualites', destination: '/actualites/page/1' },
        { source: '/', destination: '/accueil/publique' },
        { source: `/:page(${SITE_PAGE_PATHS.join('|')})`, destination: '/informations/:page' },
        { source: '/abonnement', destination: '/abonnement/publique' },
        { source: '/orientation', destination: '/orientation/questions' },
        { source: '/sitemap.xml', destination: '/plan-du-site/sitemap.xml' },
        // A list page that is not a page number (0, 01, "deux", above 9 999: MAX_PAGE in
        // payload/pageNumber.ts) is a 404 of the uncached view: only /…/page/1 to 9999 can take a
        // place in the cache.
        { source: '/:section(metiers|actualites)/page/:page((?![1-9][0-9]{0,3}$)[^/]*)', destination: '/filtres/:section?page=:page' },
        {
          source:
            '/:section(metiers|actualites|secteurs)/:slug((?!(?:rss\\.xml|atom\\.xml|feed\\.json)$)(?:[^/]*[^a-z0-9/-][^/]*|[a-z0-9-]{97,}|-[^/]*|[^/]*-|[^/]*--[^/]*))',
          destination: '/adresse/:section/:slug',
        },
        {
          source: '/secteurs/:slug([^/]*[^a-z0-9/-][^/]*|[a-z0-9-]{97,}|-[^/]*|[^/]*-|[^/]*--[^/]*)/:file(rss\\.xml|atom\\.xml|feed\\.json)',
          destination: '/adresse/secteurs/:slug/:file',
        },
        {
          source: '/secteurs/:slug/:file((?!(?:rss\\.xml|atom\\.xml|feed\\.json)$)(?:[Rr][Ss][Ss]\\.[Xx][Mm][Ll]|[Aa][Tt][Oo][Mm]\\.[Xx][Mm][Ll]|[Ff][Ee][Ee][Dd]\\.[Jj][Ss][Oo][Nn]))',
          destination: '/adresse/secteurs/:slug/:file',
        },
        // The sections themselves typed with capitals ("/Metiers/…").
        { source: `/:section(${SECTION_VARIANTS})`, destination: '/adresse/:section' },
        { source: `/:section(${SECTION_VARIANTS})/:slug`, destination: '/adresse/:section/:slug' },
        { source: `/:section(${SECTION_VARIANTS})/:slug/:file`, destination: '/adresse/:section/:slug/:file' },
      ],
    }
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Payload's admin has its own needs (editor, uploads, live preview); it only gets frame-ancestors.
      { source: '/:path((?!admin|api).*)', headers: [{ key: 'Content-Security-Policy', value: publicContentSecurityPolicy }] },
      { source: '/:path((?:admin|api).*)', headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'self'" }] },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
