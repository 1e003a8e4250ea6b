import { existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { OnisepImport, User } from '@/payload-types'
import type { KeptReport } from '@/payload/onisep/recordedImport'
import { makeUser, testPayload } from './payload'
import { onisepRecord } from '../support/onisepRecord'

// The ONISEP import from the admin: an upload to `onisep-imports` through the Local API with the
// administrator's access, run as the server's jobs runner runs it (the `onisep` queue), on a real
// PostgreSQL. Identifiers MET.76xx belong to this file, and its careers go at the end.

const record = (id: number, label: string, domains = 'arts, culture/musique') =>
  onisepRecord(id, label, domains, { code_rome: 'L1202', libelle_rome: 'Musique et chant' })
const RECORDS = [
  record(7601, 'accordeur / accordeuse de pianos'),
  record(7602, 'facteur / factrice d’orgues', 'arts, culture/musique | artisanat/bois'),
  record(7603, 'archetier / archetière'),
  // No title: skipped with its position.
  { ...record(7604, ''), libelle_metier: '' },
]
const IDENTIFIERS = RECORDS.map((_, index) => `MET.${7601 + index}`)

const jsonFile = (data: unknown, name = 'ideo-metiers.json') => {
  const bytes = Buffer.from(typeof data === 'string' ? data : JSON.stringify(data))
  return { data: bytes, mimetype: 'application/json', name, size: bytes.length }
}

let payload: Payload
let admin: User
let editor: User

const upload = (user: User | undefined, file: ReturnType<typeof jsonFile>, data: Partial<OnisepImport> = {}) =>
  payload.create({ collection: 'onisep-imports', data, file, user, overrideAccess: false })
/**
 * Runs the `onisep` queue as the server's runner does, and returns the cache expiries the run
 * queued (outside Next, the task hands them to the server), removed so that each run's, and
 * other files' counts of them, start from none.
 */
const runQueue = async () => {
  const expiries = { taskSlug: { equals: 'expireCacheTags' } } as const
  // Other files' runs may have left some.
  await payload.delete({ collection: 'payload-jobs', where: expiries })
  await payload.jobs.run({ queue: 'onisep', limit: 1 })
  const { docs } = await payload.find({ collection: 'payload-jobs', where: expiries, depth: 0 })
  await payload.delete({ collection: 'payload-jobs', where: expiries })
  return docs.map((job) => (job.input as { tags: string[] }).tags)
}
const onisepJobs = async () => (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'onisepImport' } }, depth: 0 })).docs
const importCount = async () => (await payload.count({ collection: 'onisep-imports' })).totalDocs
const careersOfThisFile = async () =>
  (await payload.find({ collection: 'careers', draft: true, where: { 'onisep.identifier': { in: IDENTIFIERS } }, depth: 0, pagination: false })).docs

/** Runs `work` while the import lock (payload/onisep/runImport.ts) is held on a connection of its own, as by a command line under way. */
const whileAnotherImportRuns = async <T>(work: () => Promise<T>): Promise<T> => {
  const client = await (payload.db as unknown as { pool: { connect(): Promise<{ query(sql: string): Promise<unknown>; release(): void }> } }).pool.connect()
  try {
    await client.query('select pg_advisory_lock(20240001)')
    return await work()
  } finally {
    await client.query('select pg_advisory_unlock(20240001)')
    client.release()
  }
}
const statusOf = async (id: number) => (await payload.findByID({ collection: 'onisep-imports', id, depth: 0 })).status

beforeAll(async () => {
  payload = await testPayload()
  admin = await makeUser(payload, ['admin'])
  editor = await makeUser(payload, ['editor'])
})

// A test that failed half-way leaves no import waiting to hold the next ones back (409).
afterEach(async () => {
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'onisepImport' } } })
  await payload.delete({ collection: 'onisep-imports', where: { status: { in: ['queued', 'running'] } } })
})

