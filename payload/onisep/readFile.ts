import { readFile } from 'node:fs/promises'

import { checkRecord, type OnisepCareer } from './record'

/** An import refused before anything is written (a file, a date, another run under way): its message says why, in French. */
export class ImportRefused extends Error {}

export type SkippedRecord = { position: number; identifier?: string; reason: string }
export type OnisepFile = { careers: (OnisepCareer & { position: number })[]; skipped: SkippedRecord[]; latestYear: number | null }

const KNOWN_KEYS = ['libelle_metier', 'lien_site_onisepfr', 'code_rome', 'domainesous-domaine']

/**
 * Reads an Idéo-Métiers export (JSON array of records) from its text. Refuses, with a
 * ImportRefused, what is not one: not JSON, not an array, empty, or records none of which has
 * ONISEP's keys. Each bad record is kept aside with its position (1 for the first) and reason,
 * and a record whose identifier came earlier in the file is skipped as a duplicate.
 */
export const parseOnisepText = (text: string): OnisepFile => {
  const body = text.replace(/^\uFEFF/, '')
  if (!body.trim()) throw new ImportRefused('Ce fichier est vide : il faut l’export JSON d’Idéo-Métiers (Onisep), tel que téléchargé.')
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    // ONISEP publishes the same data as CSV too, and the spreadsheet import next door reads CSV.
    const firstLine = body.trimStart().split(/\r?\n/, 1)[0] ?? ''
    if (!/^[[{]/.test(firstLine) && /[;,\t]/.test(firstLine))
      throw new ImportRefused(
        'Ce fichier ressemble à un tableau CSV : l’import Onisep lit l’export JSON d’Idéo-Métiers (le même jeu de données, au format JSON, sur le site de l’Onisep). Les tableurs de fiches s’importent depuis la liste des fiches métiers (menu ⋮).',
      )
    throw new ImportRefused('Ce fichier n’est pas du JSON lisible : il faut l’export JSON d’Idéo-Métiers (Onisep), tel que téléchargé.')
  }
  if (!Array.isArray(data)) throw new ImportRefused('Ce fichier JSON n’est pas une liste de métiers : l’export d’Idéo-Métiers est un tableau d’enregistrements.')
  if (!data.length) throw new ImportRefused('Ce fichier ne contient aucun métier.')
  const recognised = data.some((record) => record && typeof record === 'object' && KNOWN_KEYS.some((key) => key in record))
  if (!recognised)
    throw new ImportRefused('Ce fichier ne ressemble pas à l’export Idéo-Métiers : aucun enregistrement n’a les champs libelle_metier ou lien_site_onisepfr.')
  const careers: OnisepFile['careers'] = []
  const skipped: SkippedRecord[] = []
  const firstSeen = new Map<string, number>()
  let latestYear: number | null = null
  data.forEach((record, index) => {
    const position = index + 1
    const checked = checkRecord(record)
    if ('reason' in checked) return skipped.push(checked.identifier ? { position, identifier: checked.identifier, reason: checked.reason } : { position, reason: checked.reason })
    const earlier = firstSeen.get(checked.identifier)
    if (earlier) return skipped.push({ position, identifier: checked.identifier, reason: `identifiant déjà présent dans le fichier (enregistrement ${earlier})` })
    firstSeen.set(checked.identifier, position)
    if (checked.year && (!latestYear || checked.year > latestYear)) latestYear = checked.year
    careers.push({ ...checked, position })
  })
  return { careers, skipped, latestYear }
}

/**
 * parseOnisepText on a file's bytes. ONISEP's exports are UTF-8 (JSON's own encoding, RFC 8259
 * §8.1): bytes that are not are refused rather than read as "�" in a thousand titles.
 */
export const parseOnisepBytes = (bytes: Uint8Array): OnisepFile => {
  // A ZIP's signature: an Excel or LibreOffice workbook (.xlsx, .ods), not an encoding problem.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    throw new ImportRefused('Ce fichier est un classeur (Excel, LibreOffice) : il faut l’export JSON d’Idéo-Métiers (Onisep), tel que téléchargé.')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportRefused('Ce fichier n’est pas encodé en UTF-8 : il faut l’export JSON d’Idéo-Métiers (Onisep) tel que téléchargé, sans l’avoir réenregistré dans un autre encodage.')
  }
  return parseOnisepText(text)
}

/** parseOnisepBytes on a file, refusing one that cannot be read with the same French message. */
export const readOnisepFile = async (file: string): Promise<OnisepFile> => {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ImportRefused(code === 'ENOENT' ? `Fichier introuvable : ${file}` : `Lecture impossible de ${file} (${code ?? 'erreur inconnue'}).`)
  }
  return parseOnisepBytes(bytes)
}

/** A moment's calendar day in Paris, as ISO writes it ("2026-11-30"): what the attribution cites. */
export const parisCalendarDay = (moment: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(moment)

/**
 * The data's date for the attribution: a calendar date given by the person importing
 * ("2026-11-30"), else the latest `annee` of the file. Throws a ImportRefused for a date that
 * is not a real day in ISO form (2026-02-30 is refused, not rolled over to March).
 */
export const editionOf = (given: string | undefined, latestYear: number | null): string | null => {
  if (given === undefined) return latestYear ? String(latestYear) : null
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(given)
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
  // The same years as a record's `annee` (record.ts).
  if (!match || !day || day.toISOString().slice(0, 10) !== given || day.getUTCFullYear() < 1990 || day.getUTCFullYear() > 2100)
    throw new ImportRefused(`Date des données invalide : « ${given} ». Format attendu : AAAA-MM-JJ, un jour réel entre 1990 et 2100, par exemple 2026-11-30.`)
  // Data are not published in the future: a day after today (in Paris) is a typing mistake, cited on every sheet.
  const today = parisCalendarDay(new Date())
  if (given > today) throw new ImportRefused(`Date des données dans le futur : « ${given} ». Donnez le jour où l’Onisep a publié le fichier (au plus tard aujourd’hui, ${today}).`)
  return given
}

export type PreparedImport = { read: OnisepFile; edition: string | null }

/** Reads and checks the file and the date: throws an ImportRefused before anything else is done. */
export const prepareOnisepImport = async (file: string, date?: string): Promise<PreparedImport> => {
  const read = await readOnisepFile(file)
  return { read, edition: editionOf(date, read.latestYear) }
}
