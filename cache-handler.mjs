// Next's data and page cache shared by every app server through Redis, so that a publish on
// one server (revalidateTag) is seen by all: used by next.config.mjs only when REDIS_URL is
// set. One connection per process, kept on globalThis (Next creates several handler instances).
//
// Redis may be down at start, go away, or hang. The choice: keep serving, never exit. While
// Redis is unusable each server caches in its own memory (emptied when the outage starts, so it
// holds nothing rendered before it), and remembers the tags it expired; once Redis answers
// again, those expiries are applied to Redis before this server reads from it again. So every
// server sees every publish made during the outage within RETRY_MS of Redis coming back.
// Exiting instead would turn a cache outage into a site outage (every server restarting in a
// loop while Redis is down), for a cache that only spares renders.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'
import { readFileSync } from 'node:fs'

import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

/** Longest wait for Redis on one operation: on a LAN it answers in well under a millisecond. */
const TIMEOUT_MS = 1_000
/** How often an unusable Redis is tried again (the outage's expiries applied, then reads resume). */
const RETRY_MS = 1_000

const shared = globalThis

const first = (set) => set.values().next().value

/** `promise`, or a rejection after TIMEOUT_MS: a hung Redis must not hold a visitor's request. */
const inTime = (promise) => {
  let timer
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`Redis gave no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS))),
  ]).finally(() => clearTimeout(timer))
}

const connect = () => {
  // `next build` prerenders with REDIS_URL possibly set: it must not fill or need the servers' cache.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [createLruHandler()] }
  const url = process.env.REDIS_URL
  const client = createClient({ url, pingInterval: 10_000, socket: { connectTimeout: 2_000, reconnectStrategy: () => RETRY_MS } })
  // Keys per build: pages rendered by another build point at its own scripts and styles, so a
  // deploy starts from an empty cache (old keys expire with their lifetimes).
  const build = readFileSync('.next/BUILD_ID', 'utf8').trim()
  const redis = createRedisHandler({ client, keyPrefix: `${process.env.REDIS_KEY_PREFIX || 'reperes:'}${build}:`, timeoutMs: TIMEOUT_MS })

  // Starts as an outage: nothing is read from Redis before the first successful check.
  let outage = true
  let reported = false
  let local = createLruHandler()
  const missedTags = new Set()
  const begin = (reason) => {
    if (!outage) {
      outage = true
      local = createLruHandler()
    }
    if (reported) return
    reported = true
    console.error(`Redis (shared page cache) unusable at ${url}: ${reason}. This server caches pages for itself until Redis answers again.`)
  }
  client.on('error', (error) => begin(error.message))

  /** Applies the expiries missed during the outage, then lets reads go to Redis again. */
  const recover = async () => {
    if (!outage || !client.isReady) return
    try {
      await inTime(client.ping())
      // Until none is left: a publish during this loop adds one. No await between the last
      // check and the switch, so none is missed.
      for (let tag = first(missedTags); tag !== undefined; tag = first(missedTags)) {
        await inTime(redis.revalidateTag(tag))
        missedTags.delete(tag)
      }
      outage = false
      reported = false
      local = createLruHandler()
      console.info(`Redis (shared page cache) in use at ${url}.`)
    } catch {
      // Still unusable: tried again on the next turn.
    }
  }
  setInterval(recover, RETRY_MS).unref()
  client.connect().then(recover, (error) => begin(error.message))

  const unusable = () => new Error('Redis unusable: the local cache answers')
  const onRedis = async (operation) => {
    if (outage) throw unusable()
    try {
      return await inTime(operation())
    } catch (error) {
      begin(error.message)
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
      if (outage) missedTags.add(tag)
      await onRedis(() => redis.revalidateTag(tag)).catch((error) => {
        missedTags.add(tag)
        throw error
      })
    },
  }
  const localDuringOutage = {
    name: 'local-during-redis-outage',
    get: (key, context) => (outage ? local.get(key, context) : null),
    set: (key, value, context) => (outage ? local.set(key, value, context) : undefined),
    delete: (key) => local.delete?.(key),
    revalidateTag: (tag) => local.revalidateTag(tag),
  }
  return { handlers: [redisWhileUsable, localDuringOutage] }
}

CacheHandler.onCreation(() => (shared.reperesCacheHandler ??= connect()))

export default CacheHandler
