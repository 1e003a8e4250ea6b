import type { CollectionConfig } from 'payload'

/**
 * Drafts with autosave (an editor never loses a paragraph), 50 versions kept per document to
 * compare and restore, and publishing or unpublishing at a chosen time through the jobs queue.
 * The explicit "Enregistrer le brouillon" button stays: editors asked to see when work is safe.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  maxPerDoc: 50,
  drafts: {
    autosave: { interval: 2000, showSaveDraftButton: true },
    // Quarter-hour steps: editors schedule "à 9 h", not "à 9 h 07".
    schedulePublish: { timeIntervals: 15, timeFormat: 'HH:mm' },
  },
}
