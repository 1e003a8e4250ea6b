import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { s3Storage } from '@payloadcms/storage-s3'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Careers } from './collections/Careers'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { OnisepImports } from './collections/OnisepImports'
import { OrientationQuiz } from './collections/OrientationQuiz'
import { Pages } from './collections/Pages'
import { redirects } from './collections/Redirects'
import { Sectors } from './collections/Sectors'
import { Subscribers } from './collections/Subscribers'
import { Users } from './collections/Users'
import { adminOnlyDeveloperViews } from './payload/admin/developerViews'
import { frenchLanguage, frenchPluginTranslations, withFrenchRichText } from './payload/i18n/french'
import { adminStrings } from './payload/i18n/adminStrings'
import { englishImportExportStrings } from './payload/i18n/frImportExport'
import { typesetAdmin } from './payload/i18n/typesetAdmin'
import { jobs } from './payload/jobs/config'
import { restrictJobStats } from './payload/jobs/statsAccess'
import { frenchUploadFields } from './payload/media/uploadFields'
import { s3Bucket, s3ClientConfig } from './payload/media/s3'
import { PREVIEWABLE, previewUrl } from './payload/preview/previewUrl'
import { editor } from './payload/richText/editor'
import { textHygiene } from './payload/text/textHygiene'
import { apiMistakes } from './payload/http/apiMistakes'
import { MAX_JSON_BYTES } from './payload/http/guardJsonBody'
import { graphqlLimits } from './payload/http/graphqlLimits'
import { siteUrl } from './payload/routes'
import { emailAdapter } from './payload/email/transport'
import { searchEngineFields } from './payload/seo/plugin'
import { spreadsheets } from './payload/spreadsheets/plugin'
import { uniformGraphqlLoginFailure } from './payload/email/accountHooks'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Browsers may send the admin session cookie only from our own pages (Payload's CSRF check on
// the Origin header, then Sec-Fetch-Site), and only our pages may call the API from a browser.
// Without SITE_URL the local server answers on localhost and 127.0.0.1 alike.
const port = process.env.PORT || 3000
const ownOrigins = process.env.SITE_URL ? [new URL(siteUrl()).origin] : [`http://localhost:${port}`, `http://127.0.0.1:${port}`]

export default buildConfig({
  graphQL: { validationRules: graphqlLimits },
  // A locked account answers GraphQL's loginUser as a wrong password does (collection hooks do not run there).
  hooks: { afterError: [uniformGraphqlLoginFailure] },
  csrf: ownOrigins,
  cors: ownOrigins,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    // Repères' marks and name, not Payload's (favicon, logo, icon, link previews).
    meta: {
      // Payload joins title and suffix with a space of its own.
      titleSuffix: '— Repères',
      // Payload's generated link-preview image (/api/og) carries its own mark.
      defaultOGImageType: 'off',
      description: 'Administration du portail Repères',
      icons: [{ rel: 'icon', type: 'image/png', url: '/logo.png' }],
      openGraph: { siteName: 'Repères', description: 'Administration du portail Repères' },
    },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Gravatar would be a request to a third party for every editor's page view.
    avatar: 'default',
    components: {
      beforeDashboard: ['/payload/admin/MailStatus#MailNotice', '/payload/admin/EditorialDashboard#EditorialDashboard', '/payload/admin/MailStatus#DigestSummary'],
      beforeLogin: ['/payload/admin/MailStatus#MailNoticeForLogin'],
      // What waits for review (editors) or was sent back (contributors), on every admin page.
      beforeNavLinks: ['/payload/admin/ReviewNotice#ReviewNotice'],
      graphics: { Logo: '/payload/admin/Brand#BrandLogo', Icon: '/payload/admin/Brand#BrandIcon' },
    },
    // Schedules and dates are entered in Paris time whatever the editor's computer says;
    // overseas academies can pick their own zone. Dates shown without a zone of their own
    // (document header, list cells, versions) are in this default zone too: Payload's
    // formatDate() is patched to it (scripts/adminPatches.ts, DISPLAY_TIMEZONE), and
    // tests/unit/adminPatches.test.ts fails if the two differ.
    timezones: {
      defaultTimezone: 'Europe/Paris',
      supportedTimezones: [
        { label: 'Paris (métropole)', value: 'Europe/Paris' },
        { label: 'Guadeloupe, Martinique', value: 'America/Martinique' },
        { label: 'Guyane', value: 'America/Cayenne' },
        { label: 'La Réunion', value: 'Indian/Reunion' },
        { label: 'Mayotte', value: 'Indian/Mayotte' },
        { label: 'Nouvelle-Calédonie', value: 'Pacific/Noumea' },
        { label: 'Polynésie française (Tahiti)', value: 'Pacific/Tahiti' },
      ],
    },
    livePreview: {
      collections: [...PREVIEWABLE],
      url: ({ data, collectionConfig }) =>
        collectionConfig && PREVIEWABLE.includes(collectionConfig.slug as never)
          ? (previewUrl(collectionConfig.slug as (typeof PREVIEWABLE)[number], data?.slug) ?? '')
          : '',
      breakpoints: [
        { name: 'telephone', label: 'Téléphone', width: 375, height: 740 },
        { name: 'ordinateur', label: 'Ordinateur', width: 1280, height: 800 },
      ],
    },
  },
  collections: [Careers, News, Pages, Sectors, Media, Users, Subscribers, OnisepImports],
  globals: [OrientationQuiz],
  jobs,
  // SMTP_URL and EMAIL_FROM; without SMTP_URL mails are written to .data/mail (payload/email/transport.ts).
  email: emailAdapter(),
  editor: withFrenchRichText(editor),
  // No fallback on purpose: Payload refuses to start without a secret, and `npm start`
  // generates one under .data/ (see scripts/secret.ts). A default would be a shared secret.
  secret: process.env.PAYLOAD_SECRET || '',
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    // No readReplicas: Payload would read everything there. Replicas answer searches only
    // (DATABASE_READ_REPLICA_URLS, payload/db/replicas.ts).
    // Schema changes only through committed migrations, in every environment.
    push: false,
    migrationDir: path.resolve(dirname, 'payload/migrations'),
  }),
  i18n: {
    fallbackLanguage: 'fr',
    supportedLanguages: { fr: frenchLanguage, en },
    translations: {
      fr: { ...frenchPluginTranslations, ...adminStrings.fr },
      // As in French (payload/i18n/fr.ts): a locked account answers as a wrong password does.
      en: { ...adminStrings.en, ...englishImportExportStrings, error: { userLocked: en.translations.error.emailOrPasswordIncorrect } },
    },
  },
  sharp,
  // Uploads go to S3-compatible storage when S3_BUCKET is set (several app servers then share
  // them), to MEDIA_DIR otherwise. Fields are inserted either way: one schema for both.
  plugins: [
    redirects,
    searchEngineFields,
    s3Storage({
      enabled: Boolean(s3Bucket()),
      alwaysInsertFields: true,
      collections: { media: true },
      bucket: s3Bucket() ?? '',
      config: s3ClientConfig(),
    }),
    spreadsheets,
    // Last: they reach every collection, those of the plugins above included.
    apiMistakes,
    textHygiene,
    adminOnlyDeveloperViews,
    typesetAdmin,
  ],
  // The admin sends a document as a multipart form's `_payload` field, whose default limit is
  // 1 MB: the same limit as a JSON body. (Here, not in `bodyParser`: Payload lets these limits
  // replace those.)
  upload: {
    limits: { fileSize: 10 * 1024 * 1024, fieldSize: MAX_JSON_BYTES },
    // Payload's own answer (413) is in English; the admin shows this one in its toast.
    responseOnLimit: 'Fichier trop volumineux (10 Mo au plus) : rien n’a été enregistré.',
  },
  // Written by `npm run generate` only: a test's Payload, started with other settings (S3 on or
  // off), would otherwise rewrite the committed file.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  telemetry: false,
})
  .then(restrictJobStats)
  .then(frenchUploadFields('media'))
