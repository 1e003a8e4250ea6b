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
  let timer: NodeJS.Timeout | undefined
  try {
    const empty = async () => {
      await client.connect()
      let deleted = 0
      for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) if (keys.length) deleted += await client.unlink(keys)
      return deleted
    }
    // A Redis that hangs answers nothing: said, rather than waited for.
    const deleted = await Promise.race([empty(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer within 30 s')), 30_000)))])
    console.log(`Shared page cache emptied: ${deleted} keys under ${prefix} in ${url}`)
  } catch (error) {
    console.error(
      `WARNING: the shared page cache at ${url} could not be emptied (${(error as Error).message}): servers would show pages from before the restore. ` +
        `Delete the keys under ${prefix} before starting them: redis-cli -u '${url}' --scan --pattern '${prefix}*' | xargs -r redis-cli -u '${url}' unlink`,
    )
  } finally {
    clearTimeout(timer)
    if (client.isOpen) client.destroy()
  }
}
