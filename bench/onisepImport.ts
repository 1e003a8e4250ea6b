// `npm run bench:onisep` (also run by `npm run bench`): the ONISEP import of a generated
// 1 000-record file through the command line (the run an admin's upload makes too, progress and
// report written on its import document), on a database of its own, then the same file
// again (nothing to change), beside the machine's floor measured in the same run: 1 000
// one-row transactions on the same PostgreSQL (one per record, as the import makes).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { databaseUrl, dropDatabase, ensureDatabase } from '@/scripts/databases'

const RECORDS = 1_000
const DOMAINS = ['agriculture, animaux', 'arts, culture, artisanat', 'santé, social, sport', 'informatique, internet', 'industrie', 'tourisme, hôtellerie, restauration', 'construction, architecture, travaux publics', 'droit, économie, gestion']
const WORDS = ['technicien / technicienne', 'conseiller / conseillère', 'chargé / chargée', 'opérateur / opératrice', 'ingénieur / ingénieure', 'responsable']
const TOPICS = ['maintenance', 'qualité', 'production', 'études', 'ventes', 'logistique', 'sécurité', 'communication', 'données', 'patrimoine']

/** A file in the export's shape: titles, ROME codes, one to three domains, as ONISEP's vary. */
export const generatedOnisepFile = (count = RECORDS) =>
  Array.from({ length: count }, (_, n) => ({
    libelle_metier: `${WORDS[n % WORDS.length]} ${TOPICS[n % TOPICS.length]} n° ${n + 1}`,
    lien_site_onisepfr: `http://www.onisep.fr/http/redirection/metier/slug/MET.${10_000 + n}`,
    code_rome: n % 7 === 0 ? '' : `${'ABCDEFGHIJKLMN'[n % 14]}${String(1000 + (n % 900)).padStart(4, '0')}`,
    libelle_rome: '',
    lien_rome: '',
    gfe: 'GFE X : divers',
    'domainesous-domaine': DOMAINS.slice(n % DOMAINS.length, (n % DOMAINS.length) + 1 + (n % 3))
      .map((domain, index) => `${domain}/sous-domaine ${index + 1}`)
      .join(' | '),
    nom_publication: 'Les métiers',
    collection: 'Parcours',
    annee: '2025',
  }))

const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const database = `reperes_onisep_bench_${Date.now().toString(36)}`
const work = mkdtempSync(path.join(tmpdir(), 'reperes-onisep-bench-'))
const file = path.join(work, 'ideo-metiers-1000.json')
writeFileSync(file, JSON.stringify(generatedOnisepFile()))

const env = { ...process.env, DATABASE_URL: databaseUrl(serverUrl, database), PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || `bench-only-${Date.now()}` }
const importOnce = () => {
  const started = Date.now()
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/importOnisep.ts', file, '--wait', '0'], { env, encoding: 'utf8' })
  const seconds = (Date.now() - started) / 1000
  const said = run.stdout.match(/Import Onisep terminé en ([\d.]+) s/)
  if (run.status !== 0 || !said) throw new Error(`Import failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`)
  return { processSeconds: seconds, importSeconds: Number(said[1]), counts: run.stdout.split('\n').find((line) => line.startsWith('Fiches créées'))! }
}

await ensureDatabase(serverUrl, database)
try {
  // Migrations first, on an empty import, so the timed runs time the import alone.
  const migrate = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], { env, stdio: 'inherit' })
  if (migrate.status !== 0) throw new Error('Migrations failed')
  const first = importOnce()
  const again = importOnce()

  const client = new pg.Client({ connectionString: env.DATABASE_URL })
  await client.connect()
  await client.query('create temporary table floor (id serial primary key, title text, data jsonb)')
  const started = Date.now()
  for (let n = 0; n < RECORDS; n++) {
    await client.query('begin')
    await client.query('insert into floor (title, data) values ($1, $2)', [`métier ${n}`, { n }])
    await client.query('commit')
  }
  const floorMs = Date.now() - started
  await client.end()

  console.log(`ONISEP import of ${RECORDS} records (command line, import time as it reports it; the process adds start-up and migrations check):`)
  console.log(`  first import:   ${first.importSeconds.toFixed(1)} s (process ${first.processSeconds.toFixed(1)} s) — ${first.counts}`)
  console.log(`  same file again: ${again.importSeconds.toFixed(1)} s (process ${again.processSeconds.toFixed(1)} s) — ${again.counts}`)
  console.log(`  floor, ${RECORDS} one-row transactions on the same server: ${floorMs} ms`)
  writeFileSync('bench/onisep.json', `${JSON.stringify({ date: new Date().toISOString(), records: RECORDS, first, again, floorMs }, null, 2)}\n`)
} finally {
  await dropDatabase(serverUrl, database)
}
