import { createClient } from '@redis/client'

/**
 * Deletes every key of the shared page cache (REDIS_URL, under REDIS_KEY_PREFIX, every build),
 * after a restore: pages rendered from the content it replaced would otherwise be served until
 * their next publish. Without REDIS_URL there is nothing shared (each server's own cache is
 * cleared when it starts). An unreachable Redis is reported, not fatal: the restore is done.
 */
export const flushSharedCache = async (): Promise<void> => {
  const url = process.env.REDIS_URL
  if (!url) return
  const prefix = process.env.REDIS_KEY_PREFIX || 'reperes:'
  const client = createClient({ url, socket: { connectTimeout: 5_000, reconnectStrategy: false } })
  client.on('error', () => {})
  try {
    await client.connect()
    let deleted = 0
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) {
      if (keys.length) deleted += await client.unlink(keys)
    }
    console.log(`Shared page cache emptied: ${deleted} keys under ${prefix} in ${url}`)
  } catch (error) {
    console.error(
      `The shared page cache at ${url} could not be emptied (${(error as Error).message}): servers may show pages from before the restore. ` +
        `Delete the keys under ${prefix} (redis-cli --scan --pattern '${prefix}*' | xargs redis-cli unlink) before starting them.`,
    )
  } finally {
    if (client.isOpen) client.destroy()
  }
}
