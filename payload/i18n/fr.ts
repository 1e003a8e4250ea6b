/**
 * Corrections to Payload's French admin strings, where the stock wording misleads an editor:
 * the scheduling drawer's title showed a raw "{{titre}}" (the placeholder was translated with
 * the sentence), a date was labelled "Temps", "Revert to published" read "Republier" (it
 * discards the draft, it publishes nothing), and the live preview and the new-tab preview
 * were both called "Aperçu".
 */
export const frenchOverrides = {
  general: {
    schedulePublishFor: 'Programmer la publication de « {{title}} »',
    time: 'Date et heure',
    livePreview: 'Aperçu en direct',
    exitLivePreview: 'Fermer l’aperçu en direct',
  },
  version: {
    revertToPublished: 'Abandonner le brouillon',
    aboutToRevertToPublished:
      'Le brouillon sera abandonné et le document reviendra à sa version publiée. Continuer ?',
  },
}
