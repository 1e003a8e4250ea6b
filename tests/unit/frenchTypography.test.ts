import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { frenchText, frenchTypography, mapStrings, NBSP } from '@/payload/i18n/typography'

const n = NBSP

describe('frenchTypography', () => {
  it.each([
    ['Par page: {{limit}}', `Par page${n}: {{limit}}`],
    ['Statut :', `Statut${n}:`],
    ['Êtes-vous sûr?', `Êtes-vous sûr${n}?`],
    ['Êtes-vous sûr ?', `Êtes-vous sûr${n}?`],
    ['Attention !', `Attention${n}!`],
    ['Vraiment ?!', `Vraiment${n}?!`],
    ['Deux phrases ; une seule idée', `Deux phrases${n}; une seule idée`],
    ["Nom d'utilisateur", 'Nom d’utilisateur'],
    ['Le bloc "{{block}}" n\'est pas autorisé.', `Le bloc «${n}{{block}}${n}» n’est pas autorisé.`],
    ["Appuyez sur '/' pour les commandes...", `Appuyez sur «${n}/${n}» pour les commandes…`],
    ['« déjà »', `«${n}déjà${n}»`],
    ['« déjà » ?', `«${n}déjà${n}»${n}?`],
    ['À 10:30, rendez-vous', 'À 10:30, rendez-vous'],
    ['Sans titre', 'Sans titre'],
  ])('%j → %j', (input, expected) => {
    expect(frenchTypography(input)).toBe(expected)
  })

  it('leaves placeholders, markup and addresses exactly as they were', () => {
    expect(frenchTypography('Vérifiez votre adresse e-mail: <a href="{{verificationURL}}">{{verificationURL}}</a><br>.')).toBe(
      `Vérifiez votre adresse e-mail${n}: <a href="{{verificationURL}}">{{verificationURL}}</a><br>.`,
    )
    expect(frenchTypography("Voir https://example.org/a?b=c'd ici")).toBe("Voir https://example.org/a?b=c'd ici")
    expect(frenchTypography('Supprimer <1>{{title}}</1> ? {{ count }}')).toBe(`Supprimer <1>{{title}}</1>${n}? {{ count }}`)
  })

  it('is idempotent and never loses or alters a placeholder', () => {
    const piece = fc.constantFrom('{{label}}', '<1>', '</1>', "'", '"', ':', ';', '?', '!', ' ', n, 'mot', 'é', '...', '«', '»', '10:30')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        const once = frenchTypography(text)
        expect(frenchTypography(once)).toBe(once)
        expect(once.match(/\{\{[^{}]*\}\}/g) ?? []).toEqual(text.match(/\{\{[^{}]*\}\}/g) ?? [])
      }),
    )
  })
})

describe('mapStrings', () => {
  it('applies a function to every string of a nested object and keeps its shape', () => {
    expect(mapStrings({ a: 'x', b: { c: 'y', d: { e: 'z' } } }, (s) => s.toUpperCase())).toEqual({ a: 'X', b: { c: 'Y', d: { e: 'Z' } } })
  })
})

describe('frenchText', () => {
  it('typesets the text of a message, never the values put in it', () => {
    const scheme = 'javascript'
    expect(frenchText`Le type « ${scheme}: » n'est pas autorisé : ${'tel:, mailto:'} ou « / ».`).toBe(
      `Le type «${n}javascript:${n}» n’est pas autorisé${n}: tel:, mailto: ou «${n}/${n}».`,
    )
  })
})
