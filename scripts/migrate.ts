// Applies pending migrations; with --seed-if-empty, also loads the demo content into a
// database that holds none. Runs as its own process so the server never keeps this
// Payload instance (and its memory) alive.
import './loadEnv'
import { migrate, withPayload } from './payloadSession'

const seedIfEmpty = process.argv.includes('--seed-if-empty')

await withPayload(async (payload) => {
  await migrate(payload)
  const { hasNoContent } = await import('@/payload/seed/isEmpty')
  if (seedIfEmpty && (await hasNoContent(payload))) {
    const { seed } = await import('@/payload/seed')
    const summary = await seed(payload)
    console.log(`Empty database: loaded the demo content (${summary.careers} careers, ${summary.news} news posts).`)
  }
})
// Payload leaves timers behind after destroy(); a one-shot script ends here.
process.exit(0)
