// After a deploy every cached page is cold (cache keys carry the build id): the first visitors
// would each pay a full render. Once the server answers, the start script has it render the pages
// visitors open first: home, page 1 of each list, then the first entries of the sitemap.
import { readFileSync } from 'node:fs'

/** How many pages render at once: the server keeps a core for its visitors. */
export const WARM_CONCURRENCY = 2
/** Sitemap entries warmed after the lists (the sitemap lists lists first, then careers, posts, sectors). */
export const WARM_SITEMAP_ENTRIES = 40
const FIRST_PAGES = ['/', '/actualites', '/metiers', '/rss.xml']
const READY_WITHIN_MS = 120_000

type Options = { baseUrl: string; log?: (message: string) => void }

/** The status of a GET of `url` (0 when it failed), its body read and dropped. */
const status = async (url: string) => {
  try {
    const response = await fetch(url, { headers: { 'user-agent': 'reperes-warm-up' }, signal: AbortSignal.timeout(30_000) })
    await response.arrayBuffer()
    return response.status
  } catch {
    return 0
  }
}

/** Waits until the server answers anything (it is ready), for at most two minutes. */
const ready = async (baseUrl: string) => {
  const started = Date.now()
  while (Date.now() - started < READY_WITHIN_MS) {
    if ((await status(`${baseUrl}/robots.txt`)) !== 0) return true
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return false
}

/**
 * The first `count` addresses of the sitemap, read as they arrive: the start script lives as long
 * as the server, and a whole sitemap (3 MB with 20 000 posts) read into it stayed in its memory.
 */
const firstSitemapPaths = async (baseUrl: string, count: number): Promise<string[]> => {
  const response = await fetch(`${baseUrl}/sitemap.xml`, { headers: { 'user-agent': 'reperes-warm-up' }, signal: AbortSignal.timeout(30_000) })
  if (response.status !== 200 || !response.body) return []
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let xml = ''
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    xml += chunk.value
    if ((xml.match(/<\/loc>/g)?.length ?? 0) >= count) break
  }
  await reader.cancel()
  return sitemapPaths(xml, count)
}

/** The paths of the sitemap's first entries, in its order. */
export const sitemapPaths = (xml: string, count: number): string[] =>
  [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].slice(0, count).flatMap(([, loc]) => {
    try {
      return [new URL(loc!.replaceAll('&amp;', '&')).pathname]
    } catch {
      return []
    }
  })

/**
 * With a cache shared through Redis, one server warms it for all: the first to start this build
 * takes the key for ten minutes, the others skip. Without Redis each server has its own cache,
 * so each warms it. An unreachable Redis is no reason to skip: the pages then go to the local cache.
 */
const ourTurn = async (): Promise<boolean> => {
  const url = process.env.REDIS_URL
  if (!url) return true
  const build = readFileSync('.next/BUILD_ID', 'utf8').trim()
  // Loaded only with a shared cache: the start script lives as long as the server, lean.
  const { createClient } = await import('@redis/client')
  const client = createClient({ url, socket: { connectTimeout: 2_000, reconnectStrategy: false } })
  client.on('error', () => {})
  try {
    await client.connect()
    const key = `${process.env.REDIS_KEY_PREFIX || 'reperes:'}${build}:warm-up`
    return (await client.set(key, String(process.pid), { NX: true, EX: 600 })) === 'OK'
  } catch {
    return true
  } finally {
    if (client.isOpen) client.destroy()
  }
}

/** Renders the first pages into the cache, WARM_CONCURRENCY at a time; the paths that answered 200. Never throws. */
export const warmPages = async ({ baseUrl, log = console.log }: Options): Promise<string[]> => {
  try {
    if (!(await ready(baseUrl))) {
      log(`Cache warm-up skipped: the server did not answer within ${READY_WITHIN_MS / 1000} s.`)
      return []
    }
    if (!(await ourTurn())) return []
    const started = Date.now()
    const fromSitemap = await firstSitemapPaths(baseUrl, WARM_SITEMAP_ENTRIES).catch(() => [])
    const queue = [...new Set([...FIRST_PAGES, ...fromSitemap])]
    // Asked for, the sitemap is rendered whole and cached, even if read only in part.
    const warmed: string[] = fromSitemap.length ? ['/sitemap.xml'] : []
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) if ((await status(`${baseUrl}${path}`)) === 200) warmed.push(path)
    }
    await Promise.all(Array.from({ length: WARM_CONCURRENCY }, worker))
    log(`Cache warmed: ${warmed.length} pages in ${Date.now() - started} ms.`)
    return warmed
  } catch (error) {
    log(`Cache warm-up stopped: ${(error as Error).message}`)
    return []
  }
}
