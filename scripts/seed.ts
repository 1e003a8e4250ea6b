// `npm run seed`: loads (or refreshes) the demo content. Migrates first, so it works on an
// empty database; the embedded PostgreSQL is used when DATABASE_URL is unset.
import './loadEnv'
import { prepareEnvironment } from './localEnvironment'
import { migrate, withPayload } from './payloadSession'

const environment = await prepareEnvironment()
try {
  const summary = await withPayload(async (payload) => {
    await migrate(payload)
    const { seed } = await import('@/payload/seed')
    return seed(payload)
  })
  console.log(
    `Seeded ${summary.careers} careers, ${summary.news} news posts, ${summary.pages} site pages, ${summary.sectors} sectors, ${summary.media} images` +
      (summary.admin ? ', and the SEED_ADMIN_EMAIL admin.' : '. No user created (SEED_ADMIN_EMAIL unset).'),
  )
} finally {
  await environment.stop()
}
// Payload leaves timers behind after destroy(); a one-shot script ends here.
process.exit(0)
