// Next's data and page cache shared by every app server through Redis, so that a publish on
// one server (revalidateTag) is seen by all: used by next.config.mjs only when REDIS_URL is
// set. One connection per process, kept on globalThis (Next creates several handler instances).
// Without Redis at start-up the server still runs, on a per-process memory cache, and says so.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'
import { readFileSync } from 'node:fs'

import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

const shared = globalThis

const connect = async () => {
  // `next build` prerenders with REDIS_URL possibly set: it must not fill or need the servers' cache.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [createLruHandler()] }
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 })
  client.on('error', (error) => console.error('Redis (shared page cache):', error.message))
  try {
    await client.connect()
  } catch (error) {
    console.error(`Redis unreachable at ${process.env.REDIS_URL} (${error.message}): this server caches pages for itself only, and will not see other servers' publications until restarted.`)
    return { handlers: [createLruHandler()] }
  }
  // Keys per build: pages rendered by another build point at its own scripts and styles, so a
  // deploy starts from an empty cache (old keys expire with their lifetimes).
  const build = readFileSync('.next/BUILD_ID', 'utf8').trim()
  return { handlers: [createRedisHandler({ client, keyPrefix: `${process.env.REDIS_KEY_PREFIX || 'reperes:'}${build}:` })] }
}

CacheHandler.onCreation(() => (shared.reperesCacheHandler ??= connect()))

export default CacheHandler
