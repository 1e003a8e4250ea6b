import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { databaseUrl, dropDatabase, ensureDatabase } from '@/scripts/databases'

// `npm run backup` then `npm run restore` into another database and media folder, as an
// operator would (the scripts in their own processes), on a database seeded for this test.
const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const server = process.env.DATABASE_URL!
const suffix = new URL(server).pathname.slice(1)
const names = { source: `${suffix}_backup_src`, target: `${suffix}_backup_dst` }
const work = mkdtempSync(path.join(tmpdir(), 'reperes-backup-'))
const dirs = { sourceMedia: path.join(work, 'media-src'), targetMedia: path.join(work, 'media-dst'), backups: path.join(work, 'backups') }

// REDIS_URL empty: a restore empties the shared page cache it names, which .env may point at the developer's.
const script = (name: string, args: string[], database: string, media: string) =>
  spawnSync(process.execPath, [tsx, `scripts/${name}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl(server, database), MEDIA_DIR: media, BACKUP_DIR: dirs.backups, REDIS_URL: '' },
    encoding: 'utf8',
  })

/** Row counts of every table, and a checksum of every career and post row with its child rows. */
const fingerprint = async (database: string) => {
  const client = new pg.Client({ connectionString: databaseUrl(server, database) })
  await client.connect()
  try {
    const tables = (await client.query<{ tablename: string }>(`select tablename from pg_tables where schemaname = 'public' order by 1`)).rows
    const counts: Record<string, number> = {}
    for (const { tablename } of tables) counts[tablename] = (await client.query<{ n: number }>(`select count(*)::int as n from "${tablename}"`)).rows[0]!.n
    const rows = async (sql: string) => (await client.query<{ id: number; sum: string }>(sql)).rows
    return {
      counts,
      careers: await rows(`select c.id, md5(row_to_json(c)::text || coalesce((select string_agg(row_to_json(s)::text, '' order by s._order) from careers_skills s where s._parent_id = c.id), '')) as sum from careers c order by id`),
      news: await rows(`select n.id, md5(row_to_json(n)::text) as sum from news n order by id`),
      searchWorks: (await client.query(`select id from careers where search @@ websearch_to_tsquery('public.french_unaccent', 'directeurs techniques')`)).rowCount,
    }
  } finally {
    await client.end()
  }
}

const filesWithHashes = (dir: string) =>
  Object.fromEntries(readdirSync(dir).sort().map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]))

afterAll(async () => {
  for (const name of Object.values(names)) await dropDatabase(server, name)
  rmSync(work, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('round-trips every row, every career and post, and every uploaded file', async () => {
    await ensureDatabase(server, names.source)
    const seeded = script('seed', [], names.source, dirs.sourceMedia)
    expect(seeded.status, seeded.stderr).toBe(0)

    // Some megabytes more than pipes hold: the end of the dump reaches psql after pg_restore exited.
    const filler = new pg.Client({ connectionString: databaseUrl(server, names.source) })
    await filler.connect()
    await filler.query(`create table filler as select g as id, repeat(md5(g::text), 64) as text from generate_series(1, 3000) g`)
    await filler.end()
    const backup = script('backup', [], names.source, dirs.sourceMedia)
    expect(backup.status, backup.stderr).toBe(0)
    const [folder] = readdirSync(dirs.backups)
    expect(folder).toMatch(/^reperes-\d{8}-\d{6}$/)
    const backupDir = path.join(dirs.backups, folder!)

    await ensureDatabase(server, names.target)
    const restored = script('restore', [backupDir], names.target, dirs.targetMedia)
    expect(restored.status, restored.stderr).toBe(0)

    const [before, after] = [await fingerprint(names.source), await fingerprint(names.target)]
    expect(before.careers.length).toBeGreaterThanOrEqual(6)
    expect(before.news.length).toBeGreaterThanOrEqual(5)
    expect(after).toEqual(before)
    expect(after.searchWorks).toBeGreaterThan(0) // functions, triggers and the French configuration came back
    expect(Object.keys(filesWithHashes(dirs.sourceMedia)).length).toBeGreaterThan(0)
    expect(filesWithHashes(dirs.targetMedia)).toEqual(filesWithHashes(dirs.sourceMedia))
  })

  it('refuses to overwrite a database that holds content unless told to, and then replaces it', async () => {
    const backupDir = path.join(dirs.backups, readdirSync(dirs.backups)[0]!)
    const refused = script('restore', [backupDir], names.target, dirs.targetMedia)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/--replace/)

    const client = new pg.Client({ connectionString: databaseUrl(server, names.target) })
    await client.connect()
    await client.query(`delete from news where id = (select min(id) from news)`)
    await client.end()
    writeFileSync(path.join(dirs.targetMedia, 'ajout-apres-la-sauvegarde.jpg'), 'x')
    // The media folder may be a mount point or a link to a volume: it must stay, emptied and
    // refilled. A link shows it (deleted and made again, it would be a plain folder).
    const volume = `${dirs.targetMedia}-volume`
    renameSync(dirs.targetMedia, volume)
    symlinkSync(volume, dirs.targetMedia)
    const replaced = script('restore', [backupDir, '--replace'], names.target, dirs.targetMedia)
    expect(replaced.status, replaced.stderr).toBe(0)
    expect(await fingerprint(names.target)).toEqual(await fingerprint(names.source))
    expect(lstatSync(dirs.targetMedia).isSymbolicLink()).toBe(true)
    expect(filesWithHashes(volume)).toEqual(filesWithHashes(dirs.sourceMedia))
  })

  it('leaves the database and the uploads as they were when a restore fails half-way', async () => {
    const backupDir = path.join(dirs.backups, readdirSync(dirs.backups)[0]!)
    writeFileSync(path.join(dirs.targetMedia, 'ajout-apres-la-sauvegarde.jpg'), 'x')
    const before = { database: await fingerprint(names.target), media: filesWithHashes(dirs.targetMedia) }
    const dump = readFileSync(path.join(backupDir, 'database.dump'))
    const archive = readFileSync(path.join(backupDir, 'media.tar.gz'))
    const broken = (name: string, files: { dump: Buffer; archive: Buffer }) => {
      const dir = path.join(work, name)
      mkdirSync(dir)
      writeFileSync(path.join(dir, 'database.dump'), files.dump)
      writeFileSync(path.join(dir, 'media.tar.gz'), files.archive)
      return dir
    }
    // The dump cut short: its tables are created, then the data runs out.
    const cutDump = script('restore', [broken('dump-coupe', { dump: dump.subarray(0, Math.floor(dump.length * 0.6)), archive }), '--replace'], names.target, dirs.targetMedia)
    expect(cutDump.status, cutDump.stdout).toBe(1)
    expect({ database: await fingerprint(names.target), media: filesWithHashes(dirs.targetMedia) }).toEqual(before)
    expect(cutDump.stderr).toMatch(/Restore failed: pg_restore could not read/)
    // The whole dump went in, then the uploads could not be unpacked.
    const cutArchive = script('restore', [broken('medias-coupes', { dump, archive: archive.subarray(0, Math.floor(archive.length / 2)) }), '--replace'], names.target, dirs.targetMedia)
    expect(cutArchive.status, cutArchive.stdout).toBe(1)
    expect({ database: await fingerprint(names.target), media: filesWithHashes(dirs.targetMedia) }).toEqual(before)
    expect(cutArchive.stderr).toMatch(/Restore failed: tar could not unpack/)
    // A statement fails midway: here the drop, waiting on a lock a forgotten app server holds.
    const holder = new pg.Client({ connectionString: databaseUrl(server, names.target) })
    await holder.connect()
    try {
      await holder.query('begin; select count(*) from news')
      const connected = script('restore', [backupDir, '--replace'], names.target, dirs.targetMedia)
      expect(connected.status, connected.stdout).toBe(1)
      expect(connected.stderr).toMatch(/1 other connection\(s\) to .*: stop the app servers first, or add --force/)
      const locked = script('restore', [backupDir, '--replace', '--force'], names.target, dirs.targetMedia)
      expect(locked.status, locked.stdout).toBe(1)
      expect(locked.stderr).toMatch(/lock timeout/)
      expect(locked.stderr).toMatch(/Restore failed: another connection holds the tables \(an app server still running\?\)/)
    } finally {
      await holder.query('rollback')
      await holder.end()
    }
    expect({ database: await fingerprint(names.target), media: filesWithHashes(dirs.targetMedia) }).toEqual(before)
  })

  it('puts every upload back when stopped (SIGINT) while swapping them, and changes nothing', async () => {
    const backupDir = path.join(dirs.backups, readdirSync(dirs.backups)[0]!)
    // Enough files for the swap to be under way when the signal comes.
    for (let n = 0; n < 5_000; n += 1) writeFileSync(path.join(dirs.targetMedia, `piece-${n}.txt`), String(n))
    const before = { database: await fingerprint(names.target), media: filesWithHashes(dirs.targetMedia) }
    // As `npm run restore` runs it (package.json): node with tsx's loader, no wrapper process.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/restore.ts', backupDir, '--replace'], {
      env: { ...process.env, DATABASE_URL: databaseUrl(server, names.target), MEDIA_DIR: dirs.targetMedia, REDIS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    const aside = path.join(dirs.targetMedia, '.restauration-anciens')
    while (!(existsSync(aside) && readdirSync(aside).length)) {
      expect(child.exitCode, stderr).toBeNull()
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    child.kill('SIGINT')
    expect(await exited, stderr).toBe(1)
    expect(stderr).toMatch(/Restore failed: stopped \(SIGINT\); nothing was changed/)
    expect({ database: await fingerprint(names.target), media: filesWithHashes(dirs.targetMedia) }).toEqual(before)
    expect(readdirSync(dirs.targetMedia).filter((entry) => entry.startsWith('.restauration'))).toEqual([])
  })

  it('explains its usage when the folder is missing', () => {
    const result = script('restore', [path.join(work, 'nowhere')], names.target, dirs.targetMedia)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/Usage: npm run restore/)
  })
})
