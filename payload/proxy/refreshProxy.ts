export const REFRESH_HEADER = 'x-reperes-refresh'

/**
 * Asks the reverse-proxy cache (deploy/nginx.conf) to fetch these addresses again and keep the
 * fresh copies, so a publish shows through the proxy at once rather than when its copies expire.
 * nginx has no purge in its free version; a request carrying the shared secret bypasses the
 * cache and its answer replaces the cached one. Call it after the response is sent, hence
 * after the publish's transaction committed: earlier, the app would render the old content
 * again. Does nothing unless PROXY_REFRESH_URL and PROXY_REFRESH_SECRET are both set.
 */
export const refreshProxy = async (paths: string[]): Promise<void> => {
  const base = process.env.PROXY_REFRESH_URL?.replace(/\/$/, '')
  const secret = process.env.PROXY_REFRESH_SECRET
  if (!base || !secret || paths.length === 0) return
  // One at a time: each is a render, and the server is also serving visitors.
  for (const path of paths) {
    try {
      const response = await fetch(base + path, { headers: { [REFRESH_HEADER]: secret }, cache: 'no-store', signal: AbortSignal.timeout(5_000) })
      await response.arrayBuffer()
    } catch (error) {
      console.warn(`Proxy refresh of ${path} failed (its cached copy expires within a second anyway):`, error)
    }
  }
}
