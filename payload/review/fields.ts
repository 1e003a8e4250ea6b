import type { Field, FieldAccess } from 'payload'

import { hasRole } from '@/payload/access/roles'

import { REVIEW_ACTION_LABELS, REVIEW_ACTIONS, REVIEW_COMMENT_MAX, REVIEW_STATE_LABELS, REVIEW_STATES } from './states'

const nobody: FieldAccess = () => false
const editors: FieldAccess = ({ req: { user } }) => hasRole(user, 'editor', 'admin')
/** The newsroom's business: visitors read (and filter on) none of it, only the post's `byline`. */
const staff: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'contributor')

/** Written by the server only (payload/review/hooks.ts): what a client sends for them is dropped. */
const serverWritten = { read: staff, create: nobody, update: nobody }

/**
 * Fields the hooks fill on every save, the first included: the abandoned-drafts job counts
 * them as empty, since a form opened and left holds them too. (A state other than the default
 * "brouillon" is someone's act, and keeps the draft.)
 */
export const REVIEW_BOOKKEEPING_FIELDS = ['review', 'editedByName'] as const

/**
 * The review workflow's fields, shared by careers and news. Each version keeps them, so the
 * versions list says who made each version, and a restored version does not bring its state
 * back (the hook computes the state of every save).
 */
export const reviewFields: Field[] = [
  {
    name: 'reviewState',
    type: 'select',
    label: 'État',
    options: REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_LABELS[value] })),
    defaultValue: 'draft',
    index: true,
    access: serverWritten,
    admin: { position: 'sidebar', readOnly: true, description: 'Change avec « Proposer à la relecture », « Renvoyer » et « Publier ».' },
  },
  {
    // A command, not stored: "propose", "withdraw" or "return", sent with the save.
    name: 'reviewAction',
    type: 'select',
    virtual: true,
    label: 'Action de relecture',
    options: REVIEW_ACTIONS.map((value) => ({ value, label: REVIEW_ACTION_LABELS[value] })),
    admin: { hidden: true },
  },
  {
    name: 'review',
    type: 'group',
    label: 'Relecture',
    access: { read: staff },
    admin: { hidden: true },
    fields: [
      { name: 'requestedBy', type: 'relationship', relationTo: 'users', label: 'Proposé par', access: serverWritten },
      // Names as they were: the document says who asked even after the account is renamed or deleted.
      { name: 'requestedByName', type: 'text', label: 'Proposé par (nom)', access: serverWritten },
      { name: 'requestedAt', type: 'date', label: 'Proposé le', access: serverWritten },
      { name: 'returnedByName', type: 'text', label: 'Renvoyé par', access: serverWritten },
      { name: 'returnedAt', type: 'date', label: 'Renvoyé le', access: serverWritten },
      {
        name: 'comment',
        type: 'textarea',
        label: 'Commentaire de relecture',
        maxLength: REVIEW_COMMENT_MAX,
        access: { read: staff, create: nobody, update: editors },
      },
    ],
  },
  {
    // Who made this version, as their name read then (the versions list shows it).
    name: 'editedByName',
    type: 'text',
    label: 'Modifié par',
    access: serverWritten,
    admin: { hidden: true },
  },
]

/** The state, who asked, and an editor's comment, above the document's first field. */
export const reviewStatusField: Field = {
  name: 'reviewStatus',
  type: 'ui',
  label: 'Relecture',
  // The list has the state's own column (reviewState).
  admin: { disableListColumn: true, components: { Field: '/payload/admin/ReviewStatus#ReviewStatus' } },
}
