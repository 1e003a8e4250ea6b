import { describe, expect, it } from 'vitest'

import {
  isQuizForm,
  isReadableProfile,
  isTakeable,
  parseProfile,
  type Profile,
  profileEntries,
  profileFromAnswers,
  profileParam,
  type QuizQuestion,
  rankCareers,
} from '@/payload/quiz/scoring'
import { routes } from '@/payload/routes'

const question = (id: string, answers: [string, string[], number?][]): QuizQuestion => ({
  id,
  question: `Question ${id}`,
  answers: answers.map(([answerId, interests, points]) => ({ id: answerId, answer: answerId, interests, points })),
})

const questions = [
  question('q1', [['soigner', ['health', 'helping'], 2], ['coder', ['computing']], ['rien', []]]),
  question('q2', [['aider', ['helping']], ['machines', ['technology']]]),
  question('q3', [['aider-encore', ['helping', 'helping']], ['calculer', ['numbers'], 7]]),
]

const profile = (entries: Record<string, number>): Profile => new Map(Object.entries(entries))

describe('the answers to the quiz', () => {
  it('add each chosen answer’s points to each of its interests, once per interest', () => {
    const { profile, missing } = profileFromAnswers(questions, { 'r-q1': 'soigner', 'r-q2': 'aider', 'r-q3': 'aider-encore' })
    expect(Object.fromEntries(profile)).toEqual({ health: 2, helping: 4 })
    expect(missing).toEqual([])
  })

  it('count a neutral answer for nothing, and points outside 1–3 as the nearest of them', () => {
    const { profile } = profileFromAnswers(questions, { 'r-q1': 'rien', 'r-q2': 'machines', 'r-q3': 'calculer' })
    expect(Object.fromEntries(profile)).toEqual({ technology: 1, numbers: 3 })
  })

  it('name the questions left unanswered, or answered with an answer the quiz no longer has', () => {
    const { missing, changed, outdated } = profileFromAnswers(questions, { 'r-q1': 'coder', 'r-q2': 'supprimée' })
    expect(missing.map((each) => each.id)).toEqual(['q2', 'q3'])
    expect(changed.map((each) => each.id)).toEqual(['q2'])
    expect(outdated).toBe(true)
    // An answer to a question the quiz no longer has says the form was an older quiz's.
    expect(profileFromAnswers(questions, { 'r-q1': 'coder', 'r-q0': 'x' }).outdated).toBe(true)
    expect(profileFromAnswers(questions, { 'r-q1': 'coder' }).outdated).toBe(false)
  })

  it('are a form sent whenever the query holds an answer or the count the form sends, else a shared result', () => {
    expect(isQuizForm(new URLSearchParams('questions=3&r-q1=a').keys())).toBe(true)
    expect(isQuizForm(new URLSearchParams('questions=10').keys())).toBe(true)
    expect(isQuizForm(new URLSearchParams('r-x=y').keys())).toBe(true)
    expect(isQuizForm(new URLSearchParams('interets=sport.2&utm_source=mail').keys())).toBe(false)
  })

  it('take a repeated answer as its first', () => {
    const { profile, missing } = profileFromAnswers(questions, { 'r-q1': ['coder', 'soigner'], 'r-q2': 'aider', 'r-q3': 'aider-encore' })
    expect(Object.fromEntries(profile)).toEqual({ computing: 1, helping: 2 })
    expect(missing).toEqual([])
  })
})

describe('a result’s address', () => {
  it('lists interests by points, then by their French slugs (which never change)', () => {
    const param = profileParam(profile({ computing: 2, health: 3, helping: 3, sport: 2 }))
    expect(param).toBe('aider-les-autres.3,sante-soin.3,informatique.2,sport.2')
    expect(routes.quizResult(param)).toBe('/orientation/resultat?interets=aider-les-autres.3,sante-soin.3,informatique.2,sport.2')
  })

  it('reads back what it wrote', () => {
    const written = profile({ computing: 2, helping: 3, health: 1 })
    expect(parseProfile(profileParam(written)).profile).toEqual(written)
  })

  it('reads any case and repeated parameters, adds repeated interests, caps points, and counts what it cannot read', () => {
    const { profile: read, dropped } = parseProfile(['Aider-Les-Autres.2,inconnu.3,sante-soin', 'aider-les-autres.1,informatique.0,sport.500'])
    expect(Object.fromEntries(read)).toEqual({ helping: 3, sport: 99 })
    expect(dropped).toBe(3)
  })

  it('is unreadable only when it names something and nothing can be read', () => {
    expect(isReadableProfile('n’importe quoi')).toBe(false)
    expect(isReadableProfile('sport.2,n’importe quoi')).toBe(true)
    expect(isReadableProfile('')).toBe(true)
  })

  it('gives the profile’s interests most points first', () => {
    expect(profileEntries(profile({ sport: 1, numbers: 4 })).map((entry) => [entry.interest.slug, entry.points])).toEqual([
      ['chiffres', 4],
      ['sport', 1],
    ])
  })
})

