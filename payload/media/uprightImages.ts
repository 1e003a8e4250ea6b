import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '@/payload-types'

import { s3Bucket, s3ClientConfig } from './s3'

export type UprightReport = { checked: number; turned: string[]; missing: string[] }

/** The stored original's bytes, from MEDIA_DIR or from S3. */
const original = async (payload: Payload, filename: string): Promise<Buffer | null> => {
  const bucket = s3Bucket()
  try {
    if (bucket) {
      const object = await new S3Client(s3ClientConfig()).send(new GetObjectCommand({ Bucket: bucket, Key: filename }))
      return Buffer.from(await object.Body!.transformToByteArray())
    }
    const staticDir = payload.collections.media.config.upload.staticDir ?? ''
    return await readFile(path.join(staticDir, filename))
  } catch {
    return null
  }
}

/**
 * Images stored before uploads were turned upright (collections/Media.ts, resizeOptions): any
 * original still carrying an EXIF orientation other than "upright" goes through Payload's
 * upload again, which turns it, rewrites its renditions and records its real width and height.
 * Upright images are left alone, so a second run changes nothing. Run by migration
 * 20261130_120000_upright_images and by `npm run media:upright`.
 */
export const uprightImages = async (payload: Payload, log: (line: string) => void = () => {}): Promise<UprightReport> => {
  const report: UprightReport = { checked: 0, turned: [], missing: [] }
  const { docs } = await payload.find({ collection: 'media', depth: 0, limit: 0, pagination: false })
  for (const media of docs as Media[]) {
    if (!media.filename) continue
    report.checked++
    const data = await original(payload, media.filename)
    if (!data) {
      report.missing.push(media.filename)
      log(`${media.filename}: original file not found, left as it is`)
      continue
    }
    const { orientation } = await sharp(data).metadata()
    if (!orientation || orientation === 1) continue
    await payload.update({
      collection: 'media',
      id: media.id,
      data: {},
      file: { data, mimetype: media.mimeType ?? 'image/jpeg', name: media.filename, size: data.length },
      overwriteExistingFiles: true,
    })
    report.turned.push(media.filename)
    log(`${media.filename}: turned upright (EXIF orientation ${orientation})`)
  }
  return report
}