afterAll(async () => {
  await payload.delete({ collection: 'careers', where: { 'onisep.identifier': { like: 'MET.76' } } })
  await payload.delete({ collection: 'onisep-imports', where: { id: { exists: true } } })
})

describe('the ONISEP import from the admin', () => {
  it('keeps the uploaded file as a queued import with its job; the job imports the careers and writes the counts and the report', async () => {
    const created = await upload(admin, jsonFile(RECORDS), { dataDate: '2026-11-29T23:00:00.000Z' })
    // Midnight in Paris on 30 November is 23:00 UTC the day before: the day cited is Paris's.
    expect(created).toMatchObject({ status: 'queued', source: 'admin', total: 3, processed: 0, edition: '2026-11-30', publish: false, filename: expect.stringMatching(/\.json$/) })
    const launchedBy = created.launchedBy
    expect(typeof launchedBy === 'object' && launchedBy ? launchedBy.id : launchedBy).toBe(admin.id)
    expect(existsSync(path.join(path.resolve(process.env.MEDIA_DIR!, '..', 'onisep-imports'), created.filename!))).toBe(true)
    const [job] = await onisepJobs()
    expect(job).toMatchObject({ queue: 'onisep', input: { importId: created.id, edition: '2026-11-30', publish: false } })
    expect(await careersOfThisFile()).toEqual([])

    // The pages are expired once for the whole run, not once per career.
    expect(await runQueue()).toEqual([expect.arrayContaining(['careers:list'])])
    const done = await payload.findByID({ collection: 'onisep-imports', id: created.id, depth: 0 })
    expect(done).toMatchObject({ status: 'done', processed: 3, total: 3, error: null })
    expect(done.startedAt && done.finishedAt && done.finishedAt >= done.startedAt).toBe(true)
    const report = done.report as KeptReport
    expect(report.created.map((item) => item.identifier).sort()).toEqual(IDENTIFIERS.slice(0, 3))
    expect(report.skipped).toEqual([{ position: 4, identifier: 'MET.7604', reason: expect.stringMatching(/intitulé/i) }])
    expect(report).toMatchObject({ edition: '2026-11-30', unchanged: 0 })
    // Other files' ONISEP careers, in the same database, are missing from this one; none of this file's.
    expect(report.missing.filter((item) => IDENTIFIERS.includes(item.identifier))).toEqual([])
    expect(report).not.toHaveProperty('tags')
    expect(done.counts).toMatch(/^Fiches créées : 3 · .* · enregistrements ignorés : 1 · /)
    const careers = await careersOfThisFile()
    expect(careers.map((career) => [career.title, career.feminineTitle, career._status]).sort()).toEqual([
      ['Accordeur de pianos', 'Accordeuse de pianos', 'draft'],
      ['Archetier', 'Archetière', 'draft'],
      ['Facteur d’orgues', 'Factrice d’orgues', 'draft'],
    ])
    expect(careers.every((career) => career.onisep?.edition === '2026-11-30')).toBe(true)
    // The job is done and gone (deleteJobOnComplete).
    expect(await onisepJobs()).toEqual([])
  })

  it('runs the same file again as unchanged (with its date, or without one: the day cited stays), and publishes new careers when asked', async () => {
    for (const data of [{ dataDate: '2026-11-29T23:00:00.000Z' }, {}]) {
      const again = await upload(admin, jsonFile(RECORDS), data)
      await runQueue()
      const report = (await payload.findByID({ collection: 'onisep-imports', id: again.id, depth: 0 })).report as KeptReport
      expect(report).toMatchObject({ created: [], updated: [], unchanged: 3 })
    }
    expect((await careersOfThisFile()).map((career) => career.onisep?.edition)).toEqual(['2026-11-30', '2026-11-30', '2026-11-30'])

    const published = await upload(admin, jsonFile([...RECORDS.slice(0, 3), record(7605, 'harpiste')]), { dataDate: '2026-11-29T23:00:00.000Z', publish: true })
    await runQueue()
    const done = await payload.findByID({ collection: 'onisep-imports', id: published.id, depth: 0 })
    expect((done.report as KeptReport).created.map((item) => item.identifier)).toEqual(['MET.7605'])
    const [harpist] = (await payload.find({ collection: 'careers', where: { 'onisep.identifier': { equals: 'MET.7605' } }, depth: 0 })).docs
    expect(harpist).toMatchObject({ _status: 'published', title: 'Harpiste' })
    await payload.delete({ collection: 'careers', id: harpist!.id })
  })

  it('writes its progress while it runs, readable before the run ends', async () => {
    const many = Array.from({ length: 60 }, (_, index) => record(7610 + index, `luthier ${index + 1} / luthière ${index + 1}`))
    const running = await upload(admin, jsonFile(many))
    const seen: { status?: string | null; processed?: number | null }[] = []
    const watcher = setInterval(async () => {
      const { status, processed } = await payload.findByID({ collection: 'onisep-imports', id: running.id, depth: 0, select: { status: true, processed: true } })
      seen.push({ status, processed })
    }, 10)
    try {
      await runQueue()
    } finally {
      clearInterval(watcher)
    }
    expect(seen.some(({ status, processed }) => status === 'running' && processed! > 0 && processed! < 60)).toBe(true)
    expect(await payload.findByID({ collection: 'onisep-imports', id: running.id, depth: 0 })).toMatchObject({ status: 'done', processed: 60, total: 60 })
  })

  it('refuses, in French and before writing anything, a file that is not an Idéo-Métiers export', async () => {
    const before = await importCount()
    const cases: [ReturnType<typeof jsonFile>, RegExp][] = [
      [jsonFile('pas du json'), /pas du JSON lisible/],
      [jsonFile({ libelle_metier: 'seul' }), /pas une liste de métiers/],
      [jsonFile([{ nom: 'Dupont' }]), /ne ressemble pas à l’export Idéo-Métiers/],
      [jsonFile([]), /aucun métier/],
      [jsonFile(''), /Ce fichier est vide/],
      [jsonFile('libelle_metier;lien_site_onisepfr\nplombier;http://www.onisep.fr/MET.1'), /ressemble à un tableau CSV/],
      // An .xlsx workbook: a ZIP.
      [{ ...jsonFile(''), data: Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1') }, /est un classeur/],
      // Windows-1252 bytes ("é" as 0xE9): not UTF-8.
      [{ ...jsonFile(''), data: Buffer.from('[{"libelle_metier":"m\xe9decin"}]', 'latin1') }, /pas encodé en UTF-8/],
    ]
    for (const [file, message] of cases) {
      const refusal = upload(admin, file)
      await expect(refusal).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^Import refusé, rien n’a été écrit : /) })
      await expect(refusal).rejects.toMatchObject({ message: expect.stringMatching(message) })
    }
    await expect(payload.create({ collection: 'onisep-imports', data: {}, user: admin, overrideAccess: false })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/Choisissez le fichier JSON/) })
    await expect(upload(admin, jsonFile(RECORDS), { dataDate: 'pas une date' })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/Date des données invalide/) })
    await expect(upload(admin, jsonFile(RECORDS), { dataDate: '1850-01-01T12:00:00.000Z' })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/entre 1990 et 2100/) })
    await expect(upload(admin, jsonFile(RECORDS), { dataDate: '2099-06-01T12:00:00.000Z' })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/dans le futur/) })
    expect(await importCount()).toBe(before)
    expect(await onisepJobs()).toEqual([])
  })

  it('is for administrators only: editors and visitors may neither import nor read the imports (Local API)', async () => {
    await expect(upload(editor, jsonFile(RECORDS))).rejects.toMatchObject({ status: 403 })
    await expect(payload.create({ collection: 'onisep-imports', data: {}, file: jsonFile(RECORDS), overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: 'onisep-imports', user: editor, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: 'onisep-imports', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    expect(await onisepJobs()).toEqual([])
  })

  it('refuses a second import while one waits (409), and names it', async () => {
    const waiting = await upload(admin, jsonFile(RECORDS), { dataDate: '2026-11-29T23:00:00.000Z' })
    await expect(upload(admin, jsonFile(RECORDS))).rejects.toMatchObject({ status: 409, message: expect.stringContaining(`en file d’attente (« ${waiting.filename} »)`) })
    await runQueue()
    expect((await payload.findByID({ collection: 'onisep-imports', id: waiting.id, depth: 0 })).status).toBe('done')
  })

  it('writes down a run refused because another import (the command line) holds the lock, with its reason', async () => {
    const waiting = await upload(admin, jsonFile(RECORDS))
    await whileAnotherImportRuns(runQueue)
    const refused = await payload.findByID({ collection: 'onisep-imports', id: waiting.id, depth: 0 })
    expect(refused).toMatchObject({ status: 'refused', error: expect.stringMatching(/Un autre import Onisep est en cours/), report: null })
    expect(await onisepJobs()).toEqual([])
  })

  it('writes down as interrupted, and lets the next one start, an import marked running or waiting with nothing behind it; refuses while a run holds the lock', async () => {
    // Marked running, and a run holds the lock: alive. Refused, and it may not be deleted.
    const dead = await upload(admin, jsonFile(RECORDS))
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'onisepImport' } } })
    await payload.update({ collection: 'onisep-imports', id: dead.id, data: { status: 'running' } })
    await whileAnotherImportRuns(async () => {
      await expect(upload(admin, jsonFile(RECORDS))).rejects.toMatchObject({ status: 409, message: expect.stringContaining('déjà en cours') })
      await expect(payload.delete({ collection: 'onisep-imports', id: dead.id, user: admin, overrideAccess: false })).rejects.toMatchObject({ status: 409 })
    })
    // No lock held any more (its shell or server died): the next upload goes ahead.
    const orphan = await upload(admin, jsonFile(RECORDS))
    // Waiting for a job that no longer exists: the next upload goes ahead too.
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'onisepImport' } } })
    const next = await upload(admin, jsonFile(RECORDS))
    expect([await statusOf(dead.id), await statusOf(orphan.id), next.status]).toEqual(['interrupted', 'interrupted', 'queued'])
    expect((await payload.findByID({ collection: 'onisep-imports', id: dead.id, depth: 0 })).error).toMatch(/Arrêté avant sa fin/)
  })

  it('cancels a waiting import when it is deleted: its job goes too', async () => {
    const waiting = await upload(admin, jsonFile(RECORDS))
    expect(await onisepJobs()).toHaveLength(1)
    await payload.delete({ collection: 'onisep-imports', id: waiting.id, user: admin, overrideAccess: false })
    expect(await onisepJobs()).toEqual([])
  })

  it('takes up a run its server stopped (marked running, its job put back), and says so; a job whose import is over leaves its report alone', async () => {
    // The file's careers exist, as after the part of a run before its server stopped.
    await upload(admin, jsonFile(RECORDS))
    await runQueue()
    const stopped = await upload(admin, jsonFile(RECORDS))
    await payload.update({ collection: 'onisep-imports', id: stopped.id, data: { status: 'running', processed: 1 } })
    await runQueue()
    const resumed = await payload.findByID({ collection: 'onisep-imports', id: stopped.id, depth: 0 })
    expect(resumed).toMatchObject({ status: 'done', report: { resumed: true, unchanged: 3 } })

    // Its job again, as if the server died after the end and before the job was marked complete.
    await payload.jobs.queue({ task: 'onisepImport', queue: 'onisep', input: { importId: stopped.id, read: { careers: [], skipped: [], latestYear: null }, edition: null, publish: false } })
    await runQueue()
    expect(await payload.findByID({ collection: 'onisep-imports', id: stopped.id, depth: 0 })).toMatchObject({ status: 'done', report: resumed.report, finishedAt: resumed.finishedAt })
  })
})
