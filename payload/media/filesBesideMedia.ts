import path from 'node:path'

/**
 * Where uploads that are not site images are kept (an import's file, a spreadsheet export): a
 * folder beside MEDIA_DIR, never in the working tree, and never inside MEDIA_DIR, whose files
 * anyone may read (/api/media/file/…). With several app servers each folder is a volume of its
 * own (docker-compose.yml); `npm run backup` leaves them out: they are records, not content.
 */
export const filesBesideMedia = (name: string): string => path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR || '.data/media', '..', name)
