import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { uprightImages } from '../media/uprightImages'

/**
 * Data only: images uploaded before originals were turned upright are processed once
 * (payload/media/uprightImages.ts). Nothing to undo: an upright image is what people saw.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const report = await uprightImages(payload, (line) => payload.logger.info(line))
  payload.logger.info(
    `Images checked: ${report.checked}, turned upright: ${report.turned.length}, originals missing: ${report.missing.length}, failed: ${report.failed.length}` +
      (report.failed.length ? ' (run `npm run media:upright` again once they are fixed)' : ''),
  )
}

export async function down(_args: MigrateDownArgs): Promise<void> {}
