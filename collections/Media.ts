import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '@/payload/access/anyone'
import { isEditor } from '@/payload/access/isEditor'
import { isStaff } from '@/payload/access/isStaff'
import { cacheTags } from '@/payload/cacheTags'
import { revalidateTags } from '@/payload/hooks/revalidateTags'
import { capPublicReads } from '@/payload/hooks/capPublicReads'
import { rejectNonNumericId } from '@/payload/hooks/rejectNonNumericId'
import { missingFileIsNotFound } from '@/payload/media/missingFile'
import { s3Bucket } from '@/payload/media/s3'
import { uniqueStem } from '@/payload/media/uniqueStem'
import { uprightUpload } from '@/payload/media/uprightUpload'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  admin: { group: 'Classement', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isEditor },
  hooks: {
    // Names unique without their extension; phone photos turned upright and bounded before
    // Payload stores or crops them.
    beforeOperation: [rejectNonNumericId(), capPublicReads(), uniqueStem, uprightUpload],
    afterChange: [() => revalidateTags([cacheTags.media])],
    afterDelete: [() => revalidateTags([cacheTags.media])],
  },
  upload: {
    // Resolved at run time from the working directory; nothing to trace at build time.
    staticDir: path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR || '.data/media'),
    // Raster formats only: an SVG can carry script.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 480, height: 320, position: 'centre' },
      { name: 'card', width: 960, height: 540, position: 'centre' },
      // Open Graph and Twitter cards expect 1200×630.
      { name: 'og', width: 1200, height: 630, position: 'centre', formatOptions: { format: 'jpeg', options: { quality: 82 } } },
    ],
    adminThumbnail: 'thumbnail',
    // With files on disk: a missing one is a 404, not Payload's 500.
    handlers: s3Bucket() ? [] : [missingFileIsNotFound],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Texte alternatif',
      required: true,
      maxLength: 300,
      admin: { description: "Décrivez l'image pour les personnes qui ne la voient pas (lecteurs d'écran)." },
    },
    { name: 'credit', type: 'text', label: 'Crédit', maxLength: 200 },
  ],
}
