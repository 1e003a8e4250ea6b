import { redirectsTranslations } from '@payloadcms/plugin-redirects'
import type { Language } from '@payloadcms/translations'
import { fr } from '@payloadcms/translations/languages/fr'
import { deepMergeSimple } from '@payloadcms/translations/utilities'
import type { RichTextAdapterProvider } from 'payload'

import { frenchOverrides } from './fr'
import { frenchRedirectsOverrides } from './frRedirects'
import { frenchRichTextOverrides } from './frRichText'
import { frenchImportExportStrings } from './frImportExport'
import { frenchSeoStrings } from './frSeo'
import { frenchTypography, mapStrings } from './typography'

type Strings = { [key: string]: string | Strings }

/** Payload's strings with our rewrites on top, every one of them set in French typography. */
export const frenchStrings = <T extends object>(stock: T, rewrites: object): T =>
  mapStrings(deepMergeSimple(stock, rewrites as Partial<T>), frenchTypography)

/**
 * The admin's French (`i18n.supportedLanguages.fr`): Payload's own translation, rewritten
 * (payload/i18n/fr.ts) and typeset. Replacing the language itself, not layering overrides,
 * sets every one of its ~600 strings, those we did not rewrite included.
 */
export const frenchLanguage: Language = { ...fr, translations: frenchStrings(fr.translations, frenchOverrides) }

/** `i18n.translations.fr`: the plugins' strings (they merge their own under ours). */
export const frenchPluginTranslations = {
  ...frenchStrings((redirectsTranslations as Record<string, Strings>).fr ?? {}, frenchRedirectsOverrides),
  ...frenchStrings({}, frenchSeoStrings),
  ...frenchStrings({}, frenchImportExportStrings),
}

/**
 * The rich-text editor, with its French strings rewritten and typeset. richtext-lexical
 * registers its strings (`lexical:…`) while Payload sanitizes the config, over the config's
 * own `i18n.translations`: overrides given there would be lost, so they go on top once it
 * has.
 */
export const withFrenchRichText =
  <Adapter>(provider: (args: Parameters<RichTextAdapterProvider>[0]) => Promise<Adapter>) =>
  async (args: Parameters<RichTextAdapterProvider>[0]): Promise<Adapter> => {
    const adapter = await provider(args)
    const translations = args.config.i18n.translations as Record<string, Strings | undefined>
    const french = translations.fr ?? {}
    translations.fr = { ...french, lexical: frenchStrings((french.lexical as Strings | undefined) ?? {}, frenchRichTextOverrides) }
    return adapter
  }
