import { APIError, type CollectionAfterChangeHook, type CollectionAfterDeleteHook, type CollectionBeforeDeleteHook, type CollectionBeforeOperationHook } from 'payload'

import type { OnisepImport } from '@/payload-types'
import { hasRole } from '@/payload/access/roles'

import { importAlive } from './importLiveness'
import { ONISEP_QUEUE } from './importQueue'
import { editionOf, ImportRefused, type PreparedImport, parisCalendarDay, parseOnisepBytes } from './readFile'

/** `req.context` key: the command line runs the import itself (scripts/importOnisep.ts), no job is queued. */
export const RUN_HERE = 'onisepImportRunsHere'
/** `req.context` key: the file as read and checked (by checkOnisepUpload, or given by the command line), for queueOnisepImport. */
export const PREPARED = 'onisepPreparedImport'

const STOPPED =
  'Arrêté avant sa fin (serveur ou commande interrompus) : ce qui a été enregistré est gardé ; importez le même fichier à nouveau pour finir, rien ne sera fait deux fois.'

const refused = (message: string, status = 400) => new APIError(message, status, undefined, true)

/** The calendar day, in Paris, of the admin's date field ("2026-11-30"), as the attribution cites it. */
const parisDay = (value: unknown): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined
  const date = new Date(typeof value === 'string' || typeof value === 'number' ? value : NaN)
  if (Number.isNaN(date.getTime())) throw new ImportRefused(`Date des données invalide : « ${String(value).slice(0, 40)} ». Choisissez un jour dans le calendrier.`)
  return parisCalendarDay(date)
}

/**
 * Before an import is created: the file must be an Idéo-Métiers export and no other import may
 * wait or run. Refused in French (400, 409) before anything is written; the fields the run
 * writes are set here, whatever the request sent.
 */
export const checkOnisepUpload: CollectionBeforeOperationHook<'onisep-imports'> = async ({ args, operation, req }) => {
  if (operation !== 'create') return args
  // Access is checked after this hook: a caller without the right gets its 403, not a reading of its file.
  if (!args.overrideAccess && !hasRole(req.user, 'admin')) return args
  const { file } = req
  // An empty file is said empty below (parseOnisepBytes), not missing.
  if (!file?.data) throw refused('Choisissez le fichier JSON exporté d’Idéo-Métiers (Onisep) à importer.')
  const data = (args.data ?? {}) as { dataDate?: unknown; publish?: unknown }
  let prepared: PreparedImport
  try {
    // The command line read and checked its file already (scripts/importOnisep.ts).
    const read = (req.context[PREPARED] as PreparedImport | undefined)?.read ?? parseOnisepBytes(file.data)
    prepared = { read, edition: editionOf(parisDay(data.dataDate), read.latestYear) }
  } catch (error) {
    if (error instanceof ImportRefused) throw refused(`Import refusé, rien n’a été écrit : ${error.message}`)
    throw error
  }
  // One import at a time. One marked waiting or running with nothing behind it (a shell or
  // server that died) is written down as interrupted and holds nothing back.
  const { docs } = await req.payload.find({ collection: 'onisep-imports', where: { status: { in: ['queued', 'running'] } }, depth: 0, select: { filename: true, status: true }, req })
  for (const other of docs) {
    if (await importAlive(req.payload, other))
      throw refused(
        `Un import Onisep est déjà ${other.status === 'running' ? 'en cours' : 'en file d’attente'} (« ${other.filename ?? 'sans nom'} ») : attendez qu’il se termine avant d’en lancer un autre.`,
        409,
      )
    // The adapter's own update: Payload's would take this request's file for that import's.
    await req.payload.db.updateOne({ collection: 'onisep-imports', id: other.id, data: { status: 'interrupted', error: STOPPED }, req })
  }
  // Checked as JSON whatever the browser called it; stored under a name that says so.
  file.mimetype = 'application/json'
  if (!/\.json$/i.test(file.name)) file.name = `${file.name}.json`
  args.data = {
    dataDate: typeof data.dataDate === 'string' && data.dataDate ? data.dataDate : null,
    publish: data.publish === true,
    edition: prepared.edition,
    status: 'queued',
    source: req.context[RUN_HERE] ? 'cli' : 'admin',
    launchedBy: req.user?.id ?? null,
    processed: 0,
    total: prepared.read.careers.length,
    counts: null,
    report: null,
    error: null,
    startedAt: null,
    finishedAt: null,
  }
  req.context[PREPARED] = prepared
  return args
}

/**
 * After an import is created from the admin: its run is queued on the `onisep` queue, in the same
 * transaction (no import without its job, no job without its import). The records travel in
 * the job, read once here: whichever app server runs it needs no access to the uploaded file.
 */
export const queueOnisepImport: CollectionAfterChangeHook<OnisepImport> = async ({ doc, operation, req }) => {
  const prepared = req.context[PREPARED] as PreparedImport | undefined
  if (operation !== 'create' || req.context[RUN_HERE] || !prepared) return doc
  await req.payload.jobs.queue({
    task: 'onisepImport',
    queue: ONISEP_QUEUE,
    input: { importId: doc.id, read: prepared.read, edition: prepared.edition, publish: Boolean(doc.publish) },
    req,
  })
  return doc
}

/** Before an import is deleted: not while it runs (its run would write on nothing and its report be lost). */
export const keepRunningImport: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'onisep-imports', id, depth: 0, select: { status: true }, overrideAccess: true, req, disableErrors: true })
  if (doc?.status === 'running' && (await importAlive(req.payload, { id: Number(id), status: doc.status })))
    throw refused('Cet import est en cours : attendez sa fin pour le supprimer (les fiches déjà importées resteraient, sans leur rapport).', 409)
}

/** After a waiting import is deleted: its job goes too, so that deleting it cancels it. */
export const cancelItsJob: CollectionAfterDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'onisepImport' } }, { 'input.importId': { equals: Number(id) } }, { processing: { equals: false } }] }, req, overrideAccess: true })
}
