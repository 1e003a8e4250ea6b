// Publish → visible: how long after an editor presses "Publier" a visitor's page and the RSS
// feed show the change. Runs against a started server (npm start):
//   BASE_URL=http://localhost:3000 ADMIN_EMAIL=… ADMIN_PASSWORD=… npx tsx bench/publishLatency.ts
// Each run edits a published post's title, then polls the post page and /rss.xml (every 5 ms,
// as a visitor, no cookie) until both show it.
import '../scripts/loadEnv'


export type LatencyReport = { runs: number; medianMs: number; worstMs: number; saveMedianMs: number; samplesMs: number[] }

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export const summarise = (samples: number[], saves: number[]): LatencyReport => ({
  runs: samples.length,
  medianMs: Math.round(median(samples)),
  worstMs: Math.round(Math.max(...samples)),
  saveMedianMs: Math.round(median(saves)),
  samplesMs: samples.map(Math.round),
})

const showsTitle = async (url: string, title: string) => (await (await fetch(url, { cache: 'no-store' })).text()).includes(title)

export async function measurePublishLatency({
  baseUrl,
  token,
  runs = 20,
  timeoutMs = 10_000,
}: {
  baseUrl: string
  token: string
  runs?: number
  timeoutMs?: number
}): Promise<LatencyReport> {
  const headers = { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const created = await fetch(`${baseUrl}/api/news`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ title: `Mesure de latence ${Date.now()}`, excerpt: 'Mesure.', _status: 'published' }),
  })
  if (created.status !== 201) throw new Error(`creating the post: HTTP ${created.status}`)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
  const page = `${baseUrl}/actualites/${doc.slug}`
  // Warm both, so each run measures an expiry of cached pages, as in production.
  await fetch(page)
  await fetch(`${baseUrl}/rss.xml`)

  const samples: number[] = []
  const saves: number[] = []
  try {
    for (let run = 1; run <= runs; run += 1) {
      const title = `Mesure de latence, édition ${run} ${Date.now()}`
      const started = performance.now()
      const saved = await fetch(`${baseUrl}/api/news/${doc.id}`, { method: 'PATCH', headers, body: JSON.stringify({ title }) })
      if (saved.status !== 200) throw new Error(`publishing run ${run}: HTTP ${saved.status}`)
      saves.push(performance.now() - started)
      while (!(await showsTitle(page, title)) || !(await showsTitle(`${baseUrl}/rss.xml`, title))) {
        if (performance.now() - started > timeoutMs) throw new Error(`run ${run}: not visible after ${timeoutMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      samples.push(performance.now() - started)
    }
  } finally {
    await fetch(`${baseUrl}/api/news/${doc.id}`, { method: 'DELETE', headers })
  }
  return summarise(samples, saves)
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
    `publish → visible on the page and in /rss.xml, ${report.runs} publishes: median ${report.medianMs} ms, worst ${report.worstMs} ms ` +
      `(of which the save itself: median ${report.saveMedianMs} ms)\nsamples (ms): ${report.samplesMs.join(', ')}`,
  )
}
