import type { CollectionConfig } from 'payload'

import { createDraftsOrEditor, draftsOrEditor } from '@/payload/access/draftsOrEditor'
import { publishedOrStaff } from '@/payload/access/publishedOrStaff'
import { unpublishedOrEditor } from '@/payload/access/unpublishedOrEditor'
import { accessRoutesField } from '@/payload/careers/accessRoutes'
import { interestsField } from '@/payload/careers/interests'
import { payField } from '@/payload/careers/pay'
import { sourcesField } from '@/payload/careers/sources'
import { prospectsField, workingConditionsField } from '@/payload/careers/workingConditions'
import { optionsOf } from '@/payload/fields/choices'
import { EDUCATION_LEVELS } from '@/payload/fields/educationLevels'
import { publicationDateFields } from '@/payload/fields/publicationDates'
import { richTextContent } from '@/payload/fields/richTextContent'
import { validateRomeCodes } from '@/payload/fields/romeCodes'
import { editorialVersions } from '@/payload/fields/editorialVersions'
import { routes } from '@/payload/routes'
import { slugField, slugRequiredToPublish } from '@/payload/fields/slug'
import { contributorsCannotPublish, contributorsCannotUnpublish } from '@/payload/hooks/contributorsCannotPublish'
import { spreadsheetRowsAsDrafts } from '@/payload/spreadsheets/spreadsheetRowsAsDrafts'
import { recordRenames } from '@/payload/hooks/recordRenames'
import { forgetRestore, rememberRestore } from '@/payload/hooks/restores'
import { settleSchedules } from '@/payload/hooks/settleSchedules'
import { linkIndexFields } from '@/payload/fields/linkIndex'
import { stampPublicationDates } from '@/payload/hooks/stampPublicationDates'
import { onisepField } from '@/payload/onisep/fields'
import { previewUrl } from '@/payload/preview/previewUrl'
import { revalidateCareer } from './hooks/revalidateCareer'
import { capPublicReads } from '@/payload/hooks/capPublicReads'
import { clearNullGroups } from '@/payload/hooks/clearNullGroups'
import { rejectNonNumericId } from '@/payload/hooks/rejectNonNumericId'
import { reviewFields, reviewStatusField } from '@/payload/review/fields'
import { applyReview, oneReviewActionAtATime, queueReviewNotice } from '@/payload/review/hooks'

/** Fields whose change a visitor would notice: they move "MAJ le". */
export const CAREER_VISIBLE_FIELDS = [
  'title',
  'feminineTitle',
  'summary',
  'skills',
  'missions',
  'interests',
  'accessRoutes',
  'educationLevel',
  'workingConditions',
  'prospects',
  'pay',
  'sources',
  'content',
  'heroImage',
] as const

const renames = recordRenames('careers')

