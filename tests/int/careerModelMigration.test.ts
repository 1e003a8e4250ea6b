import { spawn } from 'node:child_process'
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { createGunzip } from 'node:zlib'

import type { MigrateDownArgs } from '@payloadcms/db-postgres'
import { getPayload, type Payload } from 'payload'
import pg, { type Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { down } from '@/payload/migrations/20261201_135158_career_model'
import { databaseUrl, dropDatabase, ensureDatabase } from '@/scripts/databases'
import { migrate } from '@/scripts/payloadSession'
import { pgConnection, pgTool } from '@/scripts/pgTools'

// The career model migration (20261201_135158) on a copy of the demo database as it stood the
// day before (seeded by the previous model, dumped with pg_dump; accounts' password hashes
// removed): every old pay figure and training path must be found again in the new model, in
// the documents and in every version, and the way back must bring them home.

const DUMP = path.resolve('tests/fixtures/demo-database-2026-12-01.sql.gz')
const server = process.env.DATABASE_URL!
const name = `${new URL(server).pathname.slice(1)}_career_model`
const copy = databaseUrl(server, name)

type Figures = { id: number; min: string | null; average: string | null; max: string | null; year: string | null; source: string | null }
type Path = { parent: number; order: number; title: string; details: string | null }

const run = (command: string, args: string[], env: NodeJS.ProcessEnv, input: NodeJS.ReadableStream) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['pipe', 'ignore', 'pipe'] })
    let errors = ''
    child.stderr!.on('data', (chunk) => (errors += chunk))
    input.pipe(child.stdin!)
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}:\n${errors.slice(-2000)}`))))
  })

// The app's own Payload on the copy, migrated the way `npm start` migrates (scripts/payloadSession).
let payload: Payload
let db: pg.Client
const query = async <T extends pg.QueryResultRow>(text: string) => (await db.query<T>(text)).rows

const before = {} as { careers: Figures[]; versions: Figures[]; paths: Path[]; versionPaths: Path[] }

beforeAll(async () => {
  await dropDatabase(server, name)
  await ensureDatabase(server, name)
  const psql = await pgTool('psql', server)
  const { target, env } = pgConnection(copy)
  await run(psql, ['--quiet', '--no-psqlrc', '--set', 'ON_ERROR_STOP=1', '--single-transaction', '--dbname', target], env, createReadStream(DUMP).pipe(createGunzip()))
  db = new pg.Client({ connectionString: copy })
  await db.connect()
  // A career written before the model asked for sources: a figure, no source, a training path.
  await db.query(`insert into careers (title, slug, summary, salary_min, _status) values ('Souffleur de verre', 'souffleur-de-verre', 'Façonne le verre.', 1500, 'published')`)
  await db.query(`insert into careers_training_paths (_order, _parent_id, id, title, description)
    select 1, id, 'cap-verrier', 'CAP arts et techniques du verre', 'Deux ans, en lycée professionnel.' from careers where slug = 'souffleur-de-verre'`)
  before.careers = await query<Figures>(`select id, salary_min as min, salary_average as average, salary_max as max, salary_year as year, salary_source as source from careers order by id`)
  before.versions = await query<Figures>(`select id, version_salary_min as min, version_salary_average as average, version_salary_max as max, version_salary_year as year, version_salary_source as source from _careers_v order by id`)
  before.paths = await query<Path>(`select _parent_id as parent, _order as order, title, description as details from careers_training_paths order by 1, 2`)
  before.versionPaths = await query<Path>(`select _parent_id as parent, _order as order, title, description as details from _careers_v_version_training_paths order by 1, 2`)
  vi.resetModules()
  process.env.DATABASE_URL = copy
  const { default: config } = await import('@/payload.config').finally(() => {
    process.env.DATABASE_URL = server
  })
  payload = await getPayload({ config, key: 'career-model-copy' })
  await migrate(payload)
  expect(await query(`select name from payload_migrations where name = '20261201_135158_career_model'`)).toHaveLength(1)
}, 180_000)

afterAll(async () => {
  await db?.end()
  if (payload) {
    await payload.destroy()
    // destroy() leaves the adapter's pool open (see access.test.ts): end its idle clients, the drop ends the rest.
    void (payload.db as unknown as { pool: Pool }).pool.end()
  }
  await dropDatabase(server, name)
})

describe('the career model migration, on a copy of the demo database', () => {
  it('starts from the demo’s figures and training paths', () => {
    expect(before.careers.length).toBeGreaterThanOrEqual(7)
    expect(before.careers.find((career) => career.min === '1900')).toMatchObject({ average: '2400', max: '4500' })
    expect(before.versions.length).toBeGreaterThan(before.careers.length - 1)
    expect(before.paths.length).toBeGreaterThan(10)
    expect(before.versionPaths.length).toBeGreaterThan(10)
  })

  it('moves every salary figure, its year and source into the whole profession’s range, documents and versions', async () => {
    const careers = await query<Figures>(`select id, pay_overall_min as min, pay_overall_average as average, pay_overall_max as max, pay_overall_year as year, pay_overall_source as source from careers order by id`)
    expect(careers).toEqual(before.careers)
    const versions = await query<Figures>(`select id, version_pay_overall_min as min, version_pay_overall_average as average, version_pay_overall_max as max, version_pay_overall_year as year, version_pay_overall_source as source from _careers_v order by id`)
    expect(versions).toEqual(before.versions)
    // Nothing is invented for the ranges the old model did not have.
    const invented = await query(`select id from careers where coalesce(pay_beginner_min, pay_beginner_max, pay_experienced_min, pay_experienced_max) is not null`)
    expect(invented).toEqual([])
  })

  it('moves every training path into one access route per career, its starting point left for an editor', async () => {
    const trainings = await query<Path & { starting_point: string | null }>(`
      select r._parent_id as parent, t._order as order, t.title, t.details, r.starting_point from careers_access_routes r
      join careers_access_routes_trainings t on t._parent_id = r.id order by 1, 2`)
    expect(trainings.map(({ starting_point: _, ...training }) => training)).toEqual(before.paths)
    expect(new Set(trainings.map((training) => training.starting_point))).toEqual(new Set([null]))
    const versionTrainings = await query<Path>(`
      select r._parent_id as parent, t._order as order, t.title, t.details from _careers_v_version_access_routes r
      join _careers_v_version_access_routes_trainings t on t._parent_id = r.id order by 1, 2`)
    expect(versionTrainings).toEqual(before.versionPaths)
  })

  it('leaves no old column or table, and searches the trainings and the feminine title', async () => {
    const old = await query(`select table_name, column_name from information_schema.columns
      where table_schema = 'public' and (column_name like '%salary%' or table_name like '%training_paths%')`)
    expect(old).toEqual([])
    const found = await query<{ slug: string }>(`select slug from careers where search @@ websearch_to_tsquery('public.french_unaccent', 'lycée professionnel verre')`)
    expect(found.map((row) => row.slug)).toEqual(['souffleur-de-verre'])
    await db.query(`update careers set feminine_title = 'Souffleuse de verre' where slug = 'souffleur-de-verre'`)
    const byFeminine = await query<{ slug: string }>(`select slug from careers where search @@ websearch_to_tsquery('public.french_unaccent', 'souffleuse')`)
    expect(byFeminine.map((row) => row.slug)).toEqual(['souffleur-de-verre'])
  })

  it('keeps the search current when a training or a whole route changes, as Payload writes them', async () => {
    const found = async (words: string) =>
      (await query<{ slug: string }>(`select slug from careers where search @@ websearch_to_tsquery('public.french_unaccent', '${words}')`)).map((row) => row.slug)
    await db.query(`insert into careers (title, slug, summary, _status) values ('Vitrailliste', 'vitrailliste', 'Crée et restaure des vitraux.', 'published')`)
    await db.query(`insert into careers_access_routes (_order, _parent_id, id, starting_point) select 1, id, 'route-vitrail', 'after3e' from careers where slug = 'vitrailliste'`)
    await db.query(`insert into careers_access_routes_trainings (_order, _parent_id, id, title) values (1, 'route-vitrail', 'bma-vitrail', 'Brevet des métiers d’art verrier')`)
    try {
      expect(await found('brevet verrier')).toEqual(['vitrailliste'])
      await db.query(`update careers_access_routes_trainings set title = 'Diplôme national des métiers d’art' where id = 'bma-vitrail'`)
      expect(await found('brevet verrier')).toEqual([])
      expect(await found('diplôme national métiers art')).toEqual(['vitrailliste'])
      // Payload saves an array by deleting its rows (the trainings go with their route) and inserting them again.
      await db.query(`delete from careers_access_routes where id = 'route-vitrail'`)
      expect(await found('diplôme national métiers art')).toEqual([])
    } finally {
      await db.query(`delete from careers where slug = 'vitrailliste'`)
    }
  })

  it('gives every figure and training back when migrated down', async () => {
    await down({ db: payload.db.drizzle, payload, req: {} } as unknown as MigrateDownArgs)
    expect(await query<Figures>(`select id, version_salary_min as min, version_salary_average as average, version_salary_max as max, version_salary_year as year, version_salary_source as source from _careers_v order by id`)).toEqual(before.versions)
    expect(await query<Figures>(`select id, salary_min as min, salary_average as average, salary_max as max, salary_year as year, salary_source as source from careers order by id`)).toEqual(before.careers)
    expect(await query<Path>(`select _parent_id as parent, _order as order, title, description as details from careers_training_paths order by 1, 2`)).toEqual(before.paths)
    expect(await query<Path>(`select _parent_id as parent, _order as order, title, description as details from _careers_v_version_training_paths order by 1, 2`)).toEqual(before.versionPaths)
  })
})
