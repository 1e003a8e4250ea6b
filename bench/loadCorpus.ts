// Fills DATABASE_URL (already migrated and seeded) with the benchmark corpus:
//   DATABASE_URL=… CORPUS_SEED=42 npx tsx bench/loadCorpus.ts
import '../scripts/loadEnv'
import pg from 'pg'

import { generateCorpus, loadCorpus } from './corpus'

const seed = Number(process.env.CORPUS_SEED || 42)
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL })
const started = performance.now()
const written = await loadCorpus(pool, generateCorpus(seed))
console.log(`Corpus (seed ${seed}): ${written.careers} careers and ${written.news} news posts in ${Math.round(performance.now() - started)} ms`)
await pool.end()
