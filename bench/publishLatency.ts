// Publish → visible: how long after an editor presses "Publier" a visitor's page and the RSS
// feed show the change. Runs against a started server (npm start):
//   BASE_URL=http://localhost:3000 ADMIN_EMAIL=… ADMIN_PASSWORD=… npx tsx bench/publishLatency.ts
// Each run edits a published post's title, then polls every page that lists it (the post page,
// home, /actualites, its sector's page) and /rss.xml, every 5 ms, as a visitor (no cookie),
// until all show it.
import '../scripts/loadEnv'


export type LatencyReport = {
  runs: number
  medianMs: number
  worstMs: number
  saveMedianMs: number
  samplesMs: number[]
  /** Per address polled: when it showed the edit, median and worst (ms from the save's start). */
  byPath?: Record<string, { medianMs: number; worstMs: number }>
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export const summarise = (samples: number[], saves: number[], byPath: Record<string, number[]> = {}): LatencyReport => ({
  runs: samples.length,
  medianMs: Math.round(median(samples)),
  worstMs: Math.round(Math.max(...samples)),
  saveMedianMs: Math.round(median(saves)),
  samplesMs: samples.map(Math.round),
  byPath: Object.fromEntries(
    Object.entries(byPath).map(([path, times]) => [path, { medianMs: Math.round(median(times)), worstMs: Math.round(Math.max(...times)) }]),
  ),
})

const showsTitle = async (url: string, title: string) => (await (await fetch(url, { cache: 'no-store' })).text()).includes(title)

export async function measurePublishLatency({
  baseUrl,
  readUrl = baseUrl,
  token,
  runs = 20,
  timeoutMs = 10_000,
}: {
  baseUrl: string
  /** Where visitors read: another server sharing the cache, to measure a publish reaching it. */
  readUrl?: string
  token: string
  runs?: number
  timeoutMs?: number
}): Promise<LatencyReport> {
  const headers = { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const sectors = (await (await fetch(`${baseUrl}/api/sectors?limit=1&sort=title&depth=0`, { headers })).json()) as { docs: { id: number; slug: string }[] }
  const sector = sectors.docs[0]
  const created = await fetch(`${baseUrl}/api/news`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ title: `Mesure de latence ${Date.now()}`, excerpt: 'Mesure.', sectors: sector ? [sector.id] : [], _status: 'published' }),
  })
  if (created.status !== 201) throw new Error(`creating the post: HTTP ${created.status}`)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
  const paths = [`/actualites/${doc.slug}`, '/', '/actualites', ...(sector ? [`/secteurs/${sector.slug}`] : []), '/rss.xml']
  // Warm them all, so each run measures an expiry of cached pages, as in production.
  for (const path of paths) await fetch(`${readUrl}${path}`)

  const samples: number[] = []
  const saves: number[] = []
  const byPath: Record<string, number[]> = Object.fromEntries(paths.map((path) => [path, []]))
  try {
    for (let run = 1; run <= runs; run += 1) {
      const title = `Mesure de latence, édition ${run} ${Date.now()}`
      const started = performance.now()
      const saved = await fetch(`${baseUrl}/api/news/${doc.id}`, { method: 'PATCH', headers, body: JSON.stringify({ title }) })
      if (saved.status !== 200) throw new Error(`publishing run ${run}: HTTP ${saved.status}`)
      saves.push(performance.now() - started)
      const waiting = new Set(paths)
      while (waiting.size > 0) {
        for (const path of [...waiting])
          if (await showsTitle(`${readUrl}${path}`, title)) {
            byPath[path]!.push(performance.now() - started)
            waiting.delete(path)
          }
        if (waiting.size === 0) break
        if (performance.now() - started > timeoutMs) throw new Error(`run ${run}: ${[...waiting].join(', ')} not showing the edit after ${timeoutMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      samples.push(performance.now() - started)
    }
  } finally {
    await fetch(`${baseUrl}/api/news/${doc.id}`, { method: 'DELETE', headers })
  }
  return summarise(samples, saves, byPath)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const baseUrl = (process.env.BASE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
  })
  if (login.status !== 200) throw new Error(`login: HTTP ${login.status} (set ADMIN_EMAIL and ADMIN_PASSWORD)`)
  const { token } = (await login.json()) as { token: string }
  const report = await measurePublishLatency({ baseUrl, token, runs: Number(process.env.RUNS || 20) })
  console.log(
    `publish → visible on the post page, home, /actualites, its sector's page and in /rss.xml, ${report.runs} publishes: median ${report.medianMs} ms, worst ${report.worstMs} ms ` +
      `(of which the save itself: median ${report.saveMedianMs} ms)\nsamples (ms): ${report.samplesMs.join(', ')}`,
  )
}
