import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/payload/access/isAdmin'
import { hasRole } from '@/payload/access/roles'
import { capPublicReads } from '@/payload/hooks/capPublicReads'
import { rejectNonNumericId } from '@/payload/hooks/rejectNonNumericId'
import { normaliseEmail } from '@/payload/subscriptions/emailAddress'

/**
 * People who receive the news digest by e-mail. Personal data: only administrators read or
 * change it, through every API (REST, GraphQL, Local API without overrideAccess); editors see
 * counts on the dashboard. A row is made by the sign-up form (pending), confirmed by the
 * link of the confirmation mail (double opt-in), and deleted by unsubscribing
 * (unsubscribe() in payload/subscriptions/subscribe.ts keeps the proof that consent was
 * withdrawn). Whether and when consent was given is written by that code only, never through
 * the API, administrators included: it is the proof of consent.
 */
const writtenByConsentOnly = { create: () => false, update: () => false }
export const Subscribers: CollectionConfig<'subscribers'> = {
  slug: 'subscribers',
  labels: { singular: 'Abonné au courriel', plural: 'Abonnés au courriel' },
  admin: {
    useAsTitle: 'email',
    group: 'Administration',
    defaultColumns: ['email', 'status', 'frequency', 'scope', 'sectors', 'confirmedAt'],
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeOperation: [rejectNonNumericId(), capPublicReads()] },
  fields: [
    {
      name: 'email',
      type: 'email',
      label: 'Adresse e-mail',
      required: true,
      unique: true,
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normaliseEmail(value) : value)] },
    },
    {
      name: 'status',
      type: 'select',
      label: 'État',
      required: true,
      defaultValue: 'pending',
      index: true,
      access: writtenByConsentOnly,
      options: [
        { label: 'En attente de confirmation', value: 'pending' },
        { label: 'Confirmé', value: 'confirmed' },
      ],
    },
    {
      name: 'frequency',
      type: 'select',
      label: 'Fréquence',
      required: true,
      defaultValue: 'weekly',
      options: [
        { label: 'Chaque jour', value: 'daily' },
        { label: 'Chaque semaine (le lundi)', value: 'weekly' },
      ],
    },
    {
      name: 'scope',
      type: 'select',
      label: 'Actualités reçues',
      required: true,
      defaultValue: 'all',
      options: [
        { label: 'Toutes', value: 'all' },
        { label: 'Celles des secteurs suivis', value: 'sectors' },
      ],
      // Explicit, not "no sector means everything": a subscriber whose sectors were all deleted
      // would otherwise start receiving every post without having asked.
      admin: { description: 'Si tous les secteurs suivis sont supprimés, l’abonné ne reçoit plus rien.' },
    },
    {
      name: 'sectors',
      type: 'relationship',
      relationTo: 'sectors',
      hasMany: true,
      label: 'Secteurs suivis',
      admin: { condition: (data) => data?.scope === 'sectors' },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: 'Consentement confirmé le',
      access: writtenByConsentOnly,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
