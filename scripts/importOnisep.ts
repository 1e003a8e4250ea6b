// `npm run import:onisep -- <file.json> [--date AAAA-MM-JJ] [--publish] [--wait <seconds>]`: imports
// ONISEP's Idéo-Métiers export (payload/onisep/). --wait: how long to wait for a running server to
// expire the changed pages (default 20 s; 0 when none runs, as in the bench). Migrates first; uses the embedded PostgreSQL when
// DATABASE_URL is unset, like the seed. Exits 2 on a refused command or file (nothing
// written), 1 when some records were skipped, 0 otherwise.
import './loadEnv'
import { parseArgs } from 'node:util'

import path from 'node:path'

// These load neither Payload nor Next.
import { ImportRefused, type PreparedImport, prepareOnisepImport } from '@/payload/onisep/readFile'
import { summaryLines } from '@/payload/onisep/summary'

import { prepareEnvironment } from './localEnvironment'
import { migrate, withPayload } from './payloadSession'

/** Payload's APIError of a 4xx, told apart without loading Payload before the config (see below). */
const isRefusal = (error: unknown): error is Error => {
  const status = (error as { status?: unknown } | null)?.status
  return error instanceof Error && typeof status === 'number' && status < 500
}

const USAGE = 'Usage : npm run import:onisep -- <fichier.json> [--date AAAA-MM-JJ] [--publish] [--wait <secondes>]'

let options: { values: { date?: string; publish?: boolean; wait?: string; help?: boolean }; positionals: string[] }
try {
  // strict: an unknown or misspelt option ("--publsh", "--date" without a value) is refused, not ignored.
  options = parseArgs({ options: { date: { type: 'string' }, publish: { type: 'boolean' }, wait: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
} catch (error) {
  // Node's own messages are in English; the two cases it has, said in French.
  const { code, message } = error as NodeJS.ErrnoException
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? ''
  console.error(
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? `Option inconnue : ${option}`
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? `Valeur manquante ou invalide pour ${option}`
        : message,
  )
  console.error(USAGE)
  process.exit(2)
}
if (options.values.help) {
  console.log(`${USAGE}\nImporte l’export JSON d’Idéo-Métiers (Onisep) : voir « Importing ONISEP's careers » dans le README.`)
  process.exit(0)
}
const waitSeconds = options.values.wait === undefined ? 20 : Number(options.values.wait)
if (!(Number.isInteger(waitSeconds) && waitSeconds >= 0 && waitSeconds <= 600)) {
  console.error(`--wait attend un nombre entier de secondes, de 0 à 600 (reçu : « ${options.values.wait} »).\n${USAGE}`)
  process.exit(2)
}
const [file, ...extra] = options.positionals
if (!file || extra.length) {
  console.error(`${file ? 'Un seul fichier à la fois.' : 'Fichier à importer manquant.'}\n${USAGE}`)
  process.exit(2)
}

// npm runs scripts from the project's folder: a relative path is the one the person typed,
// from where they typed it.
const filePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file)

// The file and the date first: a wrong one is refused at once, before any database is started.
let prepared: PreparedImport
try {
  prepared = await prepareOnisepImport(filePath, options.values.date)
} catch (error) {
  if (!(error instanceof ImportRefused)) throw error
  console.error(`Import refusé, rien n’a été écrit : ${error.message}`)
  process.exit(2)
}

// Ctrl+C: the record under way ends, the pages of what was written are expired, and the
// report says how far the run went (run the same file again to finish). A second Ctrl+C quits.
const stop = new AbortController()
process.once('SIGINT', () => {
  console.error('\nInterruption demandée : fin de l’enregistrement en cours, puis rapport…')
  stop.abort()
  process.once('SIGINT', () => process.exit(130))
})

const environment = await prepareEnvironment()
let code = 0
try {
  const outcome = await withPayload(async (payload) => {
    await migrate(payload)
    // Imported once the config is loaded: loaded before it (statically or not), the import's
    // modules left Node waiting forever on the config's own import about one start in two
    // (exit 13, "unsettled top-level await", tsx on Node 20).
    const { runRecordedImport } = await import('@/payload/onisep/recordedImport')
    const { PREPARED, RUN_HERE } = await import('@/payload/onisep/uploadHooks')
    const publish = options.values.publish ?? false
    // Kept in the admin (Administration › Imports Onisep) with its file and report, as an import
    // launched there; run here rather than by the server's queue.
    let id: number
    try {
      ;({ id } = await payload.create({
        collection: 'onisep-imports',
        // Noon UTC is the given day in Paris, which the admin's date field cites.
        data: { publish, ...(options.values.date ? { dataDate: `${options.values.date}T12:00:00.000Z` } : {}) },
        filePath,
        draft: false,
        context: { [RUN_HERE]: true, [PREPARED]: prepared },
      }))
    } catch (error) {
      // Refused by the import's record (another import waiting or under way): its message is whole.
      if (isRefusal(error)) throw new ImportRefused(error.message.replace(/^Import refusé, rien n’a été écrit : /, ''))
      throw error
    }
    return runRecordedImport(payload, id, prepared, {
      publish,
      serverWaitMs: waitSeconds * 1000,
      signal: stop.signal,
      onProgress: (done, total) => (done % 50 === 0 || done === total) && console.log(`… ${done} / ${total}`),
    })
  })
  console.log(summaryLines(outcome).join('\n'))
  if (outcome.report.interrupted) code = 130
  else if (outcome.report.skipped.length) code = 1
} catch (error) {
  if (!(error instanceof ImportRefused)) throw error
  console.error(`Import refusé, rien n’a été écrit : ${error.message}`)
  code = 2
} finally {
  await environment.stop()
}
// Payload leaves timers behind after destroy(); a one-shot script ends here.
process.exit(code)
