/**
 * Corrections to Payload's French admin strings: the scheduling drawer's title showed a raw
 * "{{titre}}" (the placeholder was translated along with the sentence) and "Temps" for a date.
 */
export const frenchOverrides = {
  general: {
    schedulePublishFor: 'Programmer la publication de « {{title}} »',
    time: 'Date et heure',
  },
}
