// Imported first by every script: reads `.env` files as Next itself does (the same files and
// order: .env.$NODE_ENV.local, .env.local, .env.$NODE_ENV, .env; a variable already set in the
// environment wins), so that `npm start`, `npm run seed`, `npm test`… see the DATABASE_URL or
// SITE_URL a developer wrote there before Next starts.
import nextEnv from '@next/env'

// A CommonJS package: its named exports are not visible to ESM imports.
nextEnv.loadEnvConfig(process.cwd(), process.argv.includes('--dev'), { info: () => {}, error: console.error })
