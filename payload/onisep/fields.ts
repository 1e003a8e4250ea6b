import type { GroupField } from 'payload'

import { isStaff } from '@/payload/access/isStaff'

const importOnly = () => false

/**
 * Where an imported career comes from: its record in ONISEP's Idéo-Métiers referential. Written
 * by the import only (payload/onisep/importCareers.ts), read-only in the admin. `imported`
 * keeps the values the last import wrote into the editable fields (titles, ROME codes,
 * sectors): a field still equal to them is ONISEP's and follows the next import; one that
 * differs was edited by the team and is left alone.
 */
export const onisepField: GroupField = {
  name: 'onisep',
  type: 'group',
  label: 'Idéo-Métiers (Onisep)',
  // Only the import writes it (Local API, overrideAccess): a client cannot claim an identifier.
  access: { create: importOnly, update: importOnly },
  admin: {
    position: 'sidebar',
    description: 'Rempli par l’import Onisep. Si vous modifiez l’intitulé, les codes ROME ou les secteurs de la fiche, les imports suivants ne les remplaceront plus.',
  },
  fields: [
    {
      name: 'identifier',
      type: 'text',
      label: 'Identifiant Onisep',
      unique: true,
      index: true,
      // A copy is a new sheet, not ONISEP's record.
      hooks: { beforeDuplicate: [() => null] },
      admin: { readOnly: true, description: 'Ex. MET.118' },
    },
    { name: 'url', type: 'text', label: 'Fiche sur onisep.fr', admin: { readOnly: true } },
    { name: 'subDomains', type: 'text', hasMany: true, label: 'Sous-domaines', admin: { readOnly: true } },
    { name: 'edition', type: 'text', label: 'Date des données', admin: { readOnly: true, description: 'Année, ou date au format AAAA-MM-JJ.' } },
    // The import's bookkeeping: no one else needs it, visitors least of all.
    { name: 'imported', type: 'json', access: { read: isStaff }, admin: { hidden: true } },
  ],
}
