import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/payload/access/isAdmin'
import { rejectNonNumericId } from '@/payload/hooks/rejectNonNumericId'
import { filesBesideMedia } from '@/payload/media/filesBesideMedia'
import { IMPORT_STATUS_LABELS, IMPORT_STATUSES } from '@/payload/onisep/importStatus'
import { cancelItsJob, checkOnisepUpload, keepRunningImport, queueOnisepImport } from '@/payload/onisep/uploadHooks'

/**
 * One ONISEP (Idéo-Métiers) import: the file as uploaded, its settings, its progress and its
 * report, kept for the team. Created from the admin (the run is a job on the `onisep` queue,
 * run by the server's jobs runner) or by `npm run import:onisep` (run at once by the command).
 * Administrators only; nobody edits one afterwards: the fields below are written by the run.
 */
export const OnisepImports: CollectionConfig<'onisep-imports'> = {
  slug: 'onisep-imports',
  labels: { singular: 'Import Onisep', plural: 'Imports Onisep' },
  defaultSort: '-createdAt',
  // Nobody edits an import: nothing to lock, nothing to duplicate (a copy would be a second
  // upload, refused while one waits).
  lockDocuments: false,
  disableDuplicate: true,
  admin: {
    // The list reads its columns only, not every import's report.
    enableListViewSelectAPI: true,
    group: 'Administration',
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'status', 'counts', 'createdAt'],
    description:
      'Importer l’export JSON d’Idéo-Métiers (Onisep, Licence Ouverte) : une fiche métier par enregistrement, créée en brouillon ou mise à jour sans toucher à ce que l’équipe a écrit. Le rapport reste ici.',
  },
  access: { read: isAdmin, create: isAdmin, update: () => false, delete: isAdmin },
  hooks: {
    beforeOperation: [rejectNonNumericId(), checkOnisepUpload],
    afterChange: [queueOnisepImport],
    beforeDelete: [keepRunningImport],
    afterDelete: [cancelItsJob],
  },
  upload: {
    // Kept for the record; the run reads the records from its job, not from this file, so any app
    // server may run it.
    staticDir: filesBesideMedia('onisep-imports'),
    mimeTypes: ['application/json'],
    // One import at a time (uploadHooks.ts): Payload's bulk upload would queue several files at once.
    bulkUpload: false,
    // The file comes from the administrator's computer; no address for the server to fetch.
    pasteURL: false,
  },
  fields: [
    {
      name: 'dataDate',
      type: 'date',
      label: 'Date des données',
      admin: {
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
        description:
          'Le jour où l’Onisep a publié ce fichier, cité sur chaque fiche (« Source : Onisep, Idéo-Métiers, … ») comme la Licence Ouverte le demande. Laissée vide : l’année la plus récente des enregistrements.',
      },
    },
    {
      name: 'publish',
      type: 'checkbox',
      label: 'Publier aussitôt les nouvelles fiches',
      defaultValue: false,
      admin: {
        description:
          'Décoché : les fiches créées sont des brouillons, à compléter avant publication. Coché : elles sont publiées avec un résumé généré (sauf les intitulés à scinder). Les fiches existantes gardent leur état.',
      },
    },
    {
      name: 'status',
      type: 'select',
      label: 'État',
      // Set by the server on creation (uploadHooks.ts), whatever a request sends.
      defaultValue: 'queued',
      options: IMPORT_STATUSES.map((value) => ({ value, label: IMPORT_STATUS_LABELS[value] })),
      // A list column; in the import's page the report says it, and follows it as the run goes
      // (a form field would show the state at the page's loading).
      admin: { readOnly: true, condition: () => false },
    },
    {
      name: 'source',
      type: 'select',
      label: 'Lancé depuis',
      options: [
        { value: 'admin', label: 'L’administration' },
        { value: 'cli', label: 'La ligne de commande' },
      ],
      // Set on creation: nothing to show before.
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.source) },
    },
    { name: 'launchedBy', type: 'relationship', relationTo: 'users', label: 'Lancé par', admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.launchedBy) } },
    // List columns, shown in the import's page by the report (as `status`).
    { name: 'edition', type: 'text', label: 'Date citée', admin: { readOnly: true, condition: () => false } },
    { name: 'counts', type: 'text', label: 'Résultat', admin: { readOnly: true, condition: () => false } },
    // Shown by the report below, which follows them while the run goes on.
    { name: 'processed', type: 'number', label: 'Enregistrements traités', admin: { hidden: true } },
    { name: 'total', type: 'number', label: 'Enregistrements à traiter', admin: { hidden: true } },
    { name: 'startedAt', type: 'date', label: 'Démarré le', admin: { hidden: true } },
    { name: 'finishedAt', type: 'date', label: 'Terminé le', admin: { hidden: true } },
    { name: 'error', type: 'text', label: 'Motif', admin: { hidden: true } },
    // Read by the report component over the API, never put in the form: a thousand careers'
    // lists would weigh on every keystroke of the form state.
    { name: 'report', type: 'json', label: 'Rapport', admin: { disabled: true } },
    {
      name: 'reportView',
      type: 'ui',
      label: 'Rapport',
      admin: { components: { Field: '/payload/admin/OnisepImportReport#OnisepImportReport' } },
    },
  ],
}
