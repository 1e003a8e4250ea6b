import { describe, expect, it } from 'vitest'

import { EXCERPT_MAX_WORDS, excerptSource, searchExcerpt, UNIT_BREAK } from '@/payload/search/excerpt'
import { splitSentences } from '@/payload/search/sentences'

// PostgreSQL marks the matched words (ts_headline, HighlightAll); these tests write the marks
// themselves: [mot] stands for \uE000mot\uE001.
const marked = (text: string) => text.replace(/\[/g, '\uE000').replace(/\]/g, '\uE001')
const readable = (text: string) => text.replace(/\uE000/g, '[').replace(/\uE001/g, ']')
const excerpt = (body: string, items: string[] = []) => readable(searchExcerpt({ body: marked(body), items: items.map(marked) }))
const words = (count: number, word = 'mot') => Array.from({ length: count }, (_, index) => `${word}${index + 1}`).join(' ')
const NBSP = '\u00A0'
const NNBSP = '\u202F'

describe('French sentences', () => {
  it('end at ".", "!", "?" and "…" before a capital, with French spacing', () => {
    expect(splitSentences(`Il soigne. Il écoute${NBSP}! Pourquoi${NBSP}? Parce que… Il aime ça.`)).toEqual([
      'Il soigne.',
      `Il écoute${NBSP}!`,
      `Pourquoi${NBSP}?`,
      'Parce que…',
      'Il aime ça.',
    ])
    expect(splitSentences('Il hésite… puis repart.')).toEqual(['Il hésite… puis repart.'])
  })

  it('do not end after "M.", an initial, "cf." nor "etc." before a small letter', () => {
    expect(splitSentences('M. Dupont dirige l’atelier de J. Martin. Il forme des apprentis.')).toEqual([
      'M. Dupont dirige l’atelier de J. Martin.',
      'Il forme des apprentis.',
    ])
    expect(splitSentences('Il taille le bois, le verre, etc. dans son atelier (cf. Annexe). Il vend.')).toEqual([
      'Il taille le bois, le verre, etc. dans son atelier (cf. Annexe).',
      'Il vend.',
    ])
    // Before a capital, "etc." ends its sentence too.
    expect(splitSentences('Du bois, du verre, etc. Il vend.')).toEqual(['Du bois, du verre, etc.', 'Il vend.'])
  })

  it('keep numbers whole: "2 400,50 €", "2.5", a numbered line', () => {
    expect(splitSentences(`Il gagne 2${NNBSP}400,50${NBSP}€ par mois. Soit 2.5 fois plus.\n1. Préparer le four`)).toEqual([
      `Il gagne 2${NNBSP}400,50${NBSP}€ par mois.`,
      'Soit 2.5 fois plus.',
      '1. Préparer le four',
    ])
  })

  it('end after closing quotes, and not inside them', () => {
    expect(splitSentences(`Il dit${NBSP}: «${NBSP}Bonjour${NBSP}!${NBSP}» Puis il part. «${NBSP}Oui${NBSP}», dit-elle.`)).toEqual([
      `Il dit${NBSP}: «${NBSP}Bonjour${NBSP}!${NBSP}»`,
      'Puis il part.',
      `«${NBSP}Oui${NBSP}», dit-elle.`,
    ])
  })

  it('drop zero-width characters at their ends, keep emoji whole', () => {
    expect(splitSentences('\u200BIl soigne 👩‍⚕️.\u200B Il écoute.\uFEFF 🎉 Bravo\u00AD !')).toEqual(['Il soigne 👩‍⚕️.', 'Il écoute.', '🎉 Bravo\u00AD !'])
  })

  it('read list lines apart, and lines wrapped by hand as one sentence', () => {
    expect(splitSentences('Missions :\n- Soigner les patients\n• Rassurer les familles\n\nnouvelle partie')).toEqual([
      'Missions :',
      'Soigner les patients',
      'Rassurer les familles',
      'nouvelle partie',
    ])
    expect(splitSentences('Il façonne le verre\nen fusion.')).toEqual(['Il façonne le verre\nen fusion.'])
  })

  it('see through highlight marks', () => {
    expect(splitSentences(marked('Il soigne. [Infirmière] de bloc, [M]. Dupont opère.'))).toEqual(
      [marked('Il soigne.'), marked('[Infirmière] de bloc, [M]. Dupont opère.')],
    )
  })
})