describe('the careers a profile ranks', () => {
  const careers = [
    { id: 1, title: 'Infirmier', interests: ['helping', 'health', 'contact'] },
    { id: 2, title: 'Développeur web', interests: ['computing', 'creating', 'teamwork'] },
    { id: 3, title: 'Aide-soignant', interests: ['helping', 'health'] },
    { id: 4, title: 'Fiche importée', interests: [] },
    { id: 5, title: 'Touche-à-tout', interests: ['helping', 'health', 'computing', 'numbers', 'sport', 'arts', 'animals', 'writing', 'leading'] },
    { id: 6, title: 'Écrivain public', interests: null },
  ]

  it('never proposes a career without interests, nor one sharing none with the profile', () => {
    const ranked = rankCareers(profile({ sport: 3 }), careers)
    expect(ranked.map((match) => match.career.title)).toEqual(['Touche-à-tout'])
    expect(rankCareers(profile({ cooking: 3 }), careers)).toEqual([])
  })

  it('ranks by the points of shared interests, over the root of how many the career lists', () => {
    const ranked = rankCareers(profile({ helping: 4, health: 2, computing: 1 }), careers)
    // Aide-soignant: 6/√2 ≈ 4.24; Infirmier: 6/√3 ≈ 3.46; Touche-à-tout: 7/3 ≈ 2.33; Développeur web: 1/√3.
    expect(ranked.map((match) => match.career.title)).toEqual(['Aide-soignant', 'Infirmier', 'Touche-à-tout', 'Développeur web'])
    expect(ranked[1]).toMatchObject({ reasons: [{ value: 'helping' }, { value: 'health' }], others: [{ value: 'contact' }] })
  })

  it('breaks a tie by interests in common, even when the scores differ in their last bit', () => {
    const ranked = rankCareers(profile({ helping: 1, health: 1, sport: 3 }), [
      { id: 1, title: 'Un seul', interests: ['helping', 'animals'] },
      { id: 2, title: 'Deux', interests: ['helping', 'health', 'arts', 'writing', 'cooking', 'rules', 'moving', 'travelling'] },
      { id: 3, title: 'Trois sur dix-huit', interests: ['sport', 'arts', 'writing', 'cooking', 'rules', 'moving', 'travelling', 'animals', 'nature', 'languages', 'selling', 'numbers', 'science', 'technology', 'computing', 'handiwork', 'building', 'creating'] },
    ])
    // 1/√2, 2/√8 and 3/√18 are one number on paper.
    expect(ranked.map((match) => match.career.title)).toEqual(['Deux', 'Trois sur dix-huit', 'Un seul'])
  })

  it('breaks ties by title in French order when they share as many interests', () => {
    const ranked = rankCareers(profile({ helping: 1 }), [
      { id: 1, title: 'Éducateur', interests: ['helping'] },
      { id: 2, title: 'Animateur', interests: ['helping'] },
      { id: 3, title: 'Zoologue', interests: ['helping'] },
    ])
    expect(ranked.map((match) => match.career.title)).toEqual(['Animateur', 'Éducateur', 'Zoologue'])
  })
})

describe('a quiz that can be taken', () => {
  const answers = [{ answer: 'Oui', interests: ['helping'] }, { answer: 'Non' }]
  it('has eight questions at least, each with two answers at least', () => {
    const eight = Array.from({ length: 8 }, (_, index) => ({ question: `Q${index}`, answers }))
    expect(isTakeable(eight)).toBe(true)
    expect(isTakeable(eight.slice(1))).toBe(false)
    expect(isTakeable([...eight.slice(1), { question: 'Seule', answers: answers.slice(0, 1) }])).toBe(false)
    expect(isTakeable(null)).toBe(false)
  })
})
