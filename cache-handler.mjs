// Next's data and page cache shared by every app server through Redis, so that a publish on
// one server (revalidateTag) is seen by all: used by next.config.mjs only when REDIS_URL is
// set. One connection per process, kept on globalThis (Next creates several handler instances).
//
// Redis may be down at start, go away, or hang. The choice: keep serving, never exit. While
// Redis is unusable each server caches in its own memory, 30 s per page at most (emptied when
// the outage starts, so it holds nothing rendered before it): another server's publish shows
// there within 30 s. A publish during the outage cannot reach Redis, which may keep the old
// pages: the server that published empties this build's keys before it reads from Redis again,
// a few seconds after Redis answers (reconnect, next check, emptying). Exiting instead would
// turn a cache outage into a site outage (every server restarting in a loop while Redis is
// down), for a cache that only spares renders. Left: a server that stops before Redis is back
// takes its pending emptying with it.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient, ErrorReply } from '@redis/client'
import { readFileSync } from 'node:fs'

import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

/** Longest wait for Redis on a read or a write: on a LAN it answers in well under a millisecond. */
const TIMEOUT_MS = 1_000
/**
 * How long reads and writes may go unanswered, none answered in time, before Redis is taken for
 * gone. One slow answer is no outage: under a burst this server itself is late to read Redis's
 * replies (300 requests at once: seconds), and switching then emptied the cache it was using.
 */
const UNANSWERED_MS = 5_000
/** An expiry scans the tags of every cached page: longer, with a large cache. */
const EXPIRY_TIMEOUT_MS = 10_000
/** Emptying this build's keys after an outage. */
const FLUSH_TIMEOUT_MS = 60_000
/** How often an unusable Redis is tried again. */
const RETRY_MS = 1_000

const shared = globalThis

