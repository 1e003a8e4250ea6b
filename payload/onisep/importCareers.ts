import { isDeepStrictEqual } from 'node:util'

import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { SLUG_MAX_LENGTH, slugify } from '@/payload/fields/slugify'

import type { OnisepFile, SkippedRecord } from './readFile'
import { type OnisepCareer, sectorTitle } from './record'
import { frenchList } from '@/payload/text/frenchList'

/** The fields an import fills and editors may change; an edited one is never overwritten. */
export const EDITABLE_FIELDS = ['title', 'feminineTitle', 'romeCodes', 'sectors'] as const
type Editable = { title: string; feminineTitle: string | null; romeCodes: string[]; sectors: number[] }
type EditableField = (typeof EDITABLE_FIELDS)[number]

type Named = { identifier: string; title: string; id: number }
export type ImportReport = {
  created: Named[]
  /** Careers written by the team before the import, with this title: linked, not duplicated. */
  linked: Named[]
  updated: (Named & { fields: string[] })[]
  unchanged: number
  /** Fields ONISEP changed that the team had edited: kept as the team wrote them. */
  keptEdits: (Named & { fields: string[] })[]
  skipped: SkippedRecord[]
  /** Careers imported earlier whose record is no longer in the file: reported, never deleted. */
  missing: Named[]
  sectorsCreated: string[]
  /** Labels that did not read as two forms of one title: kept whole, for an editor to split. */
  doubtfulTitles: Named[]
  /** Set when the run was stopped before its last record: how far it went. */
  interrupted?: { done: number; total: number }
  /** Cache tags the run's saves would have expired, expired once by the caller. */
  tags: string[]
}

export type ImportOptions = {
  /** Attribution date: a year ("2025") or a day ("2026-11-30"). */
  edition: string | null
  /** Publish new careers at once (with a generated summary) instead of leaving drafts. */
  publish?: boolean
  /** Called after each record (the run waits for a promise it returns); callers space out what they print or write. */
  onProgress?: (done: number, total: number) => void | Promise<void>
  /**
   * Where the saves' cache tags are gathered. The caller's own set, so that it expires what
   * was committed even when the run stops half-way (runImport.ts).
   */
  deferredTags?: Set<string>
  /** Stops the run between two records (the command line's Ctrl+C). */
  signal?: AbortSignal
}

type Existing = {
  id: number
  slug?: string | null
  _status?: 'draft' | 'published' | null
  title: string
  feminineTitle?: string | null
  romeCodes?: string[] | null
  sectors?: (number | { id: number })[] | null
  onisep?: { identifier?: string | null; url?: string | null; subDomains?: string[] | null; edition?: string | null; imported?: unknown } | null
}

const ids = (values: Existing['sectors']) => (values ?? []).map((value) => (typeof value === 'object' ? value.id : value))

