// Search and suggestion latency on the database in DATABASE_URL (fill it with
// bench/loadCorpus.ts first), through the functions the pages call:
//   DATABASE_URL=… PAYLOAD_SECRET=… npx tsx bench/searchLatency.ts
import '../scripts/loadEnv'
import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { getPayload } from 'payload'

import { searchContent, suggestTitles } from '@/payload/search/searchContent'
import { percentile } from './report'

const QUERIES = [
  'technicien de maintenance', 'ingénieur', 'ecole ingenieur', 'métiers de la santé', 'DIRECTEURS techniques', 'alternance',
  'cybersécurité', 'logistique agricole', 'chargé de projet', 'formation en alternance', 'laboratoire', 'responsable qualité',
  'ingenieure', 'directer technique', 'analyste data', 'salon orientation',
]
const PREFIXES = ['te', 'tec', 'tech', 'ing', 'inge', 'resp', 'cha', 'logi', 'cyber', 'dir', 'ana', 'anim']

const time = async (label: string, rounds: number, inputs: string[], run: (input: string) => Promise<unknown>) => {
  for (const input of inputs) await run(input) // warm-up
  const samples: number[] = []
  for (let round = 0; round < rounds; round += 1)
    for (const input of inputs) {
      const started = performance.now()
      await run(input)
      samples.push(performance.now() - started)
    }
  console.log(`${label}: ${samples.length} calls, p50 ${percentile(samples, 50).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const payload = await getPayload({ config })
  const { rows } = (await payload.db.drizzle.execute(sql`select (select count(*) from careers) as careers, (select count(*) from news) as news`)) as {
    rows: { careers: string; news: string }[]
  }
  console.log(`Corpus: ${rows[0]!.careers} careers, ${rows[0]!.news} news posts`)
  await time('search (page 1, full query)', 10, QUERIES, (q) => searchContent(q))
  await time('search page 3', 5, QUERIES.slice(0, 6), (q) => searchContent(q, {}, 3))
  await time('search with filters (level ≤ bac+2, salary ≥ 2 000 €)', 10, QUERIES, (q) =>
    searchContent(q, { levels: ['cap', 'bac', 'bac2'], salaryMin: 2000 }),
  )
  await time('suggestions', 20, PREFIXES, (q) => suggestTitles(q))
  for (const [label, query] of [
    ['full-text', sql`explain (analyze, costs off) select id from news where _status = 'published' and search @@ websearch_to_tsquery('public.french_unaccent', 'formation alternance')`],
    ['full-text, a selective word', sql`explain (analyze, costs off) select id from news where _status = 'published' and search @@ websearch_to_tsquery('public.french_unaccent', 'cybersécurité ferroviaire')`],
    ['suggestion', sql`explain (analyze, costs off) select id from careers where _status = 'published' and search @@ to_tsquery('public.french_unaccent', 'tech:*A')`],
    ['typo', sql`explain (analyze, costs off) select id from news where public.reperes_fold(title) %> public.reperes_fold('directer technique')`],
  ] as const) {
    const plan = (await payload.db.drizzle.execute(query)) as { rows: { 'QUERY PLAN': string }[] }
    console.log(`\nPlan (${label}):\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`)
  }
  process.exit(0)
}
