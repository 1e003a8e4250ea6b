import { redirectsTranslations } from '@payloadcms/plugin-redirects'
import { en } from '@payloadcms/translations/languages/en'
import { describe, expect, it } from 'vitest'

import config from '@payload-config'
import { frenchOverrides } from '@/payload/i18n/fr'
import { frenchRedirectsOverrides } from '@/payload/i18n/frRedirects'
import { frenchRichTextOverrides } from '@/payload/i18n/frRichText'
import { frenchTypography } from '@/payload/i18n/typography'

type Strings = { [key: string]: string | Strings }

const entries = (tree: object, path = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${path}${key}`, value]] : value && typeof value === 'object' ? entries(value, `${path}${key}:`) : [],
  )

const sanitized = await config
const supported = sanitized.i18n.supportedLanguages as Record<string, { translations: Strings }>
const added = sanitized.i18n.translations as Record<string, Strings>
// Everything the French admin can say: Payload's language, then what the config and its
// plugins (richtext-lexical, the redirects plugin) add on top.
const french = [...entries(supported.fr!.translations), ...entries(added.fr!)].filter(([key]) => key !== '$schema')

// Placeholders, markup and addresses are code, not prose.
const prose = (text: string) => text.replace(/\{\{[^{}]*\}\}|<\/?[a-z0-9]+(?:\s[^<>]*)?\/?>|https?:\/\/[^\s<>"]+/g, 'X')

describe('the French admin', () => {
  it('holds the rich text and plugin strings, typeset and rewritten', () => {
    expect(french.length).toBeGreaterThan(580)
    expect(added.fr!.lexical).toBeTruthy()
    expect(Object.fromEntries(french)['lexical:upload:label']).toBe('Image')
    expect(Object.fromEntries(french)['general:perPage']).toBe('Par page\u00a0: {{limit}}')
  })

  it.each([
    ['a gender placeholder', /\(e\)|\(s\)|\bou nouvelle\b|\bce ou cette\b|\bde ou du\b|\ble ou la\b|\bil ou elle\b|\bun\(e\)/i],
    ['"Êtes-vous sûr" (gendered)', /Êtes-vous sûr/],
    ['the product name Payload', /Payload/],
    ['an ordinary space before : ; ? ! or inside « »', / [:;?!»]|« /],
    ['no space at all before ; ? !', /[^\s;?!][;?!]/],
    ['no space before a colon that ends a clause', /[^\s:]:(\s|$)/],
    ['a straight apostrophe or double quote', /['"]/],
    ['three dots instead of …', /\.\.\./],
    ['a translated or misspelt placeholder', /\{\{(titre|étiquette)\}\}/],
  ])('has no string with %s', (_, pattern) => {
    const offending = french.filter(([, value]) => pattern.test(pattern.source.includes('titre') ? value : prose(value)))
    expect(offending).toEqual([])
  })

  it('keeps every placeholder of each string Payload fills in', () => {
    const english = Object.fromEntries(entries(en.translations))
    const changed = french.filter(([key, value]) => {
      if (!(key in english)) return false
      const names = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort()
      return names(value).some((name) => !names(english[key]!).includes(name))
    })
    expect(changed).toEqual([])
  })

  it('rewrites only strings that exist: a key renamed by an upgrade is noticed', () => {
    const stock = new Set(entries(en.translations).map(([key]) => key))
    expect(entries(frenchOverrides).filter(([key]) => !stock.has(key))).toEqual([])
    const lexical = new Set(entries((added.en as Strings).lexical as Strings).map(([key]) => key))
    expect(entries(frenchRichTextOverrides).filter(([key]) => !lexical.has(key))).toEqual([])
    const redirects = new Set(entries((redirectsTranslations as Record<string, Strings>).en!).map(([key]) => key))
    expect(entries(frenchRedirectsOverrides).filter(([key]) => !redirects.has(key))).toEqual([])
  })

  it('names the scheduling drawer’s two actions so that neither reads as cancelling a schedule', () => {
    const strings = Object.fromEntries(french)
    expect([strings['version:publish'], strings['version:unpublish']]).toEqual(['Publier', 'Dépublier'])
    expect(strings['version:currentDraft']).toBe('Brouillon en cours')
    expect(strings['general:untitled']).toBe('Sans titre')
  })
})

describe('the project’s own admin strings', () => {
  // Labels, descriptions, placeholders and options of every collection and field, as the admin
  // shows them (the config once its plugins ran).
  const strings = (node: unknown, path: string, out: [string, string][] = []): [string, string][] => {
    if (Array.isArray(node)) node.forEach((item, index) => strings(item, `${path}.${index}`, out))
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['label', 'singular', 'plural', 'description', 'placeholder', 'group'].includes(key))
          out.push([`${path}.${key}`, value])
        else if (typeof value === 'object' && !['hooks', 'access', 'editor', 'custom'].includes(key)) strings(value, `${path}.${key}`, out)
      }
    return out
  }

  it('are set in French typography', async () => {
    const { collections, globals } = await config
    const found = [
      ...collections.flatMap((collection) => strings({ labels: collection.labels, admin: collection.admin, fields: collection.fields }, collection.slug)),
      ...globals.flatMap((global) => strings({ label: global.label, admin: global.admin, fields: global.fields }, global.slug)),
    ]
    expect(found.some(([, value]) => value.includes('\u00a0'))).toBe(true)
    expect(found.filter(([, value]) => frenchTypography(value) !== value)).toEqual([])
  })
})
