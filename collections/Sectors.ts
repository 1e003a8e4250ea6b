import type { CollectionConfig } from 'payload'

import type { Sector } from '@/payload-types'
import { anyone } from '@/payload/access/anyone'
import { isEditor } from '@/payload/access/isEditor'
import { cacheTags } from '@/payload/cacheTags'
import { slugField, slugRequiredToPublish } from '@/payload/fields/slug'
import { capPublicReads } from '@/payload/hooks/capPublicReads'
import { recordRenames } from '@/payload/hooks/recordRenames'
import { rejectNonNumericId } from '@/payload/hooks/rejectNonNumericId'
import { linkingTags, revalidatePublished, type TagsFor } from '@/payload/hooks/revalidatePublished'
import { routes } from '@/payload/routes'

// Sector names show on career and news pages and their lists, and in the text of the pages
// that link to them.
const sectorTags: TagsFor<Sector> = async (docs, req) => [
  cacheTags.sectors,
  cacheTags.careerList,
  cacheTags.newsList,
  ...(await linkingTags(req, 'sectors', [...new Set(docs.map((doc) => doc.id))])),
]

const revalidateSector = revalidatePublished(sectorTags, { drafts: false })
const renames = recordRenames('sectors')

export const Sectors: CollectionConfig<'sectors'> = {
  slug: 'sectors',
  labels: { singular: 'Secteur', plural: 'Secteurs' },
  defaultSort: 'title',
  admin: { useAsTitle: 'title', group: 'Classement', defaultColumns: ['title', 'slug', 'updatedAt'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeOperation: [rejectNonNumericId(), capPublicReads()],
    beforeChange: [slugRequiredToPublish({ drafts: false }), renames.beforeChange, revalidateSector.beforeChange],
    afterChange: [revalidateSector.afterChange],
    beforeDelete: [renames.beforeDelete, revalidateSector.beforeDelete],
    afterDelete: [revalidateSector.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Nom du secteur', required: true, maxLength: 120 },
    { name: 'description', type: 'textarea', label: 'Présentation', maxLength: 600 },
    slugField(routes.sector('')),
  ],
}
