import { readFileSync } from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { createLocalReq, Forbidden, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Career, Import, User } from '@/payload-types'
import { makeUser, testPayload } from './payload'

// CSV export and import of careers through Payload's import/export plugin, as the admin drives
// it (an `exports` or `imports` document created with the editor's rights), on a real PostgreSQL.

let payload: Payload
let editor: User
let contributor: User
let sectorId: number

const as = (user: User) => ({ overrideAccess: false, user }) as const

/** The bytes of the file an export wrote. */
const exportedFile = (doc: { filename?: string | null }) =>
  readFileSync(path.join(payload.collections.exports.config.upload.staticDir ?? '', doc.filename ?? ''))

const exportCareers = async (user: User, where: Where, fields?: string[]) => {
  const doc = await payload.create({
    collection: 'exports',
    data: { collectionSlug: 'careers', format: 'csv', drafts: 'yes', where, ...(fields ? { fields } : {}) },
    ...as(user),
  })
  return exportedFile(doc)
}

/** What a French Excel saves from a sheet: `;`, Windows-1252, CRLF, booleans as VRAI/FAUX. */
const asFrenchExcel = (rows: string[][]) => {
  const text = stringify(rows.map((row) => row.map((cell) => (cell === 'true' ? 'VRAI' : cell === 'false' ? 'FAUX' : cell))), { delimiter: ';', record_delimiter: '\r\n' })
  return Buffer.from([...text].map(windows1252))
}
const windows1252 = (char: string) => {
  const code = char.codePointAt(0) ?? 0
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code
  const extra: Record<string, number> = { '€': 0x80, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, 'œ': 0x9c, 'Œ': 0x8c, '–': 0x96, '—': 0x97, '…': 0x85 }
  if (extra[char] === undefined) throw new Error(`not in Windows-1252: ${char}`)
  return extra[char]
}

const importFile = async (user: User, file: Buffer, name: string, importMode: 'create' | 'update' | 'upsert', matchField = 'slug') =>
  (await payload.create({
    collection: 'imports',
    data: { collectionSlug: 'careers', importMode, matchField },
    file: { data: file, mimetype: name.endsWith('.csv') ? 'text/csv' : 'application/json', name, size: file.length },
    ...as(user),
  })) as Import

const latest = (id: number) => payload.findByID({ collection: 'careers', id, draft: true, depth: 0 }) as Promise<Career>
const live = (id: number) => payload.findByID({ collection: 'careers', id, draft: false, depth: 0 }) as Promise<Career>

let lastCareerBefore = 0

beforeAll(async () => {
  payload = await testPayload()
  const { docs } = await payload.find({ collection: 'careers', sort: '-id', limit: 1, depth: 0, draft: true })
  lastCareerBefore = docs[0]?.id ?? 0
  await makeUser(payload, ['admin'])
  editor = await makeUser(payload, ['editor'])
  contributor = await makeUser(payload, ['contributor'])
  sectorId = (await payload.create({ collection: 'sectors', data: { title: 'Métiers du tableur' } })).id
})

// Other files share the database (their searches and counts): what these tests made goes.
afterAll(async () => {
  await payload.delete({ collection: 'careers', where: { id: { greater_than: lastCareerBefore } } })
  await payload.delete({ collection: 'sectors', where: { id: { equals: sectorId } } })
})

