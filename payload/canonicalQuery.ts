/**
 * A plain GET form sends every field, empty ones included (`?secteur=&niveau=bac2`). This says
 * whether an address carries such empty (or repeated) parameters, so the page can redirect to
 * its clean form: one address per filtered view, for caches, sharing and search engines.
 */
export const hasNoiseParams = (params: Record<string, string | string[] | undefined>): boolean =>
  Object.values(params).some((value) => value === '' || Array.isArray(value))
