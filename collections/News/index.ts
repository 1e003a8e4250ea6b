import type { CollectionConfig } from 'payload'

import { createDraftsOrEditor, draftsOrEditor } from '@/payload/access/draftsOrEditor'
import { publishedOrStaff } from '@/payload/access/publishedOrStaff'
import { unpublishedOrEditor } from '@/payload/access/unpublishedOrEditor'
import { publicationDateFields } from '@/payload/fields/publicationDates'
import { richTextContent } from '@/payload/fields/richTextContent'
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
import { previewUrl } from '@/payload/preview/previewUrl'
import { revalidateNews } from './hooks/revalidateNews'
import { capPublicReads } from '@/payload/hooks/capPublicReads'
import { clearNullGroups } from '@/payload/hooks/clearNullGroups'
import { rejectNonNumericId } from '@/payload/hooks/rejectNonNumericId'
import { bylineField } from '@/payload/bylines/byline'
import { reviewFields, reviewStatusField } from '@/payload/review/fields'
import { applyReview, oneReviewActionAtATime, queueReviewNotice } from '@/payload/review/hooks'

/** Fields whose change a reader would notice: they move "MAJ le". */
export const NEWS_VISIBLE_FIELDS = ['title', 'excerpt', 'content', 'heroImage'] as const

const renames = recordRenames('news')

export const News: CollectionConfig<'news'> = {
  slug: 'news',
  labels: { singular: 'Actualité', plural: 'Actualités' },
  defaultSort: '-publishedAt',
  admin: {
    useAsTitle: 'title',
    preview: (doc) => previewUrl('news', doc?.slug as string | undefined),
    group: 'Contenus',
    defaultColumns: ['title', '_status', 'reviewState', 'publishedAt', 'contentUpdatedAt', 'sectors', 'author'],
    listSearchableFields: ['title', 'excerpt'],
    description: 'Les actualités datées, publiées sur le site et dans les flux RSS.',
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
    beforeChange: [contributorsCannotPublish, applyReview, stampPublicationDates(NEWS_VISIBLE_FIELDS), slugRequiredToPublish({ drafts: true }), renames.beforeChange, revalidateNews.beforeChange],
    afterChange: [queueReviewNotice, revalidateNews.afterChange, forgetRestore, settleSchedules],
    beforeDelete: [renames.beforeDelete, revalidateNews.beforeDelete],
    afterDelete: [revalidateNews.afterDelete],
  },
  fields: [
    reviewStatusField,
    {
      name: 'title',
      type: 'text',
      label: 'Titre',
      required: true,
      maxLength: 200,
      admin: { components: { afterInput: [{ path: '/payload/admin/CharacterCount#CharacterCount', clientProps: { kind: 'title' } }] } },
    },
    {
      name: 'excerpt',
      type: 'textarea',
      label: 'Chapô',
      required: true,
      maxLength: 600,
      admin: {
        description: 'Le résumé affiché dans la liste des actualités et les flux RSS.',
        components: { afterInput: [{ path: '/payload/admin/CharacterCount#CharacterCount', clientProps: { kind: 'description' } }] },
      },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: 'Image principale' },
    richTextContent({ name: 'content', label: 'Article' }),
    slugField(routes.newsPost('')),
    ...publicationDateFields,
    ...linkIndexFields('content'),
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: 'Auteur ou autrice',
      defaultValue: ({ user }) => user?.id,
      admin: { position: 'sidebar', description: 'Sa signature publique apparaît sous l’actualité et dans les flux.' },
    },
    bylineField,
    {
      name: 'sectors',
      type: 'relationship',
      relationTo: 'sectors',
      hasMany: true,
      label: 'Secteurs',
      admin: { position: 'sidebar' },
    },
    {
      name: 'relatedCareers',
      type: 'relationship',
      relationTo: 'careers',
      hasMany: true,
      label: 'Métiers liés',
      admin: { position: 'sidebar' },
    },
    ...reviewFields,
  ],
}
