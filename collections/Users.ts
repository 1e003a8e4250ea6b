import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/payload/access/adminOrSelf'
import { isAdmin, isAdminField } from '@/payload/access/isAdmin'
import { hasRole } from '@/payload/access/roles'
import { siteUrl } from '@/payload/routes'
import { capPublicReads } from '@/payload/hooks/capPublicReads'
import { rejectNonNumericId } from '@/payload/hooks/rejectNonNumericId'
import { frenchResetTokenError, inviteNewAccount, uniformLoginFailure } from '@/payload/email/accountHooks'
import { resetPasswordMail } from '@/payload/email/accountMails'
import { htmlForPayload } from '@/payload/email/send'
import { revalidateBylines, revalidateBylinesOfDeleted } from '@/payload/bylines/byline'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  // Epicene labels: the accounts belong to women and men alike (an editor asked why every role
  // read "Contributeur").
  labels: { singular: 'Compte', plural: 'Comptes' },
  admin: {
    useAsTitle: 'name',
    group: 'Administration',
    defaultColumns: ['name', 'email', 'roles'],
    // Editors and contributors reach their own account from the avatar menu; the list is for admins.
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  auth: {
    // Five wrong passwords lock the account for ten minutes (Payload counts them per account).
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // HttpOnly always (Payload's default); Secure wherever the site is served over HTTPS.
    cookies: { sameSite: 'Lax', secure: siteUrl().startsWith('https://') },
    // In French, with a text part, and a link on SITE_URL (Payload's builds it on the request's
    // host, which a forged Host header would choose). The answer to the request is the same
    // whether the address has an account or not (Payload's "general:success").
    forgotPassword: {
      generateEmailSubject: () => resetPasswordMail('').subject,
      generateEmailHTML: async (args) => htmlForPayload(resetPasswordMail(String(args?.token ?? ''))),
    },
  },
  access: {
    admin: ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'contributor'),
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [rejectNonNumericId(), capPublicReads()],
    afterChange: [inviteNewAccount, revalidateBylines],
    afterDelete: [revalidateBylinesOfDeleted],
    afterError: [uniformLoginFailure, frenchResetTokenError],
    beforeChange: [
      // The account made on the admin's first-user screen must be able to manage the others.
      async ({ data, operation, req }) => {
        if (operation !== 'create') return data
        const { totalDocs } = await req.payload.count({ collection: 'users', req })
        // A new account signs with its name unless it was given another signature.
        const signed = { ...data, publicName: data.publicName?.trim() || data.name }
        return totalDocs === 0 ? { ...signed, roles: ['admin'] } : signed
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Nom', required: true, maxLength: 120 },
    {
      // The one thing of an account visitors read: under its owner's posts, in their JSON-LD and
      // in the feeds (News' `byline`). Not the name above, which stays among colleagues.
      name: 'publicName',
      type: 'text',
      label: 'Signature publique',
      maxLength: 120,
      admin: {
        description:
          'Le nom affiché sous vos actualités, sur le site, dans les flux RSS et pour les moteurs de recherche ; rien d’autre de votre compte n’est public. Laissé vide à la création, c’est le nom du compte. Effacé ensuite, « La rédaction de Repères » signe à votre place.',
      },
    },
    // The lock (lockUntil) its owner was told about by mail, so that one lock sends one mail.
    { name: 'lockNoticeFor', type: 'date', hidden: true, access: { read: () => false, update: () => false, create: () => false } },
    {
      name: 'roles',
      type: 'select',
      label: 'Rôles',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      // Hidden on the first-account screen (nobody logged in yet): that account is made an
      // administrator whatever the field says, so offering a choice there would mislead.
      admin: { condition: (_data, _siblingData, { user }) => Boolean(user) },
      options: [
        { label: 'Administration (comptes et réglages)', value: 'admin' },
        { label: 'Édition (relit et publie)', value: 'editor' },
        { label: 'Rédaction (brouillons seulement)', value: 'contributor' },
      ],
    },
  ],
}
