import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '@/payload-types'

import { storedFiles } from './storedFiles'

export type UprightReport = { checked: number; turned: string[]; missing: string[]; failed: string[] }

// Enough of a JPEG, PNG or WebP to read its header (EXIF included) without fetching it whole.
const HEADER_BYTES = 128 * 1024

const keyOf = (media: Pick<Media, 'prefix'>, filename: string) => path.posix.join(media.prefix ?? '', filename)

/** Every file of a media document: the original and its renditions. */
const filesOf = (media: Media) => [
  { name: media.filename!, mimeType: media.mimeType ?? 'image/jpeg' },
  ...Object.values(media.sizes ?? {}).flatMap((size) => (size?.filename ? [{ name: size.filename, mimeType: size.mimeType ?? 'image/jpeg' }] : [])),
]

/**
 * Images stored before uploads were turned upright (payload/media/uprightUpload.ts): any
 * original still carrying an EXIF orientation other than "upright" goes through Payload's
 * upload again, under the same name and with the same focal point, which turns it, rewrites
 * its renditions and records its real width and height. Its files are kept in memory first
 * and put back if the save fails, so nothing is lost; one image failing does not stop the
 * others. Upright images are only read in part and left alone: a second run changes nothing.
 * Run by migration 20261130_120000_upright_images and by `npm run media:upright`.
 */
export const uprightImages = async (payload: Payload, log: (line: string) => void = () => {}): Promise<UprightReport> => {
  const report: UprightReport = { checked: 0, turned: [], missing: [], failed: [] }
  const files = storedFiles(payload)
  const { docs } = await payload.find({ collection: 'media', depth: 0, limit: 0, pagination: false })
  for (const media of docs as Media[]) {
    if (!media.filename) continue
    report.checked++
    const head = await files.read(keyOf(media, media.filename), HEADER_BYTES)
    if (!head) {
      report.missing.push(media.filename)
      log(`${media.filename}: original file not found, left as it is`)
      continue
    }
    const orientation = await sharp(head)
      .metadata()
      .then((meta) => meta.orientation ?? 1)
      .catch(() => 1)
    if (orientation === 1) continue
    const saved = await Promise.all(filesOf(media).map(async (file) => ({ ...file, data: await files.read(keyOf(media, file.name)) })))
    const original = saved[0]!.data!
    try {
      const updated = await payload.update({
        collection: 'media',
        id: media.id,
        data: {},
        file: { data: original, mimetype: media.mimeType ?? 'image/jpeg', name: media.filename, size: original.length },
        overwriteExistingFiles: true,
        // Payload reads the focal point of re-cut renditions from the upload's edits.
        req: { query: { uploadEdits: { focalPoint: { x: media.focalX ?? 50, y: media.focalY ?? 50 } } } },
      })
      if (updated.filename !== media.filename) log(`${media.filename}: now stored as ${updated.filename}`)
      report.turned.push(media.filename)
      log(`${media.filename}: turned upright (EXIF orientation ${orientation})`)
    } catch (error) {
      for (const file of saved) if (file.data) await files.write(keyOf(media, file.name), file.data, file.mimeType)
      report.failed.push(media.filename)
      log(`${media.filename}: not turned, files put back as they were (${error instanceof Error ? error.message : String(error)})`)
    }
  }
  return report
}
