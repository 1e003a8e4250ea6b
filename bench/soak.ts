// `npm run bench:soak`: the memory of `npm start`'s processes (the start script and the Next
// server; PostgreSQL apart) through SOAK_MINUTES (default 60) of mixed traffic on the bench
// corpus: 10 visitors' connections over every kind of page (first renders of career sheets,
// cached lists and pages, feeds, the sitemap, searches, suggestions) while an editor edits or
// publishes every 5 s. Samples the memory every minute; prints them with the peak and writes
// bench/soak.json. Needs a build, like `npm run bench`. Not a test: nothing here asserts.
import { writeFileSync } from 'node:fs'

import { freePort } from '@/scripts/freePort'
import { waitFor } from '@/scripts/waitFor'
import { random } from './corpus'
import { admin, prepareBenchDatabase, requireBuild, startChild, startLoad, startScript } from './portal'
import { treePssMb, treeRssMb } from './processUsage'

const MINUTES = Number(process.env.SOAK_MINUTES || 60)
const EDIT_EVERY_MS = 5_000

requireBuild()
const { env, careerSlugs, sectorPath, seed, cleanup } = await prepareBenchDatabase('soak')
try {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = startChild(process.execPath, [startScript], { ...env, PORT: String(port), SITE_URL: base })
  await waitFor(`${base}/actualites`)
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
  const { token } = (await login.json()) as { token: string }
  const headers = { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const posts = ((await (await fetch(`${base}/api/news?limit=500&depth=0&select[slug]=true`, { headers })).json()) as { docs: { id: number; slug: string }[] }).docs

  const pick = random(seed)
  const one = <T>(list: T[]) => list[Math.floor(pick() * list.length)]!
  const words = ['technicien', 'santé', 'ingénieur', 'logistique', 'laboratoire', 'commercial', 'énergie', 'bac pro', 'apprentissage', 'data']
  const kinds: (() => string)[] = [
    () => '/',
    () => '/actualites',
    () => `/actualites/page/${1 + Math.floor(pick() * 2000)}`,
    () => '/metiers',
    () => `/metiers/page/${1 + Math.floor(pick() * 84)}`,
    () => `/metiers/${one(careerSlugs)}`,
    () => `/actualites/${one(posts).slug}`,
    () => sectorPath,
    () => '/rss.xml',
    () => '/sitemap.xml',
    () => `/recherche?q=${encodeURIComponent(one(words))}`,
    () => `/recherche/suggestions?q=${encodeURIComponent(one(words).slice(0, 4))}`,
    () => `/metiers?niveau=${one(['cap', 'bac', 'bac2', 'bac3', 'bac5'])}`,
  ]
  const visitors = startLoad(base, 10, { duration: MINUTES * 60 + 5, nextPath: () => one(kinds)() })

  const created: number[] = []
  let edits = 0
  const editor = setInterval(async () => {
    edits += 1
    try {
      if (edits % 3 === 0) {
        const response = await fetch(`${base}/api/news`, { method: 'POST', headers, body: JSON.stringify({ title: `Brève d’endurance ${edits}`, excerpt: 'Soak.', _status: 'published' }) })
        created.push(((await response.json()) as { doc: { id: number } }).doc.id)
      } else {
        await fetch(`${base}/api/news/${one(posts).id}`, { method: 'PATCH', headers, body: JSON.stringify({ title: `Brève relue ${edits}` }) })
      }
    } catch (error) {
      console.error(`edit ${edits}: ${(error as Error).message}`)
    }
  }, EDIT_EVERY_MS)

  const samples: { minute: number; rssMb: number; pssMb: number }[] = []
  for (let minute = 1; minute <= MINUTES; minute++) {
    await new Promise((resolve) => setTimeout(resolve, 60_000))
    samples.push({ minute, rssMb: treeRssMb(server.pid!), pssMb: treePssMb(server.pid!) })
    console.log(`minute ${minute}: RSS ${samples.at(-1)!.rssMb} MiB, PSS ${samples.at(-1)!.pssMb} MiB, ${edits} edits`)
  }
  clearInterval(editor)
  visitors.stop()
  const traffic = await visitors.done
  const peak = Math.max(...samples.map((sample) => sample.rssMb))
  const peakPss = Math.max(...samples.map((sample) => sample.pssMb))
  const result = {
    date: new Date().toISOString(),
    minutes: MINUTES,
    requests: traffic.requests.total,
    non2xx: traffic.non2xx,
    errors: traffic.errors + traffic.timeouts,
    edits,
    samples,
    peakRssMb: peak,
    finalRssMb: samples.at(-1)?.rssMb,
    peakPssMb: peakPss,
    finalPssMb: samples.at(-1)?.pssMb,
  }
  writeFileSync('bench/soak.json', `${JSON.stringify(result, null, 2)}\n`)
  console.log(
    `\n${MINUTES} min, ${result.requests} requests (${result.non2xx} not 2xx: 404s of list pages past the end and redirects included; ${result.errors} errors), ${edits} edits. ` +
      `Memory of the portal's processes: RSS summed peak ${peak} MiB, last ${result.finalRssMb} MiB; PSS summed peak ${peakPss} MiB, last ${result.finalPssMb} MiB. Written to bench/soak.json`,
  )
} finally {
  await cleanup()
}
process.exit(0)
