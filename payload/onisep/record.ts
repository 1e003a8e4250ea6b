import { splitTitles } from './titles'

/**
 * One record of ONISEP's Idéo-Métiers open-data export (JSON: an array of these), as published
 * under the Licence Ouverte. Only the keys the import reads; others are ignored.
 */
export type OnisepRecord = {
  libelle_metier?: unknown
  lien_site_onisepfr?: unknown
  code_rome?: unknown
  libelle_rome?: unknown
  lien_rome?: unknown
  gfe?: unknown
  'domainesous-domaine'?: unknown
  nom_publication?: unknown
  collection?: unknown
  annee?: unknown
}

/** What the import writes for one record. */
export type OnisepCareer = {
  identifier: string
  url: string
  title: string
  feminineTitle: string | null
  romeCodes: string[]
  domains: string[]
  subDomains: string[]
  year: number | null
  /** The title split was not safe: the label is kept whole (payload/onisep/titles.ts). */
  doubtful?: true
}

// The sheet's address, on onisep.fr, ends with its identifier:
// https://www.onisep.fr/http/redirection/metier/slug/MET.118
const IDENTIFIER = /(MET\.\d{1,6})\/?$/
const ONISEP_HOST = /(^|\.)onisep\.fr$/
const ROME_CODE = /^[A-N]\d{4}$/
const TITLE_MAX = 160
const SECTOR_TITLE_MAX = 120

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : null)

/**
 * `domainesous-domaine`: "domaine/sous-domaine" pairs separated by "|", e.g.
 * "agriculture, animaux/élevage | environnement, énergies, propreté/environnement". The first
 * slash of a pair splits it (domain names hold commas, not slashes). Domains and sub-domains
 * come back once each, in the order of the file.
 */
export const parseDomains = (value: string): { domains: string[]; subDomains: string[] } => {
  const domains: string[] = []
  const subDomains: string[] = []
  for (const pair of value.split('|')) {
    const slash = pair.indexOf('/')
    const domain = (slash < 0 ? pair : pair.slice(0, slash)).replace(/\s+/g, ' ').trim()
    const subDomain = slash < 0 ? '' : pair.slice(slash + 1).replace(/\s+/g, ' ').trim()
    if (domain && !domains.includes(domain)) domains.push(domain)
    if (subDomain && !subDomains.includes(subDomain)) subDomains.push(subDomain)
  }
  return { domains, subDomains }
}

/** A sector's name from a domain: "agriculture, animaux" → "Agriculture, animaux". */
export const sectorTitle = (domain: string) => domain.charAt(0).toLocaleUpperCase('fr') + domain.slice(1)

/**
 * The record as the import writes it, or the reason (in French, for the report) it cannot be
 * imported: no title, no identifier in the sheet's address, a malformed ROME code, a field of
 * the wrong type.
 */
export const checkRecord = (record: unknown): OnisepCareer | { reason: string; identifier?: string } => {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return { reason: 'l’enregistrement n’est pas un objet JSON' }
  const raw = record as OnisepRecord
  // Named in the report when the address gives it, so that an editor finds the record in the file.
  const hinted = typeof raw.lien_site_onisepfr === 'string' ? raw.lien_site_onisepfr.match(IDENTIFIER)?.[1] : undefined
  const named = hinted ? { identifier: hinted } : {}
  for (const key of ['libelle_metier', 'lien_site_onisepfr', 'code_rome', 'domainesous-domaine'] as const)
    if (raw[key] != null && typeof raw[key] !== 'string') return { ...named, reason: `« ${key} » devrait être un texte` }
  const label = text(raw.libelle_metier)
  if (!label) return { ...named, reason: 'intitulé du métier (libelle_metier) manquant' }
  const lettered = /\p{L}/u.test(label)
  const url = text(raw.lien_site_onisepfr)
  let address: URL | null = null
  try {
    address = url ? new URL(url) : null
  } catch {
    address = null
  }
  // The identifier comes from the address's path only, never from a query or another site:
  // the page presents the link as ONISEP's sheet.
  const identifier = address?.pathname.match(IDENTIFIER)?.[1]
  if (!address || !identifier) return { reason: `identifiant Onisep introuvable dans lien_site_onisepfr (attendu : une adresse finissant par MET.<nombre>)` }
  if (!/^https?:$/.test(address.protocol) || !ONISEP_HOST.test(address.hostname))
    return { identifier, reason: `adresse de la fiche hors du site de l’Onisep : ${url}` }
  if (!lettered) return { identifier, reason: `intitulé sans lettre : « ${label} »` }
  const titles = splitTitles(label)
  if (titles.title.length > TITLE_MAX || (titles.feminineTitle?.length ?? 0) > TITLE_MAX)
    return { identifier, reason: `intitulé trop long (plus de ${TITLE_MAX} caractères)` }
  const rome = text(raw.code_rome) ?? ''
  const romeCodes = rome ? rome.split(/[\s,;]+/).filter(Boolean) : []
  const badRome = romeCodes.find((code) => !ROME_CODE.test(code))
  if (badRome) return { identifier, reason: `code ROME invalide : ${badRome}` }
  const year = raw.annee == null || raw.annee === '' ? null : Number(raw.annee)
  if (year !== null && !(Number.isInteger(year) && year >= 1990 && year <= 2100)) return { identifier, reason: `année invalide : ${String(raw.annee)}` }
  const { domains, subDomains } = parseDomains(text(raw['domainesous-domaine']) ?? '')
  // A sector's name holds 120 characters (collections/Sectors.ts).
  const longDomain = domains.find((domain) => domain.length > SECTOR_TITLE_MAX)
  if (longDomain) return { identifier, reason: `nom de domaine trop long pour un secteur (plus de ${SECTOR_TITLE_MAX} caractères) : « ${longDomain.slice(0, 40)}… »` }
  return {
    identifier,
    // Sheets are served over HTTPS; the export still has http:// addresses.
    url: url!.replace(/^http:\/\//, 'https://'),
    ...titles,
    romeCodes,
    domains,
    subDomains,
    year,
  }
}
