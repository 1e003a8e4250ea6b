/**
 * The SEO plugin's strings, rewritten: its French has straight apostrophes and speaks of
 * "meta", a word editors do not use. The plugin merges its own under these.
 */
export const frenchSeoStrings = {
  'plugin-seo': {
    almostThere: 'Presque',
    autoGenerate: 'Reprendre de la page',
    bestPractices: 'conseils de Google',
    characterCount: '{{current}}/{{minLength}}-{{maxLength}} caractères, ',
    charactersLeftOver: '{{characters}} restants',
    charactersToGo: '{{characters}} à ajouter',
    charactersTooMany: '{{characters}} de trop',
    checksPassing: '{{current}}/{{max}} vérifications réussies',
    good: 'Bien',
    imageAutoGenerationTip: '« Reprendre de la page » choisit l’image principale.',
    lengthTipDescription:
      'Entre {{minLength}} et {{maxLength}} caractères : au-delà, les moteurs de recherche coupent la description. Voir les ',
    lengthTipTitle: 'Entre {{minLength}} et {{maxLength}} caractères : au-delà, les moteurs de recherche coupent le titre. Voir les ',
    missing: 'Vide',
    noImage: 'Pas d’image',
    preview: 'Aperçu',
    previewDescription: 'Le résultat exact varie selon le moteur de recherche et la requête.',
    tooLong: 'Trop long',
    tooShort: 'Trop court',
  },
}
