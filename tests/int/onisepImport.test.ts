import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Career } from '@/payload-types'
import { slugify } from '@/payload/fields/slugify'
import { importCareers } from '@/payload/onisep/importCareers'
import { ImportRefused, parseOnisepText, readOnisepFile } from '@/payload/onisep/readFile'
import { runOnisepImport, runPreparedImport } from '@/payload/onisep/runImport'
import { searchContent } from '@/payload/search/searchContent'
import { testPayload } from './payload'

// The ONISEP import on a real PostgreSQL, through the same functions the command line calls.
// The database is shared with other test files (the demo content may be there): expectations
// about namesakes are computed from what is in it before the import.

const FIXTURE = path.resolve('tests/fixtures/onisep/ideo-metiers.json')
const BAD = path.resolve('tests/fixtures/onisep/bad-records.json')
const work = mkdtempSync(path.join(tmpdir(), 'reperes-onisep-'))
const writeJson = (name: string, data: unknown) => {
  const file = path.join(work, name)
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data))
  return file
}

let payload: Payload
const byIdentifier = async (identifier: string) =>
  (await payload.find({ collection: 'careers', draft: true, where: { 'onisep.identifier': { equals: identifier } }, depth: 0 })).docs[0] as Career | undefined
const fixtureRecords = async () => (await parseOnisepText(await import('node:fs/promises').then((fs) => fs.readFile(FIXTURE, 'utf8')))).careers
const sectorTitles = async () => (await payload.find({ collection: 'sectors', pagination: false, depth: 0 })).docs.map((sector) => sector.title)
const versionCount = async (id: number) => (await payload.countVersions({ collection: 'careers', where: { parent: { equals: id } } })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
})

