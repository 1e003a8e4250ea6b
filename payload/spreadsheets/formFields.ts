import type { Field } from 'payload'

const frenchLabels: Record<string, string> = {
  pending: 'En attente',
  completed: 'Terminé',
  partial: 'Terminé avec des lignes refusées',
  failed: 'Échoué',
  imported: 'Créés (en brouillon)',
  updated: 'Mis à jour',
  total: 'Lignes lues',
  issues: 'Lignes refusées',
  issueDetails: 'Lignes refusées, une par une',
  preview: 'Aperçu',
  asc: 'Croissant',
  desc: 'Décroissant',
}

/**
 * The plugin's export and import forms, field by field, as editors here need them:
 * - French labels where it wrote English ones (status, summary, sort order, preview);
 * - the export's limit empty by default, meaning every matching element: the plugin's own limit
 *   field copies the list's page size, so an editor with 1 000 careers exporting "Ceux des
 *   filtres en cours" got the first 10, with nothing to say the file stopped there;
 * - the sort order as a plain select: the plugin's component shows "Ascending"/"Descending" of
 *   its own, in English whatever the admin's language;
 * - "update or create" as the import's default: what an editor exporting, editing and importing
 *   back means (update what is there, create what was added).
 */
export const spreadsheetFormFields = (fields: Field[]): Field[] =>
  fields.map((field) => {
    const named = field as Field & { name?: string; label?: unknown; options?: unknown; fields?: Field[]; admin?: Record<string, unknown> }
    const next: Record<string, unknown> = { ...named }
    if (named.name === 'collectionSlug') next.label = 'Collection'
    if (named.name === 'importMode') next.defaultValue = 'upsert'
    if (named.name === 'limit' || named.name === 'sortOrder') {
      const { components: _plugins, ...admin } = named.admin ?? {}
      next.admin = named.name === 'limit' ? { ...admin, placeholder: 'Tous' } : admin
    }
    if (named.name && frenchLabels[named.name] && (typeof named.label === 'string' || named.label === undefined)) next.label = frenchLabels[named.name]
    if (Array.isArray(named.options))
      next.options = named.options.map((option: { label?: unknown; value: string } | string) =>
        typeof option === 'object' && typeof option.label === 'string' && frenchLabels[option.value] ? { ...option, label: frenchLabels[option.value] } : option,
      )
    if (Array.isArray(named.fields)) next.fields = spreadsheetFormFields(named.fields)
    return next as Field
  })