/** Values compared as the page shows them: no text is "" or null alike, lists in any order. */
const canonical = (field: EditableField, value: unknown): unknown => {
  if (field === 'romeCodes') return [...((value as string[] | null) ?? [])].sort()
  if (field === 'sectors') return [...ids(value as Existing['sectors'])].sort((a, b) => a - b)
  // "Ingénieur d'études" typed by the team is "Ingénieur d’études" from ONISEP.
  return typeof value === 'string' && value.trim() ? value.trim().replace(/'/g, '’') : null
}
const same = (field: EditableField, a: unknown, b: unknown) => isDeepStrictEqual(canonical(field, a), canonical(field, b))

/**
 * The date a career cites: the run's, except that a run with only the file's latest year ("2025",
 * no date given) keeps a day given by an earlier run that is not older ("2026-11-30"): importing
 * the file again without its date neither rewrites every sheet nor makes its citation vaguer.
 */
export const citedEdition = (before: string | null | undefined, run: string | null): string | null =>
  run && /^\d{4}$/.test(run) && before && /^\d{4}-\d{2}-\d{2}$/.test(before) && before.slice(0, 4) >= run ? before : run

const currentValues = (career: Existing): Editable => ({
  title: career.title,
  feminineTitle: career.feminineTitle ?? null,
  romeCodes: career.romeCodes ?? [],
  sectors: ids(career.sectors),
})

const quoted = (items: string[]) => frenchList(items.map((item) => `« ${item} »`))

/** A summary for a career published at once: what the record says, and where it comes from. */
const generatedSummary = (career: OnisepCareer) => {
  const domains = career.domains.length ? ` ${career.domains.length > 1 ? 'des domaines' : 'du domaine'} ${quoted(career.domains)},` : ''
  return `${career.title} : métier${domains} présenté d’après la fiche Idéo-Métiers de l’Onisep.`.slice(0, 400)
}

/**
 * Upserts one career per record, keyed by its ONISEP identifier (`onisep.identifier`). Each
 * record is all or nothing: its career and the sectors it creates are written in one
 * transaction, so a failure leaves nothing half-done and a run interrupted anywhere can be run
 * again. Fields are compared before saving: an unchanged career gets no version and no new
 * `updatedAt`. The editable fields (titles, ROME codes, sectors) follow ONISEP only while they
 * still hold what the last import wrote. A new career is a draft unless `publish`; one whose
 * latest version is a draft is updated as a draft, so an editor's pending work stays unpublished.
 * The saves' cache tags are collected, not expired: the caller expires them once
 * (payload/jobs/expireCacheTags.ts), a thousand careers making one expiry, not a thousand.
 */
export const importCareers = async (payload: Payload, file: OnisepFile, options: ImportOptions): Promise<ImportReport> => {
  const report: ImportReport = { created: [], linked: [], updated: [], unchanged: 0, keptEdits: [], skipped: [...file.skipped], missing: [], sectorsCreated: [], doubtfulTitles: [], tags: [] }
  const deferredTags = options.deferredTags ?? new Set<string>()

  // What the run compares against, read once: only the fields it needs (a thousand full
  // career documents would hold the server's heap for nothing), latest versions (drafts).
  const { docs } = await payload.find({
    collection: 'careers',
    draft: true,
    pagination: false,
    depth: 0,
    select: { slug: true, _status: true, title: true, feminineTitle: true, romeCodes: true, sectors: true, onisep: true },
  })
  const careers = docs as unknown as Existing[]
  const byIdentifier = new Map<string, Existing>()
  const unlinkedBySlug = new Map<string, Existing[]>()
  for (const career of careers) {
    if (career.onisep?.identifier) byIdentifier.set(career.onisep.identifier, career)
    else if (career.title) {
      const key = slugify(career.title)
      unlinkedBySlug.set(key, [...(unlinkedBySlug.get(key) ?? []), career])
    }
  }
  // Slugs are unique over the published rows and drafts alike.
  const { rows } = await payload.db.drizzle.execute<{ slug: string }>(sql`select slug from careers where slug is not null`)
  const takenSlugs = new Set(rows.map((row) => row.slug))
  // "-2", "-3"… after a taken slug, the base cut short enough for the suffix to survive the
  // slug's length limit (a long title's slug is already at the limit).
  const freeSlug = (base: string) => {
    let slug = base
    for (let n = 2; takenSlugs.has(slug); n++) slug = `${base.slice(0, SLUG_MAX_LENGTH - String(n).length - 1).replace(/-+$/, '')}-${n}`
    return slug
  }
  const sectors = await payload.find({ collection: 'sectors', pagination: false, depth: 0, select: { slug: true } })
  const sectorIdBySlug = new Map(sectors.docs.filter((sector) => sector.slug).map((sector) => [sector.slug!, sector.id]))

  let done = 0
  for (const record of file.careers) {
    // Ctrl+C: the record under way finishes (or rolls back), the report says where it stopped.
    if (options.signal?.aborted) {
      report.interrupted = { done, total: file.careers.length }
      break
    }
    const req = await createLocalReq({ context: { deferredTags } }, payload)
    await initTransaction(req)
    const newSectors = new Map<string, { id: number; title: string }>()
    let committed = false
    try {
      const sectorIds: number[] = []
      for (const domain of record.domains) {
        const title = sectorTitle(domain)
        const slug = slugify(title)
        let id = sectorIdBySlug.get(slug) ?? newSectors.get(slug)?.id
        if (id === undefined) {
          id = (await payload.create({ collection: 'sectors', data: { title, slug }, req })).id
          newSectors.set(slug, { id, title })
        }
        if (!sectorIds.includes(id)) sectorIds.push(id)
      }
      // Lists in a fixed order: ONISEP reordering its domains or codes is no change.
      const values: Editable = {
        title: record.title,
        feminineTitle: record.feminineTitle,
        romeCodes: [...record.romeCodes].sort(),
        sectors: [...sectorIds].sort((a, b) => a - b),
      }
      const onisep = { identifier: record.identifier, url: record.url, subDomains: record.subDomains, edition: options.edition as string | null, imported: values }
      const named = (id: number, title = record.title): Named => ({ identifier: record.identifier, title, id })

      let existing = byIdentifier.get(record.identifier)
      let linking = false
      if (!existing) {
        const namesakes = unlinkedBySlug.get(slugify(record.title)) ?? []
        // One sheet the team wrote under this title: the record joins it rather than doubling it.
        if (namesakes.length === 1) [existing, linking] = [namesakes[0], true]
      }
      onisep.edition = citedEdition(existing?.onisep?.edition, options.edition)

      if (!existing) {
        // A title kept whole for an editor to split is never published as it is.
        const publish = options.publish && !record.doubtful
        const slug = freeSlug(slugify(record.title))
        const created = await payload.create({
          collection: 'careers',
          data: {
            ...values,
            slug,
            onisep,
            ...(publish ? { _status: 'published', summary: generatedSummary(record) } : { _status: 'draft' }),
          } as never,
          draft: !publish,
          req,
        })
        await commitTransaction(req)
        committed = true
        takenSlugs.add(slug)
        byIdentifier.set(record.identifier, { ...(created as unknown as Existing) })
        report.created.push(named(created.id))
        if (record.doubtful) report.doubtfulTitles.push(named(created.id))
      } else {
        // The baseline is what the last import wrote; a sheet linked now has none, so every
        // field the team filled is theirs and stays.
        const baseline = linking ? null : (existing.onisep?.imported as Partial<Editable> | null | undefined)
        const current = currentValues(existing)
        const data: Partial<Editable> = {}
        const kept: string[] = []
        const onisepsOwn = (field: EditableField) =>
          baseline ? field in baseline && same(field, current[field], baseline[field]) : canonical(field, current[field]) === null || isDeepStrictEqual(canonical(field, current[field]), [])
        for (const field of EDITABLE_FIELDS) {
          if (same(field, current[field], values[field])) continue
          // ONISEP's value where the field is still what it wrote, or (a sheet linked now) empty.
          // The two titles go together: one edited keeps both, never a masculine from the team
          // beside a feminine from ONISEP.
          const own = field === 'title' || field === 'feminineTitle' ? onisepsOwn('title') && onisepsOwn('feminineTitle') : onisepsOwn(field)
          if (own) (data as Record<string, unknown>)[field] = values[field]
          // Reported when ONISEP proposes something new (or at linking), not at every run.
          else if (!baseline || !same(field, baseline[field], values[field])) kept.push(field)
        }
        const onisepChanged =
          existing.onisep?.identifier !== onisep.identifier ||
          existing.onisep?.url !== onisep.url ||
          (existing.onisep?.edition ?? null) !== onisep.edition ||
          !isDeepStrictEqual(existing.onisep?.subDomains ?? [], onisep.subDomains) ||
          !isDeepStrictEqual(existing.onisep?.imported ?? null, onisep.imported)
        if (!Object.keys(data).length && !onisepChanged) {
          await killTransaction(req)
          report.unchanged++
        } else {
          // The comparison above read the run's first snapshot: an editor may have saved since.
          // Read again, inside this transaction, and keep only what is still ONISEP's.
          const now = (await payload.findByID({ collection: 'careers', id: existing.id, draft: true, depth: 0, req })) as unknown as Existing
          const fresh = currentValues(now)
          const editedSince = (field: EditableField) => !same(field, fresh[field], current[field])
          // The two titles go together here too: a masculine the editor just typed never sits
          // beside a feminine from ONISEP.
          const titlesEdited = editedSince('title') || editedSince('feminineTitle')
          for (const field of Object.keys(data) as EditableField[])
            if (field === 'title' || field === 'feminineTitle' ? titlesEdited : editedSince(field)) {
              delete data[field]
              kept.push(field)
            }
          await payload.update({
            collection: 'careers',
            id: existing.id,
            data: { ...data, onisep } as never,
            // An editor's pending draft takes the change as a draft, and so does a sheet the team
            // published before linking it (they see ONISEP's additions before visitors do); a
            // published sheet ONISEP filled stays published.
            draft: now._status === 'draft' || linking,
            req,
          })
          await commitTransaction(req)
          committed = true
          const after = { ...existing, ...data, onisep }
          byIdentifier.set(record.identifier, after)
          if (linking) {
            unlinkedBySlug.delete(slugify(existing.title))
            report.linked.push(named(existing.id, existing.title))
          } else report.updated.push({ ...named(existing.id, data.title ?? existing.title), fields: [...Object.keys(data), ...(onisepChanged ? ['onisep'] : [])] })
        }
        if (kept.length) report.keptEdits.push({ ...named(existing.id, existing.title), fields: kept })
      }
      // Known to the next records only once committed; an unchanged record (rolled back) made none.
      if (committed) for (const [slug, sector] of newSectors) {
        sectorIdBySlug.set(slug, sector.id)
        report.sectorsCreated.push(sector.title)
      }
    } catch (error) {
      await killTransaction(req)
      report.skipped.push({ position: record.position, identifier: record.identifier, reason: reasonOf(error) })
    }
    done++
    await options.onProgress?.(done, file.careers.length)
  }

  // A record skipped as bad is still in the file: its career is not "missing".
  const inFile = new Set([...file.careers.map((record) => record.identifier), ...file.skipped.flatMap((skip) => (skip.identifier ? [skip.identifier] : []))])
  // An interrupted run has not read the whole file: nothing can be said missing.
  if (!report.interrupted)
    for (const [identifier, career] of byIdentifier)
      if (!inFile.has(identifier)) report.missing.push({ identifier, title: career.title, id: career.id })
  report.skipped.sort((a, b) => a.position - b.position)
  report.tags = [...deferredTags]
  return report
}

/** A failed save's reason for the report: Payload's French field messages when it gives some. */
const reasonOf = (error: unknown): string => {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  const fields = data?.errors?.map((item) => `${item.path ?? '?'} : ${item.message ?? ''}`.trim())
  if (fields?.length) return `refusé à l’enregistrement (${fields.join(' ; ')})`
  // A database error's own message, not the failed SQL around it (drizzle wraps it as the cause).
  const cause = (error as { cause?: unknown }).cause
  const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error)
  return `refusé à l’enregistrement (${message.slice(0, 300)})`
}
