import type { ArrayField } from 'payload'

import { wholeNumber } from '@/payload/fields/wholeNumber'

import { webAddressField } from './webAddress'

/** The sheet's sources, listed at the bottom of the page with the pay ranges' own. */
export const sourcesField: ArrayField = {
  name: 'sources',
  type: 'array',
  label: 'Sources',
  labels: { singular: 'Source', plural: 'Sources' },
  maxRows: 20,
  admin: {
    description: 'Ce sur quoi s’appuie la fiche : organismes, études, entretiens. Ne citez que ce qui a servi.',
    components: { RowLabel: '/payload/admin/CareerRowLabels#SourceRowLabel' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', label: 'Source', required: true, maxLength: 200, admin: { width: '50%' } },
        { name: 'year', type: 'number', label: 'Année', validate: wholeNumber({ min: 1990, max: 2100 }), admin: { width: '17%' } },
        webAddressField('url', 'Lien', { width: '33%' }),
      ],
    },
  ],
}
