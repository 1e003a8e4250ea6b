import type { CollectionConfig } from 'payload'

import { anyone } from '@/payload/access/anyone'
import { isEditor } from '@/payload/access/isEditor'
import { cacheTags } from '@/payload/cacheTags'
import { routes } from '@/payload/routes'
import { slugField } from '@/payload/fields/slug'
import { revalidateTags } from '@/payload/hooks/revalidateTags'
import { capPublicReads } from '@/payload/hooks/capPublicReads'
import { rejectNonNumericId } from '@/payload/hooks/rejectNonNumericId'

export const Sectors: CollectionConfig<'sectors'> = {
  slug: 'sectors',
  labels: { singular: 'Secteur', plural: 'Secteurs' },
  defaultSort: 'title',
  admin: { useAsTitle: 'title', group: 'Classement', defaultColumns: ['title', 'slug', 'updatedAt'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeOperation: [rejectNonNumericId(), capPublicReads()],
    // Sector names show on career and news pages, so their lists go stale too.
    afterChange: [() => revalidateTags([cacheTags.sectors, cacheTags.careerList, cacheTags.newsList])],
    afterDelete: [() => revalidateTags([cacheTags.sectors, cacheTags.careerList, cacheTags.newsList])],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Nom du secteur', required: true, maxLength: 120 },
    { name: 'description', type: 'textarea', label: 'Présentation', maxLength: 600 },
    slugField(routes.sector('')),
  ],
}
