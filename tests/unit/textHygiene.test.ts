import type { CollectionConfig, Config, Field, FieldHook } from 'payload'
import { describe, expect, it } from 'vitest'

import { textHygiene } from '@/payload/text/textHygiene'

// The plugin is a pure transformation of the configuration: every text field, however nested,
// gets the cleaning hook first, before its own hooks.

const own: FieldHook = ({ value }) => value
const field = (name: string, type: 'text' | 'textarea' | 'richText' | 'number' | 'email', extra: object = {}) => ({ name, type, ...extra }) as Field

const collection: CollectionConfig = {
  slug: 'essais',
  fields: [
    field('titre', 'text', { hooks: { beforeValidate: [own] } }),
    field('codes', 'text', { hasMany: true }),
    field('resume', 'textarea'),
    field('article', 'richText'),
    field('nombre', 'number'),
    field('courriel', 'email'),
    { type: 'row', fields: [field('enLigne', 'text')] },
    { type: 'collapsible', label: 'Pli', fields: [field('plie', 'text')] },
    { type: 'tabs', tabs: [{ label: 'Onglet', fields: [field('onglet', 'text')] }, { name: 'nomme', fields: [field('dansNomme', 'textarea')] }] },
    { name: 'groupe', type: 'group', fields: [{ name: 'liste', type: 'array', fields: [field('element', 'text')] }] },
    { name: 'blocs', type: 'blocks', blocks: [{ slug: 'bloc', fields: [field('dansBloc', 'text')] }] },
  ],
}

const hooksOf = (fields: Field[]): Record<string, FieldHook[] | undefined> => {
  const found: Record<string, FieldHook[] | undefined> = {}
  const visit = (list: Field[]) => {
    for (const f of list) {
      if ('name' in f && ['text', 'textarea', 'richText', 'number', 'email'].includes(f.type)) found[f.name] = (f as { hooks?: { beforeValidate?: FieldHook[] } }).hooks?.beforeValidate
      if ('fields' in f) visit(f.fields)
      if (f.type === 'tabs') for (const tab of f.tabs) visit(tab.fields)
      if (f.type === 'blocks') for (const block of f.blocks) visit(block.fields)
    }
  }
  visit(fields)
  return found
}

const run = (hook: FieldHook | undefined, value: unknown) => hook?.({ value } as Parameters<FieldHook>[0])

describe('the text hygiene plugin', () => {
  const config = textHygiene({ collections: [collection], globals: [{ slug: 'reglages', fields: [field('slogan', 'text')] }], blocks: [{ slug: 'partage', fields: [field('partageTexte', 'textarea')] }] } as Config)
  const hooks = hooksOf(config.collections![0]!.fields)

  it('cleans every text, textarea and rich-text field however deep, before its own hooks', () => {
    for (const name of ['titre', 'codes', 'resume', 'enLigne', 'plie', 'onglet', 'dansNomme', 'element', 'dansBloc'])
      expect(run(hooks[name]?.[0], ' a\u0000b '), name).toBe('ab')
    expect(hooks.article).toHaveLength(1)
    expect(hooks.titre).toHaveLength(2)
    expect(hooks.titre?.[1]).toBe(own)
  })

  it('leaves numbers and e-mail addresses to their own checks', () => {
    expect(hooks.nombre).toBeUndefined()
    expect(hooks.courriel).toBeUndefined()
  })

  it('keeps a text area’s lines, drops emptied items of a list, and cleans rich text’s words', () => {
    expect(run(hooks.resume?.[0], 'un\r\ndeux ')).toBe('un\ndeux')
    expect(run(hooks.codes?.[0], ['H1206', ' \u200B ', 'A\u0001B'])).toEqual(['H1206', 'AB'])
    expect(run(hooks.article?.[0], { root: { type: 'root', children: [{ type: 'text', text: 'x\u001Dy' }] } })).toEqual({ root: { type: 'root', children: [{ type: 'text', text: 'xy' }] } })
  })

  it('covers globals and shared blocks too', () => {
    expect(run(hooksOf(config.globals![0]!.fields).slogan?.[0], 'a\u0007')).toBe('a')
    expect(run(hooksOf(config.blocks![0]!.fields).partageTexte?.[0], 'a\u0007')).toBe('a')
  })
})