describe('the ONISEP import', () => {
  it('creates one draft career per record with both titles, ROME code, sectors and sub-domains, links a sheet the team wrote under the same title, and skips the duplicate', async () => {
    // A sheet the team wrote before any import: the record of that title joins it.
    const written = await payload.create({
      collection: 'careers',
      data: { title: 'Œnologue', summary: 'Écrit par la rédaction.', _status: 'published', romeCodes: ['A1413'] },
    })
    const records = await fixtureRecords()
    const { docs: before } = await payload.find({ collection: 'careers', draft: true, pagination: false, depth: 0, select: { title: true, onisep: true } })
    const namesakes = records.filter((record) => before.filter((career) => !career.onisep?.identifier && slugify(career.title) === slugify(record.title)).length === 1)
    expect(namesakes.map((record) => record.identifier)).toContain('MET.903')

    const outcome = await runOnisepImport(payload, FIXTURE, { serverWaitMs: 0 })
    const { report } = outcome
    expect(report.created).toHaveLength(records.length - namesakes.length)
    expect(report.linked.map((item) => item.identifier).sort()).toEqual(namesakes.map((record) => record.identifier).sort())
    expect(report.skipped).toEqual([{ position: 26, identifier: 'MET.205', reason: expect.stringMatching(/déjà présent.*enregistrement 2\b/) }])
    expect(outcome.edition).toBe('2025')

    const trainer = await byIdentifier('MET.118')
    expect(trainer).toMatchObject({
      title: 'Formateur technique en agroéquipement',
      feminineTitle: 'Formatrice technique en agroéquipement',
      romeCodes: ['K2111'],
      _status: 'draft',
      onisep: { url: 'https://www.onisep.fr/http/redirection/metier/slug/MET.118', subDomains: ['agroéquipement', 'formation professionnelle'], edition: '2025' },
    })
    const sectors = await payload.find({ collection: 'sectors', where: { id: { in: trainer!.sectors as number[] } }, depth: 0 })
    expect(sectors.docs.map((sector) => sector.title).sort()).toEqual(['Agriculture, animaux', 'Enseignement, recherche'])
    expect(await byIdentifier('MET.120')).toMatchObject({ title: 'Conseiller principal d’éducation', feminineTitle: 'Conseillère principale d’éducation' })
    expect(await byIdentifier('MET.904')).toMatchObject({ title: 'Ingénieur d’études en aéronautique chez Airbus', feminineTitle: 'Ingénieure d’études en aéronautique chez Airbus' })
    expect(await byIdentifier('MET.900')).toMatchObject({ romeCodes: [], title: 'Chef de projet éolien', feminineTitle: 'Cheffe de projet éolien' })
    expect(await byIdentifier('MET.411')).toMatchObject({ title: 'Sage-femme', feminineTitle: null })

    // The team's sheet keeps its text, gains the link and ONISEP's facts it lacked, in a draft
    // for the team to read: visitors still see the sheet as published.
    const linked = await payload.findByID({ collection: 'careers', id: written.id, depth: 0, draft: true })
    expect(linked).toMatchObject({ title: 'Œnologue', summary: 'Écrit par la rédaction.', _status: 'draft', onisep: { identifier: 'MET.903' } })
    expect((linked.sectors as number[]).length).toBe(2)
    const seenByVisitors = await payload.findByID({ collection: 'careers', id: written.id, depth: 0, overrideAccess: false })
    expect(seenByVisitors).toMatchObject({ _status: 'published', sectors: [] })
    // Sectors were created: the run asks the server, once, to expire the lists; no server runs
    // the queue here, so the job waits and the outcome says so. The linked sheet changed only
    // in a draft: its page is not among them.
    expect(outcome.cache).toBe('queued')
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'expireCacheTags' } } })
    expect(jobs.docs).toHaveLength(1)
    const tags = (jobs.docs[0]!.input as { tags: string[] }).tags
    expect(tags).toEqual(expect.arrayContaining(['sectors', 'careers:list']))
    expect(tags).not.toContain('career:oenologue')
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'expireCacheTags' } } })
    // Drafts are invisible to visitors, through the API as through search.
    const visible = await payload.find({ collection: 'careers', overrideAccess: false, where: { 'onisep.identifier': { exists: true } }, depth: 0 })
    expect(visible.docs.map((career) => career.title)).toEqual([])
    expect((await searchContent('luthière')).hits).toEqual([])
  })

  it('changes nothing when the same file is imported again: no version, no new updatedAt', async () => {
    const luthier = (await byIdentifier('MET.205'))!
    const versions = await versionCount(luthier.id)
    const { report } = await runOnisepImport(payload, FIXTURE, { serverWaitMs: 0 })
    expect(report.created).toEqual([])
    expect(report.updated).toEqual([])
    expect(report.linked).toEqual([])
    expect(report.unchanged).toBe((await fixtureRecords()).length)
    expect(report.tags).toEqual([])
    const again = (await byIdentifier('MET.205'))!
    expect(again.updatedAt).toBe(luthier.updatedAt)
    expect(await versionCount(luthier.id)).toBe(versions)
  })

  it('updates only what ONISEP changed, keeps what editors edited, and reports careers gone from the file without deleting them', async () => {
    const records = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(FIXTURE, 'utf8'))) as ({ lien_site_onisepfr: string } & Record<string, unknown>)[]
    const luthier = (await byIdentifier('MET.205'))!
    // An editor renames one sheet and writes a summary; ONISEP changes both titles and the ROME code.
    await payload.update({ collection: 'careers', id: luthier.id, data: { title: 'Luthier (guitares)', summary: 'Texte de la rédaction.' }, draft: true })
    const modified = records
      .filter((record) => !record.lien_site_onisepfr.endsWith('MET.916'))
      .map((record) =>
        record.lien_site_onisepfr.endsWith('MET.205')
          ? { ...record, libelle_metier: 'luthier / luthière en instruments à cordes', code_rome: 'B1502' }
          : record.lien_site_onisepfr.endsWith('MET.151')
            ? { ...record, code_rome: 'J1505' }
            : record,
      )
    const { report } = await runOnisepImport(payload, writeJson('modified.json', modified), { serverWaitMs: 0 })
    const after = (await byIdentifier('MET.205'))!
    // The titles go together: the team's masculine keeps its feminine, ONISEP's ROME code comes in.
    expect(after).toMatchObject({
      title: 'Luthier (guitares)',
      summary: 'Texte de la rédaction.',
      feminineTitle: 'Luthière',
      romeCodes: ['B1502'],
    })
    expect(report.keptEdits).toEqual([expect.objectContaining({ identifier: 'MET.205', title: 'Luthier (guitares)', fields: ['title', 'feminineTitle'] })])
    // Imported again: the team's titles are still theirs, and no longer reported (nothing new from ONISEP).
    const again = await runOnisepImport(payload, writeJson('modified-again.json', modified), { serverWaitMs: 0 })
    expect(again.report.keptEdits).toEqual([])
    expect(again.report.updated).toEqual([])
    expect(report.updated.map((item) => item.identifier).sort()).toEqual(['MET.151', 'MET.205'])
    expect(report.missing).toEqual([expect.objectContaining({ identifier: 'MET.916', title: 'Archiviste' })])
    expect(await byIdentifier('MET.916')).toBeDefined()
  })

  it('keeps both titles an editor changed while the run went on (saved after its first read), and reports them kept', async () => {
    const file = await readOnisepFile(FIXTURE)
    // Two careers of this test's own, then ONISEP renames the second (both forms).
    const [first, second] = file.careers.slice(0, 2).map((career, index) => ({ ...career, identifier: `MET.88${index}`, title: `${career.title} quater`, feminineTitle: `${career.title} quater (f)` }))
    await importCareers(payload, { ...file, careers: [first!, second!] }, { edition: '2025' })
    const renamed = { ...second!, title: 'Régisseur quater', feminineTitle: 'Régisseuse quater' }
    const career = (await byIdentifier('MET.881'))!
    const report = await importCareers(
      payload,
      { ...file, careers: [first!, renamed] },
      {
        edition: '2025',
        // The editor saves the second career's masculine title once the run has read it.
        onProgress: async (done) => {
          if (done === 1) await payload.update({ collection: 'careers', id: career.id, data: { title: 'Régisseur de l’équipe' }, draft: true })
        },
      },
    )
    expect(await byIdentifier('MET.881')).toMatchObject({ title: 'Régisseur de l’équipe', feminineTitle: second!.feminineTitle })
    expect(report.keptEdits).toEqual([expect.objectContaining({ identifier: 'MET.881', fields: expect.arrayContaining(['title', 'feminineTitle']) })])
  })

  it('skips bad records with their position and reason, and writes nothing of a record whose save fails', async () => {
    // The database refuses one career: its record's new sector must not stay behind.
    await payload.db.drizzle.execute(sql`
      create or replace function refuse_vitrailliste() returns trigger language plpgsql as $$
      begin if new.title = 'Vitrailliste' then raise exception 'refus de test'; end if; return new; end $$;
      create trigger refuse_vitrailliste before insert on careers for each row execute function refuse_vitrailliste();`)
    try {
      const { report } = await runOnisepImport(payload, BAD, { serverWaitMs: 0 })
      expect(report.created.map((item) => item.identifier)).toEqual(['MET.950'])
      expect(report.skipped.map((item) => [item.position, item.reason])).toEqual([
        [2, expect.stringContaining('libelle_metier')],
        [3, expect.stringContaining('MET.<nombre>')],
        [4, 'code ROME invalide : A14X4'],
        [5, '« code_rome » devrait être un texte'],
        [6, 'l’enregistrement n’est pas un objet JSON'],
        [7, 'année invalide : deux mille vingt-cinq'],
        [8, expect.stringContaining('refus de test')],
      ])
      expect(await sectorTitles()).not.toContain('Verre, vitrail')
      expect(await byIdentifier('MET.956')).toBeUndefined()
    } finally {
      await payload.db.drizzle.execute(sql`drop trigger refuse_vitrailliste on careers; drop function refuse_vitrailliste();`)
    }
  })

  it('refuses a file that is not an Idéo-Métiers export before writing anything', async () => {
    const count = async () => (await payload.count({ collection: 'careers' })).totalDocs
    const before = await count()
    const refusals: [string, RegExp][] = [
      [writeJson('not-json.json', '<html>Idéo-Métiers</html>'), /pas du JSON lisible/],
      [writeJson('table.json', 'libelle_metier;code_rome\nluthier;B1501'), /ressemble à un tableau CSV/],
      [writeJson('blank.json', '   \n'), /est vide/],
      [writeJson('object.json', { metiers: [] }), /pas une liste/],
      [writeJson('empty.json', []), /aucun métier/],
      [writeJson('other.json', [{ nom: 'Dupont', ville: 'Lyon' }]), /ne ressemble pas/],
      [path.join(work, 'absent.json'), /introuvable/],
    ]
    for (const [file, message] of refusals) await expect(runOnisepImport(payload, file, {}), file).rejects.toThrow(message)
    await expect(runOnisepImport(payload, FIXTURE, { date: '2026-02-30' })).rejects.toThrow(ImportRefused)
    await expect(runOnisepImport(payload, FIXTURE, { date: '30/11/2026' })).rejects.toThrow(/AAAA-MM-JJ/)
    await expect(runOnisepImport(payload, FIXTURE, { date: '2099-06-01' })).rejects.toThrow(/dans le futur/)
    expect(await count()).toBe(before)
  })

  it('finishes the job when a file is run again after a run that stopped part-way (here after ten records), and publishes with a generated summary when asked', async () => {
    const file = await readOnisepFile(FIXTURE)
    // Fresh identifiers, so this test owns its careers.
    const fresh = { ...file, careers: file.careers.map((career) => ({ ...career, identifier: `${career.identifier}9`, title: `${career.title} bis`, feminineTitle: null })) }
    const first = await importCareers(payload, { ...fresh, careers: fresh.careers.slice(0, 10) }, { edition: '2026-11-30', publish: true })
    expect(first.created).toHaveLength(10)
    const second = await importCareers(payload, fresh, { edition: '2026-11-30', publish: true })
    expect(second.created).toHaveLength(fresh.careers.length - 10)
    expect(second.unchanged).toBe(10)
    expect(await byIdentifier('MET.1189')).toMatchObject({ _status: 'published', summary: expect.stringContaining('Idéo-Métiers'), onisep: { edition: '2026-11-30' } })
    // What the published saves would expire, gathered for one expiry at the end.
    expect(second.tags).toEqual(expect.arrayContaining(['careers:list', 'career:oenologue-bis']))
  })

  it('stops between two records when asked (Ctrl+C), says how far it went, reports nothing missing, and queues the expiry of what it published', async () => {
    const file = await readOnisepFile(FIXTURE)
    const fresh = { ...file, careers: file.careers.map((career) => ({ ...career, identifier: `${career.identifier}7`, title: `${career.title} ter`, feminineTitle: null })) }
    const stop = new AbortController()
    // The signal is read before each record: abort once the first career of this run exists.
    const watcher = setInterval(async () => {
      if ((await payload.count({ collection: 'careers', where: { 'onisep.identifier': { in: fresh.careers.map((career) => career.identifier) } } })).totalDocs > 0) stop.abort()
    }, 5)
    let outcome
    try {
      outcome = await runPreparedImport(payload, { read: fresh, edition: '2025' }, { publish: true, serverWaitMs: 0, signal: stop.signal })
    } finally {
      clearInterval(watcher)
    }
    expect(outcome.report.interrupted).toEqual({ done: expect.any(Number), total: fresh.careers.length })
    expect(outcome.report.interrupted!.done).toBeGreaterThan(0)
    expect(outcome.report.interrupted!.done).toBeLessThan(fresh.careers.length)
    expect(outcome.report.created).toHaveLength(outcome.report.interrupted!.done)
    expect(outcome.report.missing).toEqual([])
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'expireCacheTags' } } })
    expect(jobs.docs.map((job) => (job.input as { tags: string[] }).tags).flat()).toContain('careers:list')
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'expireCacheTags' } } })
    // The same file again finishes the job.
    const rest = await runPreparedImport(payload, { read: fresh, edition: '2025' }, { publish: true, serverWaitMs: 0 })
    expect(rest.report.created).toHaveLength(fresh.careers.length - outcome.report.interrupted!.done)
  })

  it('refuses a second import while one runs, in French, before it writes', async () => {
    const runs = await Promise.allSettled([runOnisepImport(payload, FIXTURE, { serverWaitMs: 0 }), runOnisepImport(payload, FIXTURE, { serverWaitMs: 0 })])
    expect(runs.map((run) => run.status).sort()).toEqual(['fulfilled', 'rejected'])
    const refused = runs.find((run) => run.status === 'rejected') as PromiseRejectedResult
    expect(refused.reason).toBeInstanceOf(ImportRefused)
    expect(String(refused.reason.message)).toMatch(/Un autre import Onisep est en cours/)
  })

  it('gives careers of the same long title addresses of their own within the slug limit, and keeps a label it cannot split whole, listed for editors', async () => {
    const long = 'responsable de la maintenance des installations de production et des équipements industriels en agroalimentaire'
    const records = [
      { libelle_metier: long, lien_site_onisepfr: 'https://www.onisep.fr/m/MET.8801' },
      { libelle_metier: long, lien_site_onisepfr: 'https://www.onisep.fr/m/MET.8802' },
      { libelle_metier: 'steward / hôtesse de l’air', lien_site_onisepfr: 'https://www.onisep.fr/m/MET.8803' },
    ]
    const { report } = await runOnisepImport(payload, writeJson('long.json', records), { serverWaitMs: 0 })
    expect(report.skipped).toEqual([])
    const slugs = await Promise.all(['MET.8801', 'MET.8802'].map(async (id) => (await byIdentifier(id))!.slug!))
    expect(new Set(slugs).size).toBe(2)
    for (const slug of slugs) expect(slug.length).toBeLessThanOrEqual(96)
    expect(await byIdentifier('MET.8803')).toMatchObject({ title: 'Steward / hôtesse de l’air', feminineTitle: null })
    expect(report.doubtfulTitles.map((item) => item.identifier)).toEqual(['MET.8803'])
  })
})
