const parisDateTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' })

/** "dimanche 28 mars 2027 à 09:00": the admin speaks Paris time, whatever the editor's computer. */
export const formatParisDateTime = (value: string | Date): string =>
  // French writes the first of the month "1er" ("mardi 1er décembre"), which Intl does not.
  parisDateTime.format(new Date(value)).replace(/(^|\s)1 (?=\p{L})/u, '$11er ')
