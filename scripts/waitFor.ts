/** Resolves once `url` answers 2xx, polling; throws after `timeoutMs`. */
export const waitFor = async (url: string, timeoutMs = 120_000): Promise<void> => {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}
