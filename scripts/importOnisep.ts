// `npm run import:onisep -- <file.json> [--date AAAA-MM-JJ] [--publish] [--wait <seconds>]`: imports
// ONISEP's Idéo-Métiers export (payload/onisep/). --wait: how long to wait for a running server to
// expire the changed pages (default 20 s; 0 when none runs, as in the bench). Migrates first; uses the embedded PostgreSQL when
// DATABASE_URL is unset, like the seed. Exits 2 on a refused command or file (nothing
// written), 1 when some records were skipped, 0 otherwise.
import './loadEnv'
import { parseArgs } from 'node:util'

// These two load neither Payload nor Next.
import { ImportRefused } from '@/payload/onisep/readFile'
import { summaryLines } from '@/payload/onisep/summary'

import { prepareEnvironment } from './localEnvironment'
import { migrate, withPayload } from './payloadSession'

const USAGE = 'Usage : npm run import:onisep -- <fichier.json> [--date AAAA-MM-JJ] [--publish] [--wait <secondes>]'

let options: { values: { date?: string; publish?: boolean; wait?: string }; positionals: string[] }
try {
  // strict: an unknown or misspelt option ("--publsh", "--date" without a value) is refused, not ignored.
  options = parseArgs({ options: { date: { type: 'string' }, publish: { type: 'boolean' }, wait: { type: 'string' } }, allowPositionals: true, strict: true })
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

const environment = await prepareEnvironment()
let code = 0
try {
  const outcome = await withPayload(async (payload) => {
    await migrate(payload)
    // Imported once the config is loaded: loaded before it (statically or not), the import's
    // modules left Node waiting forever on the config's own import about one start in two
    // (exit 13, "unsettled top-level await", tsx on Node 20).
    const { runOnisepImport } = await import('@/payload/onisep/runImport')
    return runOnisepImport(payload, file, {
      date: options.values.date,
      publish: options.values.publish ?? false,
      serverWaitMs: waitSeconds * 1000,
      onProgress: (done, total) => console.log(`… ${done} / ${total}`),
    })
  })
  console.log(summaryLines(outcome).join('\n'))
  if (outcome.report.skipped.length) code = 1
} catch (error) {
  if (!(error instanceof ImportRefused)) throw error
  console.error(`Import refusé, rien n’a été écrit : ${error.message}`)
  code = 2
} finally {
  await environment.stop()
}
// Payload leaves timers behind after destroy(); a one-shot script ends here.
process.exit(code)
