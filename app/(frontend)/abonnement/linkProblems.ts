/** What a confirmation link that does not work says, on the page and from the button's route alike. */
export const LINK_EXPIRED = {
  title: 'Lien expiré',
  text: 'Ce lien de confirmation a plus de 48 heures.',
}
export const LINK_INVALID = {
  title: 'Lien invalide',
  text: 'Ce lien de confirmation n’est pas valable : il a peut-être été coupé en le copiant, ou l’inscription a été annulée.',
}
