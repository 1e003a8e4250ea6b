/** @payloadcms/plugin-redirects' labels (most are replaced in collections/Redirects.ts). */
export const frenchRedirectsOverrides = {
  'plugin-redirects': {
    documentToRedirect: 'Document vers lequel rediriger',
    fromUrl: 'URL d’origine',
    internalLink: 'Page du site',
    toUrlType: 'Type de destination',
  },
}
