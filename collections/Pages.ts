import type { CollectionConfig } from 'payload'

import { isEditor } from '@/payload/access/isEditor'
import { publishedOrStaff } from '@/payload/access/publishedOrStaff'
import { cacheTags } from '@/payload/cacheTags'
import { optionsOf } from '@/payload/fields/choices'
import { editorialVersions } from '@/payload/fields/editorialVersions'
import { publicationDateFields } from '@/payload/fields/publicationDates'
import { richTextContent } from '@/payload/fields/richTextContent'
import { capPublicReads } from '@/payload/hooks/capPublicReads'
import { forgetRestore, rememberRestore } from '@/payload/hooks/restores'
import { rejectNonNumericId } from '@/payload/hooks/rejectNonNumericId'
import { revalidatePublished } from '@/payload/hooks/revalidatePublished'
import { settleSchedules } from '@/payload/hooks/settleSchedules'
import { stampPublicationDates } from '@/payload/hooks/stampPublicationDates'
import { type Conformity, CONFORMITY_LEVELS, conformityProblem, PAGE_KINDS } from '@/payload/pages/pageKinds'

/** Fields whose change a reader would notice: they move "MAJ le". */
export const PAGE_VISIBLE_FIELDS = ['title', 'summary', 'content', 'accessibility'] as const

// Every page's footer lists these pages: a publish expires them all (rare: a few edits a year).
const revalidatePage = revalidatePublished(async () => [cacheTags.pages])

const isAccessibility = (data: unknown) => (data as { kind?: string } | undefined)?.kind === 'accessibility'

/** The statement's conformity fields must agree (conformityProblem); each shows its own share of the problem. */
const consistent =
  (field: 'conformity' | 'rate' | 'auditedAt') =>
  (_: unknown, { data, siblingData }: { data: unknown; siblingData: unknown }): true | string => {
    if (!isAccessibility(data)) return true
    const problem = conformityProblem(siblingData as Conformity)
    return problem?.field === field ? problem.message : true
  }

/**
 * The site's own pages (à propos, mentions légales, déclaration d'accessibilité…): one per
 * kind, each at the address French sites use for it (payload/pages/pageKinds.ts). Editors and
 * administrators write them; contributors read them.
 */
export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  labels: { singular: 'Page du site', plural: 'Pages du site' },
  defaultSort: 'kind',
  admin: {
    useAsTitle: 'title',
    group: 'Contenus',
    defaultColumns: ['title', 'kind', '_status', 'contentUpdatedAt'],
    description: 'À propos, mentions légales, contact, charte éditoriale, sources des salaires, déclaration d’accessibilité : liées en bas de chaque page.',
  },
  access: { read: publishedOrStaff, create: isEditor, update: isEditor, delete: isEditor },
  versions: editorialVersions,
  hooks: {
    beforeOperation: [rejectNonNumericId(), capPublicReads(), rememberRestore()],
    beforeChange: [stampPublicationDates(PAGE_VISIBLE_FIELDS), revalidatePage.beforeChange],
    afterChange: [revalidatePage.afterChange, forgetRestore, settleSchedules],
    beforeDelete: [revalidatePage.beforeDelete],
    afterDelete: [revalidatePage.afterDelete],
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: 'Page',
      required: true,
      unique: true,
      options: PAGE_KINDS.map(({ value, label, path }) => ({ value, label: `${label} (/${path})` })),
      admin: { position: 'sidebar', description: 'Chaque page a son adresse, toujours la même : elle est liée en bas de chaque page du site.' },
    },
    { name: 'title', type: 'text', label: 'Titre', required: true, maxLength: 120 },
    {
      name: 'summary',
      type: 'textarea',
      label: 'Chapô',
      required: true,
      maxLength: 300,
      admin: { description: 'Une ou deux phrases en tête de page ; sert aussi de description pour les moteurs de recherche.' },
    },
    {
      name: 'accessibility',
      type: 'group',
      label: 'État de conformité (RGAA)',
      admin: {
        condition: isAccessibility,
        description: 'Affiché en tête de la déclaration, dans les termes qu’impose le RGAA. Sans audit, la loi impose « Non conforme ».',
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'conformity',
              type: 'select',
              label: 'Conformité',
              options: optionsOf(CONFORMITY_LEVELS),
              validate: consistent('conformity'),
              admin: { width: '34%' },
            },
            {
              name: 'rate',
              type: 'number',
              label: 'Taux de critères respectés (%)',
              min: 0,
              max: 100,
              validate: consistent('rate'),
              admin: { width: '33%', description: 'Donné par l’audit ; vide sans audit.' },
            },
            {
              name: 'auditedAt',
              type: 'date',
              label: 'Date de l’audit',
              validate: consistent('auditedAt'),
              admin: { width: '33%', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
            },
          ],
        },
      ],
    },
    richTextContent({ name: 'content', label: 'Texte de la page' }),
    ...publicationDateFields,
  ],
}