export const Careers: CollectionConfig<'careers'> = {
  slug: 'careers',
  labels: { singular: 'Fiche métier', plural: 'Fiches métiers' },
  defaultSort: 'title',
  admin: {
    useAsTitle: 'title',
    preview: (doc) => previewUrl('careers', doc?.slug as string | undefined),
    group: 'Contenus',
    defaultColumns: ['title', '_status', 'reviewState', 'sectors', 'educationLevel', 'contentUpdatedAt', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
    description: 'Les fiches métiers lues par les élèves, les parents et les personnes en reconversion.',
  },
  access: {
    read: publishedOrStaff,
    create: createDraftsOrEditor,
    update: draftsOrEditor,
    delete: unpublishedOrEditor,
  },
  versions: editorialVersions,
  hooks: {
    beforeOperation: [rejectNonNumericId(), capPublicReads(), clearNullGroups(), rememberRestore(), spreadsheetRowsAsDrafts(), contributorsCannotUnpublish(), oneReviewActionAtATime()],
    beforeChange: [contributorsCannotPublish, applyReview, stampPublicationDates(CAREER_VISIBLE_FIELDS), slugRequiredToPublish({ drafts: true }), renames.beforeChange, revalidateCareer.beforeChange],
    afterChange: [queueReviewNotice, revalidateCareer.afterChange, forgetRestore, settleSchedules],
    beforeDelete: [renames.beforeDelete, revalidateCareer.beforeDelete],
    afterDelete: [revalidateCareer.afterDelete],
  },
  fields: [
    reviewStatusField,
    {
      name: 'title',
      type: 'text',
      label: 'Intitulé du métier',
      required: true,
      maxLength: 160,
      admin: {
        description: 'Au masculin, ou la forme unique (ex. « Sage-femme »).',
        components: { afterInput: [{ path: '/payload/admin/CharacterCount#CharacterCount', clientProps: { kind: 'title' } }] },
      },
    },
    {
      name: 'feminineTitle',
      type: 'text',
      label: 'Intitulé au féminin',
      maxLength: 160,
      admin: { description: 'Ex. « Directrice technique ». Laissez vide si le nom ne change pas. Les deux figurent en titre de la page.' },
    },
    {
      name: 'synonyms',
      type: 'textarea',
      label: 'Autres intitulés',
      maxLength: 600,
      admin: {
        description:
          'Les autres noms sous lesquels on cherche ce métier, séparés par des virgules (ex. « directrice technique, CTO »). Ils comptent autant que le titre dans la recherche.',
      },
    },
    {
      name: 'summary',
      type: 'textarea',
      label: 'Chapô',
      required: true,
      maxLength: 400,
      admin: {
        description: 'Deux phrases qui résument le métier ; sert aussi de description pour les moteurs de recherche.',
        components: { afterInput: [{ path: '/payload/admin/CharacterCount#CharacterCount', clientProps: { kind: 'description' } }] },
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Fiche',
          fields: [
            {
              name: 'skills',
              type: 'array',
              label: 'Profil de compétences',
              labels: { singular: 'Compétence', plural: 'Compétences' },
              maxRows: 40,
              fields: [{ name: 'skill', type: 'text', label: 'Compétence', required: true, maxLength: 300 }],
            },
            {
              name: 'missions',
              type: 'array',
              label: 'Activités et missions',
              labels: { singular: 'Mission', plural: 'Missions' },
              maxRows: 40,
              fields: [{ name: 'mission', type: 'text', label: 'Mission', required: true, maxLength: 300 }],
            },
            interestsField,
          ],
        },
        {
          label: 'Accès et formations',
          fields: [
            {
              name: 'educationLevel',
              type: 'select',
              label: "Niveau d'études minimum",
              options: optionsOf(EDUCATION_LEVELS),
              index: true,
            },
            accessRoutesField,
          ],
        },
        { label: 'Conditions et débouchés', fields: [workingConditionsField, prospectsField] },
        { label: 'Salaire', fields: [payField] },
        { label: 'Sources', fields: [sourcesField] },
        {
          label: 'Contenu',
          fields: [
            { name: 'heroImage', type: 'upload', relationTo: 'media', label: 'Image principale' },
            richTextContent({ name: 'content', label: 'Présentation détaillée' }),
          ],
        },
      ],
    },
    slugField(routes.career('')),
    ...publicationDateFields,
    ...linkIndexFields('content'),
    {
      name: 'sectors',
      type: 'relationship',
      relationTo: 'sectors',
      hasMany: true,
      label: 'Secteurs',
      admin: { position: 'sidebar' },
    },
    {
      name: 'romeCodes',
      type: 'text',
      hasMany: true,
      label: 'Codes ROME',
      validate: validateRomeCodes,
      admin: { position: 'sidebar', description: 'Ex. H1206 (une lettre de A à N puis 4 chiffres).' },
    },
    {
      name: 'relatedCareers',
      type: 'relationship',
      relationTo: 'careers',
      hasMany: true,
      label: 'Métiers proches',
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { position: 'sidebar' },
    },
    onisepField,
    ...reviewFields,
  ],
}