describe('careers to and from a spreadsheet', () => {
  it('exports the filtered careers as UTF-8 CSV with a BOM, accents intact, one row each', async () => {
    const careers = await Promise.all(
      ['Marqueteur d’art', 'Maître de chœur du tableur'].map((title) =>
        payload.create({ collection: 'careers', data: { title, summary: `Résumé « ${title} » : déjà écrit.`, sectors: [sectorId], _status: 'published' } }),
      ),
    )
    const bytes = await exportCareers(editor, { sectors: { in: [sectorId] } })
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[]
    expect(rows.map((row) => row.title).sort()).toEqual(careers.map((career) => career.title).sort())
    expect(rows.find((row) => row.title === 'Marqueteur d’art')?.summary).toBe('Résumé « Marqueteur d’art » : déjà écrit.')
  })

  it('imports back what a French Excel saved (semicolons, Windows-1252, CRLF): updates by slug, creates new rows as drafts, and reports refused rows with their reason, leaving them unwritten', async () => {
    const [cooper, basketMaker] = (await Promise.all(
      ['Tonnelier du tableur', 'Vannier du tableur'].map((title) =>
        payload.create({ collection: 'careers', data: { title, summary: 'Version en ligne.', romeCodes: ['B1601'], sectors: [sectorId], _status: 'published' } }),
      ),
    )) as [Career, Career]
    const bytes = await exportCareers(editor, { id: { in: [cooper.id, basketMaker.id] } }, ['id', 'slug', 'title', 'summary', 'romeCodes', 'sectors', '_status'])
    const [header = [], ...rows] = parse(bytes, { bom: true }) as string[][]
    const column = (name: string) => {
      expect(header).toContain(name)
      return header.indexOf(name)
    }
    const rowOf = (title: string) => [...(rows.find((row) => row[column('title')] === title) ?? [])]
    const cooperRow = rowOf('Tonnelier du tableur')
    cooperRow[column('summary')] = 'Fabrique et répare tonneaux, cuves et foudres ; œuvre au chai.'
    const basketRow = rowOf('Vannier du tableur')
    basketRow[column('summary')] = 'Ne doit pas être enregistré.'
    basketRow[column('romeCodes_0')] = 'B16'
    const newRow = (values: Record<string, string>) => header.map((name) => values[name] ?? '')
    const created = newRow({ slug: 'caviste-du-tableur', title: 'Caviste du tableur', summary: 'Conseille vins et spiritueux – 2 400 € en moyenne.', sectors_0_id: String(sectorId), _status: 'published' })
    const unknownSector = newRow({ slug: 'secteur-inconnu-du-tableur', title: 'Secteur inconnu', summary: 'x', sectors_0_id: '99999999' })
    const file = asFrenchExcel([header, cooperRow, basketRow, created, unknownSector])

    const report = await importFile(editor, file, 'metiers.csv', 'upsert')
    expect(report.status).toBe('partial')
    expect(report.summary).toMatchObject({ total: 4, updated: 1, imported: 1, issues: 2 })
    expect(report.summary?.issueDetails).toEqual([
      expect.objectContaining({ row: 2, line: 3, error: expect.stringMatching(/Codes ROME/) }),
      expect.objectContaining({ row: 4, line: 5, error: '« Secteurs » : aucun élément n° 99999999 (il a peut-être été supprimé, ou le numéro vient d’un autre site).' }),
    ])

    // The editor's update is live, accents and typography intact.
    expect((await live(cooper.id)).summary).toBe('Fabrique et répare tonneaux, cuves et foudres ; œuvre au chai.')
    // The refused update left the career as it was, in every version.
    expect(await latest(basketMaker.id)).toMatchObject({ summary: 'Version en ligne.', romeCodes: ['B1601'] })
    // The new row is a draft, whatever its status column said: nothing reaches visitors.
    const { docs } = await payload.find({ collection: 'careers', draft: true, where: { slug: { equals: 'caviste-du-tableur' } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ _status: 'draft', summary: 'Conseille vins et spiritueux – 2 400 € en moyenne.', sectors: [sectorId] })
    // The refused new row left nothing behind.
    expect((await payload.count({ collection: 'careers', where: { title: { equals: 'Secteur inconnu' } } })).totalDocs).toBe(0)
  })

  it('leaves out rows that change nothing: an unchanged export imported back writes no version and no new date', async () => {
    const careers = (await Promise.all(
      ['Facteur de harpes du tableur', 'Facteur d’orgues du tableur'].map((title) =>
        payload.create({ collection: 'careers', data: { title, summary: 'Version en ligne.', romeCodes: ['B1601'], sectors: [sectorId], pay: { overall: { min: 1900, average: 2400, max: 4500, source: 'Enquête', year: 2025 } }, _status: 'published' } }),
      ),
    )) as Career[]
    const ids = careers.map((career) => career.id)
    const bytes = await exportCareers(editor, { id: { in: ids } })
    const versions = async () => (await payload.countVersions({ collection: 'careers', where: { parent: { in: ids } } })).totalDocs
    const before = { versions: await versions(), dates: await Promise.all(ids.map(async (id) => (await latest(id)).updatedAt)) }

    const report = await importFile(editor, bytes, 'inchange.csv', 'upsert', 'id')
    expect(report.summary).toMatchObject({ total: 2, updated: 0, imported: 0, issues: 0 })
    expect(await versions()).toBe(before.versions)
    expect(await Promise.all(ids.map(async (id) => (await latest(id)).updatedAt))).toEqual(before.dates)

    // One figure changed in the spreadsheet: that row only is saved.
    const [header = [], ...rows] = parse(bytes, { bom: true }) as string[][]
    const changed = rows.map((row) => (row[header.indexOf('id')] === String(ids[0]) ? row.map((cell, index) => (header[index] === 'pay_overall_average' ? '2500' : cell)) : row))
    expect(header).toContain('pay_overall_average')
    const second = await importFile(editor, Buffer.from(stringify([header, ...changed])), 'un-chiffre.csv', 'upsert', 'id')
    expect(second.summary).toMatchObject({ total: 2, updated: 1, imported: 0, issues: 0 })
    expect((await live(ids[0] as number)).pay?.overall?.average).toBe(2500)
    expect((await latest(ids[1] as number)).updatedAt).toBe(before.dates[1])
  })

  it('saves a row marked draft as a new draft version: the published page stays online, unchanged', async () => {
    const published = await payload.create({ collection: 'careers', data: { title: 'Charpentier de marine', summary: 'Version en ligne.', _status: 'published' } })
    const rows = [
      ['id', 'title', 'summary', '_status'],
      [String(published.id), 'Charpentier de marine', 'Version retravaillée dans le tableur.', 'draft'],
    ]
    const report = await importFile(editor, Buffer.from(stringify(rows)), 'brouillon.csv', 'update', 'id')
    expect(report.status).toBe('completed')
    expect(await live(published.id)).toMatchObject({ _status: 'published', summary: 'Version en ligne.' })
    expect((await latest(published.id)).summary).toBe('Version retravaillée dans le tableur.')
  })

  it('saves a contributor’s rows as drafts: the published page stays as it was, the new sheet is a draft', async () => {
    const published = await payload.create({ collection: 'careers', data: { title: 'Sellier du tableur', summary: 'En ligne.', _status: 'published' } })
    const rows = [
      ['slug', 'title', 'summary', '_status'],
      [published.slug ?? '', 'Sellier du tableur', 'Proposé par un contributeur.', 'published'],
      ['sellier-garnisseur-du-tableur', 'Sellier garnisseur', 'Nouvelle fiche proposée.', 'published'],
    ]
    const report = await importFile(contributor, Buffer.from(stringify(rows)), 'contribution.csv', 'upsert')
    expect(report.summary).toMatchObject({ updated: 1, imported: 1, issues: 0 })
    expect(await live(published.id)).toMatchObject({ _status: 'published', summary: 'En ligne.' })
    expect(await latest(published.id)).toMatchObject({ _status: 'draft', summary: 'Proposé par un contributeur.' })
    const created = await payload.find({ collection: 'careers', draft: true, where: { slug: { equals: 'sellier-garnisseur-du-tableur' } }, depth: 0 })
    expect(created.docs[0]?._status).toBe('draft')
  })

  it('creates, in “update or create” by id, the rows an editor added without an id', async () => {
    const existing = await payload.create({ collection: 'careers', data: { title: 'Doreur du tableur', summary: 'En ligne.', _status: 'published' } })
    const rows = [
      ['id', 'title', 'summary'],
      [String(existing.id), 'Doreur du tableur', 'Dore à la feuille.'],
      ['', 'Doreur sur cuir du tableur', 'Ajouté sous la dernière ligne.'],
    ]
    const report = await importFile(editor, Buffer.from(stringify(rows)), 'ajout.csv', 'upsert', 'id')
    expect(report.summary).toMatchObject({ total: 2, updated: 1, imported: 1, issues: 0 })
    expect((await live(existing.id)).summary).toBe('Dore à la feuille.')
    const { docs } = await payload.find({ collection: 'careers', draft: true, where: { title: { equals: 'Doreur sur cuir du tableur' } }, depth: 0 })
    expect(docs.map((doc) => doc._status)).toEqual(['draft'])
  })

  it('exports the id column even when the editor did not choose it, and refuses a file without its match column, writing nothing', async () => {
    const career = await payload.create({ collection: 'careers', data: { title: 'Ferronnier du tableur', summary: 'En ligne.', _status: 'published' } })
    const [header = []] = parse(await exportCareers(editor, { id: { equals: career.id } }, ['title', 'summary']), { bom: true }) as string[][]
    expect(header).toEqual(['id', 'title', 'summary'])

    const before = await payload.count({ collection: 'careers' })
    const rows = [['title', 'summary'], ['Ferronnier du tableur', 'Sans colonne id.']]
    const report = await importFile(editor, Buffer.from(stringify(rows)), 'sans-id.csv', 'upsert', 'id')
    expect(report.status).toBe('failed')
    expect(report.summary?.issueDetails).toEqual([expect.objectContaining({ error: expect.stringMatching(/^Le fichier n’a pas de colonne « id » : rien n’a été importé/) })])
    expect((await payload.count({ collection: 'careers' })).totalDocs).toBe(before.totalDocs)
    expect((await live(career.id)).summary).toBe('En ligne.')
  })

  it('refuses, before writing anything, a CSV file it cannot read, saying in French which line', async () => {
    const before = await payload.count({ collection: 'careers' })
    await expect(importFile(editor, Buffer.from('title;summary\nTonnelier;Tonneaux ; cuves\nVannier;Paniers\n'), 'casse.csv', 'upsert')).rejects.toThrow(
      /la ligne 2 a 3 cellules/,
    )
    expect((await payload.count({ collection: 'careers' })).totalDocs).toBe(before.totalDocs)
    expect((await payload.count({ collection: 'imports', where: { filename: { like: 'casse' } } })).totalDocs).toBe(0)
  })

  it('keeps online, with the row’s values, a published page an editor’s row without status updates while a draft waits', async () => {
    const career = await payload.create({ collection: 'careers', data: { title: 'Relieur du tableur', summary: 'En ligne.', _status: 'published' } })
    await payload.update({ collection: 'careers', id: career.id, draft: true, data: { summary: 'Brouillon en attente.', _status: 'draft' } })
    const rows = [['id', 'summary'], [String(career.id), 'Corrigé dans le tableur.']]
    const report = await importFile(editor, Buffer.from(stringify(rows)), 'sans-statut.csv', 'upsert', 'id')
    expect(report.summary).toMatchObject({ updated: 1, issues: 0 })
    expect(await live(career.id)).toMatchObject({ _status: 'published', summary: 'Corrigé dans le tableur.' })
  })

  it('saves nothing from an untouched export of the published pages imported back while drafts wait: the drafts stay the latest versions', async () => {
    const career = await payload.create({ collection: 'careers', data: { title: 'Émailleur du tableur', summary: 'En ligne.', _status: 'published' } })
    await payload.update({ collection: 'careers', id: career.id, draft: true, data: { summary: 'Brouillon en attente.', _status: 'draft' } })
    const exported = await payload.create({
      collection: 'exports',
      data: { collectionSlug: 'careers', format: 'csv', drafts: 'no', where: { id: { equals: career.id } }, fields: ['id', 'title', 'summary', '_status'] },
      ...as(editor),
    })
    const bytes = exportedFile(exported)
    expect(bytes.toString()).toContain('En ligne.')
    const report = await importFile(editor, bytes, 'en-ligne.csv', 'upsert', 'id')
    expect(report.summary).toMatchObject({ total: 1, updated: 0, imported: 0, issues: 0 })
    expect((await latest(career.id)).summary).toBe('Brouillon en attente.')
    expect((await live(career.id)).summary).toBe('En ligne.')
  })

  it('refuses what the plugin’s endpoints and collections let through: anonymous previews, role-less downloads, other collections, an export written over another', async () => {
    const reader = await makeUser(payload, [])
    const endpoint = (collection: 'exports' | 'imports', path: string) => {
      const found = (payload.collections[collection].config.endpoints || []).find((candidate) => candidate.path === path)
      if (!found) throw new Error(`no endpoint ${path}`)
      return found.handler
    }
    const call = async (collection: 'exports' | 'imports', path: string, user: User | null, body: object) => {
      const req = await createLocalReq({ user: user ?? undefined }, payload)
      Object.assign(req, { json: async () => body, text: async () => JSON.stringify(body), method: 'POST', headers: new Headers({ 'Content-Type': 'application/json' }) })
      return endpoint(collection, path)(req)
    }
    const preview = { collectionSlug: 'careers', format: 'csv', fields: ['title'] }
    await expect(call('exports', '/export-preview', null, preview)).rejects.toBeInstanceOf(Forbidden)
    await expect(call('imports', '/preview-data', null, { collectionSlug: 'careers', format: 'csv', fileData: Buffer.from('title\nA\n').toString('base64') })).rejects.toBeInstanceOf(Forbidden)
    await expect(call('exports', '/download', reader, { data: preview })).rejects.toBeInstanceOf(Forbidden)
    await expect(call('exports', '/download', editor, { data: { ...preview, collectionSlug: 'subscribers' } })).rejects.toMatchObject({ status: 400 })
    await expect(
      payload.create({ collection: 'exports', data: { collectionSlug: 'subscribers', format: 'csv' }, ...as(editor) }),
    ).rejects.toMatchObject({ status: 400 })
    const subscribersFile = Buffer.from('email\na@b.fr\n')
    await expect(
      payload.create({
        collection: 'imports',
        data: { collectionSlug: 'subscribers', importMode: 'create' },
        file: { data: subscribersFile, mimetype: 'text/csv', name: 'abonnes.csv', size: subscribersFile.length },
        ...as(editor),
      }),
    ).rejects.toMatchObject({ status: 400 })

    // An export naming another's id gets a file of its own; the other keeps its file.
    const first = await payload.create({ collection: 'exports', data: { collectionSlug: 'careers', format: 'csv', fields: ['id', 'title'] }, ...as(editor) })
    const firstBytes = exportedFile(first)
    const second = await payload.create({ collection: 'exports', data: { id: first.id, collectionSlug: 'news', format: 'csv', fields: ['id', 'title'] } as never, ...as(contributor) })
    expect(second.id).not.toBe(first.id)
    expect(exportedFile(await payload.findByID({ collection: 'exports', id: first.id }))).toEqual(firstBytes)
  })

  it('creates the rows without id of a JSON file’s second batch (after 100 rows), and updates the others', async () => {
    const many = await Promise.all(Array.from({ length: 100 }, (_, index) => payload.create({ collection: 'careers', data: { title: `Lot du tableur ${index}`, summary: 'Avant.' }, draft: true })))
    const json = [...many.map((career) => ({ id: career.id, summary: 'Après.' })), { title: 'Nouveau du lot du tableur', summary: 'Ajouté.' }]
    const report = await importFile(editor, Buffer.from(JSON.stringify(json)), 'lot.json', 'upsert', 'id')
    expect(report.summary).toMatchObject({ total: 101, updated: 100, imported: 1, issues: 0 })
    expect((await latest(many[99]?.id as number)).summary).toBe('Après.')
    expect((await payload.count({ collection: 'careers', where: { title: { equals: 'Nouveau du lot du tableur' } } })).totalDocs).toBe(1)
  })

  it('reads French numbers in number columns (2 400) and refuses a decimal where a whole number is expected, saying which field', async () => {
    const career = await payload.create({
      collection: 'careers',
      data: { title: 'Verrier du tableur', summary: 'En ligne.', pay: { overall: { min: 1500, average: 2000, max: 3000, source: 'Enquête', year: 2025 } }, _status: 'published' },
    })
    const file = (average: string) =>
      Buffer.from(stringify([['id', 'pay_overall_min', 'pay_overall_average'], [String(career.id), '1 900', average]], { delimiter: ';' }))
    const refused = await importFile(editor, file('2450,5'), 'decimale.csv', 'update', 'id')
    expect(refused.summary?.issueDetails).toEqual([expect.objectContaining({ line: 2, error: expect.stringMatching(/Moyenne/) })])
    expect((await live(career.id)).pay?.overall).toMatchObject({ min: 1500, average: 2000 })
    const saved = await importFile(editor, file('2 400'), 'milliers.csv', 'update', 'id')
    expect(saved.summary).toMatchObject({ updated: 1, issues: 0 })
    expect((await live(career.id)).pay?.overall).toMatchObject({ min: 1900, average: 2400 })
  })

  it('keeps the links of a JSON export imported back (the plugin writes them as null)', async () => {
    const career = await payload.create({ collection: 'careers', data: { title: 'Orfèvre du tableur', summary: 'En ligne.', sectors: [sectorId], _status: 'published' } })
    const exported = await payload.create({ collection: 'exports', data: { collectionSlug: 'careers', format: 'json', where: { id: { equals: career.id } } }, ...as(editor) })
    const json = JSON.parse(exportedFile(exported).toString()) as Record<string, unknown>[]
    json[0] = { ...json[0], summary: 'Modifié en JSON.' }
    const report = await importFile(editor, Buffer.from(JSON.stringify(json)), 'orfevre.json', 'upsert', 'id')
    expect(report.summary).toMatchObject({ updated: 1, issues: 0 })
    expect(await live(career.id)).toMatchObject({ summary: 'Modifié en JSON.', sectors: [sectorId] })
  })

  it('refuses a row that kept only some columns of a list (it would replace the list), and a file with no row under its header', async () => {
    const career = await payload.create({
      collection: 'careers',
      data: {
        title: 'Horloger du tableur',
        summary: 'En ligne.',
        accessRoutes: [{ note: 'Après la 3e.', trainings: [{ title: 'CAP horlogerie', apprenticeship: true }, { title: 'DMA horlogerie' }] }],
        _status: 'published',
      },
    })
    const rows = [['id', 'accessRoutes_0_trainings_0_apprenticeship', '_status'], [String(career.id), 'FAUX', 'draft']]
    const report = await importFile(editor, Buffer.from(stringify(rows)), 'partielle.csv', 'update', 'id')
    expect(report.summary?.issueDetails).toEqual([expect.objectContaining({ line: 2, error: expect.stringMatching(/^« Comment y accéder » : le fichier n’a pas toutes les colonnes de cette liste/) })])
    const kept = await latest(career.id)
    expect(kept.accessRoutes?.[0]?.trainings?.map((training) => training.title)).toEqual(['CAP horlogerie', 'DMA horlogerie'])

    await expect(importFile(editor, Buffer.from('id;title\r\n;\r\n'), 'vide.csv', 'upsert', 'id')).rejects.toThrow(/aucune ligne à importer/)
    await expect(importFile(editor, Buffer.from('[]'), 'vide.json', 'upsert', 'id')).rejects.toThrow(/aucun élément à importer/)
  })

  it('refuses exports and imports to accounts without a role', async () => {
    const reader = await makeUser(payload, [])
    await expect(importFile(reader, Buffer.from('title\nIntrus\n'), 'intrus.csv', 'create')).rejects.toThrow()
    await expect(exportCareers(reader, {})).rejects.toThrow()
    expect((await payload.count({ collection: 'careers', where: { title: { equals: 'Intrus' } } })).totalDocs).toBe(0)
  })
})
