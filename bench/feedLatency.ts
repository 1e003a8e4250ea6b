// How long the 50-item news feed takes to regenerate once a publish expired it (database
// queries, rich text to HTML, XML), on the database in DATABASE_URL, through the function the
// feed routes cache. Prints a line, then the figures as JSON on the last line (bench/run.ts reads it):
//   DATABASE_URL=… PAYLOAD_SECRET=… npx tsx bench/feedLatency.ts
import '../scripts/loadEnv'
import config from '@payload-config'
import { getPayload } from 'payload'

import { FEED_SIZE, generateFeed } from '@/payload/feeds/renderFeed'
import { percentile } from './report'

if (import.meta.url === `file://${process.argv[1]}`) {
  await getPayload({ config })
  const samples: number[] = []
  for (let run = 0; run < 25; run += 1) {
    const started = performance.now()
    await generateFeed({ kind: 'news' }, 'rss')
    if (run >= 5) samples.push(performance.now() - started) // the first five warm up
  }
  const figures = { items: FEED_SIZE, runs: samples.length, p50Ms: Math.round(percentile(samples, 50) * 10) / 10, worstMs: Math.round(Math.max(...samples) * 10) / 10 }
  console.log(`/rss.xml regeneration (${FEED_SIZE} items), ${samples.length} runs: p50 ${figures.p50Ms} ms, worst ${figures.worstMs} ms`)
  console.log(JSON.stringify(figures))
  process.exit(0)
}
