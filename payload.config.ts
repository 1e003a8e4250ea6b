import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Careers } from './collections/Careers'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { Sectors } from './collections/Sectors'
import { Users } from './collections/Users'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Repères', description: 'Administration du portail Repères' },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Gravatar would be a request to a third party for every editor's page view.
    avatar: 'default',
  },
  collections: [Careers, News, Sectors, Media, Users],
  editor: lexicalEditor(),
  // No fallback on purpose: Payload refuses to start without a secret, and `npm start`
  // generates one under .data/ (see scripts/secret.ts). A default would be a shared secret.
  secret: process.env.PAYLOAD_SECRET || '',
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    // Schema changes only through committed migrations, in every environment.
    push: false,
    migrationDir: path.resolve(dirname, 'payload/migrations'),
  }),
  i18n: {
    fallbackLanguage: 'fr',
    supportedLanguages: { fr, en },
  },
  sharp,
  upload: { limits: { fileSize: 10 * 1024 * 1024 } },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
})
