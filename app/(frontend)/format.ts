// How visitors read dates and money: French conventions, Paris time, whatever the server's zone.

const frenchDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})

/** "25/11/2025" for an instant, as the calendar reads in Paris. */
export const formatFrenchDate = (value: string | Date): string => frenchDate.format(new Date(value))

const euros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
})

/** "2 400 €" with the narrow no-break space (U+202F) between groups and U+00A0 before €. */
export const formatEuros = (amount: number): string => euros.format(amount)

/** "Publication le 25/11/2025 | MAJ le 25/11/2025": both dates always, as on the model page. */
export const publicationLine = (publishedAt: string, contentUpdatedAt?: string | null): string =>
  `Publication le ${formatFrenchDate(publishedAt)} | MAJ le ${formatFrenchDate(contentUpdatedAt || publishedAt)}`