/** `promise`, or a rejection after `ms`: a hung Redis must not hold a visitor's request. */
const inTime = (promise, ms = TIMEOUT_MS) => {
  let timer
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`Redis gave no answer within ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer))
}

/** While Redis is unusable, a page this server keeps for itself lives this long at most: another server's publish reaches it after that. */
const LOCAL_LIFETIME_S = 30

const connect = () => {
  // `next build` prerenders with REDIS_URL possibly set: it must not fill or need the servers' cache.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [createLruHandler()] }
  const url = process.env.REDIS_URL
  const client = createClient({ url, pingInterval: 10_000, socket: { connectTimeout: 2_000, reconnectStrategy: () => RETRY_MS } })
  // Keys per build: pages rendered by another build point at its own scripts and styles, so a
  // deploy starts from an empty cache (old keys expire with their lifetimes).
  const build = readFileSync('.next/BUILD_ID', 'utf8').trim()

  const keyPrefix = `${process.env.REDIS_KEY_PREFIX || 'reperes:'}${build}:`
  const redis = createRedisHandler({ client, keyPrefix, timeoutMs: TIMEOUT_MS })
  // Nothing is read from Redis before the first successful check.
  let usable = false
  // Redis may hold pages older than a publish: set when an expiry could not reach it.
  let stale = false
  let recovering = false
  let flushing = false
  let reported = false
  let lastRefusal = 0
  // Since when commands time out with none answered in time (0: the last one was).
  let unansweredSince = 0
  let local = createLruHandler()
  const begin = (reason) => {
    if (usable) {
      usable = false
      local = createLruHandler()
    }
    if (reported) return
    reported = true
    console.error(`Redis (shared page cache) unusable at ${url}: ${String(reason).replace(/\.+$/, '')}. This server caches pages for itself until Redis answers again.`)
  }
  client.on('error', (error) => begin(error.message))

  /** This build's keys, all of them: what a missed expiry may have left stale. */
  const flush = async () => {
    let deleted = 0
    for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1000 })) if (keys.length) deleted += await client.unlink(keys)
    return deleted
  }

  /** Once Redis answers: empties it if it may be stale, then lets reads go to it again. */
  const recover = async () => {
    if (usable || recovering || !client.isReady) return
    recovering = true
    try {
      await inTime(client.ping())
      let deleted = 0
      // Again if a publish came meanwhile (it sets `stale`). No await between the last check
      // and the switch, so none is missed.
      while (stale) {
        stale = false
        flushing = true
        deleted += await inTime(flush(), FLUSH_TIMEOUT_MS)
        flushing = false
      }
      usable = true
      reported = false
      local = createLruHandler()
      console.info(`Redis (shared page cache) in use at ${url}${deleted ? ` (${deleted} keys from before the outage deleted)` : ''}.`)
    } catch {
      // A ping unanswered says nothing of missed expiries; an emptying cut short leaves keys to delete.
      if (flushing) stale = true
      flushing = false
    } finally {
      recovering = false
    }
  }
  setInterval(recover, RETRY_MS).unref()
  // The first pages a server renders (the warm-up after a deploy) must reach Redis, not this
  // server's memory: until the first check is done, reads and writes wait for it (a second at most).
  let firstCheck = client
    .connect()
    .then(recover, (error) => begin(error.message))
    .finally(() => (firstCheck = null))

  /**
   * Redis unreachable or too slow: this server stops using it. A command it refuses (an error
   * reply: out of memory…) is only logged, except for an expiry, after which Redis is stale.
   */
  const onRedis = async (operation, ms = TIMEOUT_MS, isExpiry = false) => {
    if (!usable && firstCheck) await inTime(firstCheck).catch(() => {})
    if (!usable) throw new Error('Redis unusable: the local cache answers')
    try {
      const result = await inTime(operation(), ms)
      unansweredSince = 0
      return result
    } catch (error) {
      if (isExpiry) stale = true
      const timedOut = !(error instanceof ErrorReply) && client.isReady
      if (timedOut && !isExpiry) {
        // This request goes without Redis (the local cache answers); Redis stays in use.
        unansweredSince ||= Date.now()
        if (Date.now() - unansweredSince >= UNANSWERED_MS) begin(`${error.message}, and none answered in time for ${UNANSWERED_MS / 1000} s`)
      } else if (isExpiry || !(error instanceof ErrorReply)) begin(error.message)
      else if (Date.now() - lastRefusal > 60_000) {
        lastRefusal = Date.now()
        console.error(`Redis (shared page cache) refused a command: ${error.message}`)
      }
      throw error
    }
  }
  // Tried first: while Redis is unusable it throws, and the handler below answers instead.
  const redisWhileUsable = {
    name: 'redis',
    get: (key, context) => onRedis(() => redis.get(key, context)),
    set: (key, value, context) => onRedis(() => redis.set(key, value, context)),
    delete: (key) => onRedis(() => redis.delete(key)),
    revalidateTag: async (tag) => {
      if (!usable) stale = true
      await onRedis(() => redis.revalidateTag(tag), EXPIRY_TIMEOUT_MS, true)
    },
  }
  const localDuringOutage = {
    name: 'local-during-redis-outage',
    // Reached after the Redis handler threw, so after the first check.
    get: (key, context) => (usable ? null : local.get(key, context)),
    set: (key, value, context) => {
      if (usable) return undefined
      const expireAt = Math.floor(Date.now() / 1000) + LOCAL_LIFETIME_S
      const lifespan = value.lifespan ? { ...value.lifespan, expireAt: Math.min(value.lifespan.expireAt, expireAt) } : { expireAt }
      return local.set(key, { ...value, lifespan }, context)
    },
    delete: (key) => (usable ? undefined : local.delete?.(key)),
    revalidateTag: (tag) => (usable ? undefined : local.revalidateTag(tag)),
  }
  return { handlers: [redisWhileUsable, localDuringOutage] }
}

CacheHandler.onCreation(() => (shared.reperesCacheHandler ??= connect()))

const CACHE_CONTROL = 'reperesCacheControl'

/**
 * Keeps a page's lifetime with the page. Next remembers the lifetime of the pages a server
 * rendered itself; for a page another server rendered it reads it from the entry, and without it
 * takes "revalidate after 1 s": every server then served the others' pages as STALE and rendered
 * them again in the background, the warmed pages of a deploy and the career sheets alike.
 * The handler in use (3.3) does not store it. Nor does it file a cached route handler (the
 * sitemap) under the tags Next gives it in its headers, as it does a page: a publish on one
 * server then never expired the sitemap the others held.
 */
export default class SharedCacheHandler extends CacheHandler {
  async set(key, value, context) {
    const cacheControl = context?.cacheControl
    const routeTags = value?.kind === 'APP_ROUTE' ? String(value.headers?.['x-next-cache-tags'] ?? '').split(',').filter(Boolean) : []
    return super.set(
      key,
      value && cacheControl ? { ...value, [CACHE_CONTROL]: cacheControl } : value,
      routeTags.length ? { ...context, tags: [...new Set([...(context?.tags ?? []), ...routeTags])] } : context,
    )
  }

  async get(key, context) {
    const entry = await super.get(key, context)
    const cacheControl = entry?.value?.[CACHE_CONTROL]
    return cacheControl ? { ...entry, cacheControl } : entry
  }
}
