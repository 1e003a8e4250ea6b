/** The subscription pages and form targets (next.config.mjs lets them through its /abonnement redirect). */
export const subscriptionRoutes = {
  signUp: '/abonnement/inscription',
  sent: '/abonnement/envoye',
  confirm: '/abonnement/confirmation',
  confirmNow: '/abonnement/confirmation/valider',
  confirmed: '/abonnement/confirme',
  unsubscribe: '/abonnement/desinscription',
  unsubscribeNow: '/abonnement/desinscription/valider',
  unsubscribed: '/abonnement/desabonne',
} as const