describe('search excerpts', () => {
  it('start at the start of the sentence holding the match, with its capital', () => {
    expect(excerpt('Il façonne le verre en fusion. Il travaille au [chalumeau] dans son atelier. Il vend.')).toBe(
      'Il travaille au [chalumeau] dans son atelier.',
    )
  })

  it('show a matching list item whole, never joined to the next one', () => {
    expect(excerpt('Il façonne le verre.', ['Maîtrise du [four] et du chalumeau', 'Créer des pièces uniques'])).toBe(
      'Maîtrise du [four] et du chalumeau',
    )
    expect(
      excerpt('Il façonne le verre.', ['Préparer le [verre] en fusion', 'Nettoyer l’atelier', 'Souffler le [verre] à la canne', 'Vendre']),
    ).toBe('Préparer le [verre] en fusion … Souffler le [verre] à la canne')
  })

  it('set units apart, and let sentences that follow each other read on', () => {
    expect(excerpt('Il conseille les [apiculteurs]. Il forme des [éleveurs].', ['Visiter les [apiculteurs]'])).toBe(
      'Il conseille les [apiculteurs]. Il forme des [éleveurs]. … Visiter les [apiculteurs]',
    )
  })

  it('prefer the unit with the most matched words, then units showing other matched words', () => {
    expect(
      excerpt('Il souffle le [verre] depuis vingt ans dans un atelier de la vieille ville, près du port.', [
        'Souffler le [verre] en [fusion]',
        'Aimer la [canne]',
      ]),
    ).toBe('Souffler le [verre] en [fusion] … Aimer la [canne]')
    // Only "verre" again: shown while the excerpt is short, not to fill it up.
    expect(excerpt('Il souffle le [verre].', ['Souffler le [verres] en [fusion]'])).toBe('Il souffle le [verre]. … Souffler le [verres] en [fusion]')
    expect(excerpt(`Il souffle le [verre] ${words(20)}.`, ['Préparer le [verre]'])).toBe(`Il souffle le [verre] ${words(20)}.`)
    // "soins" is "soin" again (PostgreSQL marked both for one stem).
    expect(excerpt(`Il prend [soin] ${words(20)}.`, ['Réaliser les [soins]'])).toBe(`Il prend [soin] ${words(20)}.`)
  })

  it('cut a unit too long at its end, at a word boundary', () => {
    const result = excerpt(`Il [soigne] ${words(60)}.`)
    expect(result).toBe(`Il [soigne] ${words(EXCERPT_MAX_WORDS - 2)}…`)
  })

  it('keep the sentence start when the match is within 25 words, else start a few words before it', () => {
    expect(excerpt(`Début ${words(20)} [verre] ${words(40, 'fin')}.`)).toMatch(/^Début mot1 .* \[verre\] .*…$/)
    const far = excerpt(`Début ${words(40)} [verre] ${words(40, 'fin')}.`)
    expect(far).toBe(`… mot35 mot36 mot37 mot38 mot39 mot40 [verre] ${words(EXCERPT_MAX_WORDS - 7, 'fin')}…`)
  })

  it('never cut inside "2 400,50 €" nor leave a comma before the ellipsis', () => {
    expect(excerpt(`Il [gagne] ${words(31)} pour 2${NNBSP}400,50${NBSP}€ par mois, environ.`)).toMatch(
      new RegExp(`pour 2${NNBSP}400,50${NBSP}€…$`),
    )
    expect(excerpt(`Il [gagne] ${words(32)} pour, dit-on, beaucoup.`)).toMatch(/ pour…$/)
  })

  it('do not split "M." nor "etc."', () => {
    expect(excerpt('M. Dupont forme les [apprentis]. Il vend.')).toBe('M. Dupont forme les [apprentis].')
    expect(excerpt('Il vend. Il taille le [verre], le bois, etc. dans son atelier.')).toBe('Il taille le [verre], le bois, etc. dans son atelier.')
  })

  it('keep the words PostgreSQL marked as written (accents, case, other forms of the word)', () => {
    // "infirmiere soins" typed: PostgreSQL stems and folds, and marks "Infirmière" and "soin".
    expect(excerpt('L’[Infirmière] prend [soin] des patients.', ['Réaliser les [soins] d’hygiène'])).toBe(
      'L’[Infirmière] prend [soin] des patients. … Réaliser les [soins] d’hygiène',
    )
  })

  it('show the summary’s first sentences when only the title matched', () => {
    expect(excerpt('Il façonne le verre. Il crée des pièces uniques.', ['Maîtrise du four'])).toBe(
      'Il façonne le verre. Il crée des pièces uniques.',
    )
    expect(excerpt(`Il façonne le verre. Il ${words(40)}.`)).toBe('Il façonne le verre.')
  })

  it('are empty when there is nothing to show', () => {
    expect(excerpt('')).toBe('')
    expect(excerpt('', ['Maîtrise du four'])).toBe('')
    expect(excerpt('  \u200B ', ['Maîtrise du [four]'])).toBe('Maîtrise du [four]')
  })

  it('stay short however many units match', () => {
    const items = Array.from({ length: 12 }, (_, index) => `Savoir [organiser${index}] ${words(8)}`)
    const result = excerpt(`Il [organise] ${words(10)}.`, items)
    expect(result.replace(/ … /g, ' ').split(' ').length).toBeLessThanOrEqual(EXCERPT_MAX_WORDS)
    expect(result.split(' … ')).toHaveLength(3)
    // Short items too: three units at most, not a list of every match.
    const short = Array.from({ length: 12 }, (_, index) => `[Organiser${index}] vite`)
    expect(excerpt('Il vend.', short)).toBe('[Organiser0] vite … [Organiser1] vite … [Organiser2] vite')
  })

  it('read the body and items from ts_headline’s output', () => {
    expect(excerptSource(`Résumé${UNIT_BREAK}Compétence${UNIT_BREAK}Mission`)).toEqual({ body: 'Résumé', items: ['Compétence', 'Mission'] })
    expect(excerptSource('')).toEqual({ body: '', items: [] })
  })
})
