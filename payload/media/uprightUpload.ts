import type { CollectionBeforeOperationHook } from 'payload'
import sharp, { type Metadata, type Sharp } from 'sharp'

/** Longest side kept: twice the widest the site shows (46rem at 2× is ~1 500 px), room for crops. */
export const MAX_IMAGE_SIDE = 2560

const ENCODE = {
  jpeg: (image: Sharp) => image.jpeg({ quality: 90, mozjpeg: true }),
  png: (image: Sharp) => image.png(),
  webp: (image: Sharp) => image.webp({ quality: 90 }),
  heif: (image: Sharp) => image.avif({ quality: 65 }),
} as const

type Upload = { data?: Buffer; size?: number; mimetype?: string }

/**
 * An upload as people see it, before Payload stores and crops it: a phone photo (pixels stored
 * sideways with an EXIF "Orientation" tag) is turned upright, so the stored original, its
 * renditions, the admin's crop and every declared width and height agree with what people see
 * (Payload's own cropping ignores the tag); an image larger than MAX_IMAGE_SIDE is bounded;
 * a JPEG's EXIF (GPS position included) is dropped. Anything else (an upright PNG, an animated
 * image) is stored byte for byte.
 */
export const uprightUpload: CollectionBeforeOperationHook<'media'> = async ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = (args.req as { file?: Upload }).file
  if (!file?.data?.length || !/^image\/(jpeg|png|webp|avif)$/.test(file.mimetype ?? '')) return args
  let meta: Metadata
  try {
    meta = await sharp(file.data).metadata()
  } catch {
    return args // not an image sharp can read: Payload's own checks answer it
  }
  const encode = ENCODE[meta.format as keyof typeof ENCODE]
  if (!encode || (meta.pages ?? 1) > 1) return args
  const turned = (meta.orientation ?? 1) > 1
  const tooLarge = Math.max(meta.width ?? 0, meta.height ?? 0) > MAX_IMAGE_SIDE
  const locates = meta.format === 'jpeg' && Boolean(meta.exif)
  if (!turned && !tooLarge && !locates) return args
  const data = await encode(sharp(file.data).rotate().resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true })).toBuffer()
  file.data = data
  file.size = data.length
  return args
}
