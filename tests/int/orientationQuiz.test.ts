import { Forbidden, ValidationError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { OrientationQuiz } from '@/payload-types'
import { seedQuiz } from '@/payload/seed/quiz'
import { makeUser, testPayload } from './payload'

// The orientation quiz's questions as content (collections/OrientationQuiz.ts), through the
// Local API on a real PostgreSQL, with each role's access as the admin and the REST API apply it.

type Questions = OrientationQuiz['questions']

const questions = (count: number, interests: Questions[number]['answers'][number]['interests'] = ['helping']): Questions =>
  Array.from({ length: count }, (_, index) => ({
    question: `Question ${index + 1} ?`,
    answers: [
      { answer: 'Oui', interests, points: 1 },
      { answer: 'Pas vraiment', interests: [], points: 1 },
    ],
  }))

const refusal = async (attempt: Promise<unknown>) => {
  const error = (await attempt.catch((caught: unknown) => caught)) as ValidationError
  expect(error).toBeInstanceOf(ValidationError)
  return error.data.errors
}

describe('the orientation quiz', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('is published by editors; contributors and visitors may not change it', async () => {
    const editor = await makeUser(payload, ['editor'])
    const contributor = await makeUser(payload, ['contributor'])
    const published = await payload.updateGlobal({
      slug: 'orientation-quiz',
      data: { title: 'Quiz', intro: 'Dix questions.', questions: questions(8), _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(published.questions).toHaveLength(8)
    await expect(
      payload.updateGlobal({ slug: 'orientation-quiz', data: { intro: 'Changé.' }, user: contributor, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(payload.updateGlobal({ slug: 'orientation-quiz', data: { intro: 'Changé.' }, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
  })

  it('reaches visitors as published: a draft saved over it stays with the editors', async () => {
    await payload.updateGlobal({ slug: 'orientation-quiz', data: { title: 'Quiz', intro: 'Publié.', questions: questions(8), _status: 'published' } })
    await payload.updateGlobal({ slug: 'orientation-quiz', data: { intro: 'Brouillon.', questions: questions(3) }, draft: true })
    const asVisitor = await payload.findGlobal({ slug: 'orientation-quiz', overrideAccess: false })
    expect(asVisitor.intro).toBe('Publié.')
    // Asking for the draft does not show it to a visitor either.
    const askingDraft = await payload.findGlobal({ slug: 'orientation-quiz', overrideAccess: false, draft: true })
    expect(askingDraft.intro).toBe('Publié.')
    const contributor = await makeUser(payload, ['contributor'])
    const asStaff = await payload.findGlobal({ slug: 'orientation-quiz', overrideAccess: false, draft: true, user: contributor })
    expect(asStaff.intro).toBe('Brouillon.')
  })

  it('stays online when an editor restores a draft version: the restore becomes the draft', async () => {
    await payload.updateGlobal({ slug: 'orientation-quiz', data: { title: 'Quiz', intro: 'En ligne.', questions: questions(8), _status: 'published' } })
    await payload.updateGlobal({ slug: 'orientation-quiz', data: { intro: 'Travail en cours.', questions: questions(3) }, draft: true })
    await payload.updateGlobal({ slug: 'orientation-quiz', data: { title: 'Quiz', intro: 'En ligne, revu.', questions: questions(9), _status: 'published' } })
    const { docs } = await payload.findGlobalVersions({ slug: 'orientation-quiz', where: { 'version.intro': { equals: 'Travail en cours.' } }, limit: 1 })
    await payload.restoreGlobalVersion({ slug: 'orientation-quiz', id: String(docs[0]!.id) })
    const asVisitor = await payload.findGlobal({ slug: 'orientation-quiz', overrideAccess: false })
    expect([asVisitor.intro, asVisitor.questions.length]).toEqual(['En ligne, revu.', 9])
    const editor = await makeUser(payload, ['editor'])
    const draft = await payload.findGlobal({ slug: 'orientation-quiz', overrideAccess: false, draft: true, user: editor })
    expect([draft.intro, draft.questions.length]).toEqual(['Travail en cours.', 3])
  })

  it('is hidden from visitors once unpublished', async () => {
    await payload.updateGlobal({ slug: 'orientation-quiz', data: { title: 'Quiz', intro: 'Retiré.', questions: questions(8), _status: 'draft' } })
    // Payload answers a global a visitor may not read with an empty object; asking for drafts too.
    expect(await payload.findGlobal({ slug: 'orientation-quiz', overrideAccess: false })).toEqual({})
    expect(await payload.findGlobal({ slug: 'orientation-quiz', overrideAccess: false, draft: true })).toEqual({})
  })

  it('is published with 8 to 12 questions, each with an answer naming an interest, points from 1 to 3; said in French', async () => {
    const publish = (data: Partial<OrientationQuiz>) =>
      payload.updateGlobal({ slug: 'orientation-quiz', data: { title: 'Quiz', intro: 'Questions.', ...data, _status: 'published' } })
    expect(await refusal(publish({ questions: questions(7) }))).toEqual([
      expect.objectContaining({ path: 'questions', message: 'Le quiz doit avoir au moins 8 questions pour être publié\u00a0: il en a 7.' }),
    ])
    expect(await refusal(publish({ questions: questions(13) }))).toEqual([
      expect.objectContaining({ path: 'questions', message: 'Le quiz peut avoir 12 questions au plus\u00a0: il en a 13.' }),
    ])
    const neutral = questions(8)
    neutral[3] = { question: 'Rien ?', answers: [{ answer: 'Non', interests: [], points: 1 }, { answer: 'Non plus', interests: [], points: 1 }] }
    expect(await refusal(publish({ questions: neutral }))).toEqual([
      expect.objectContaining({ path: 'questions.3.question', message: expect.stringMatching(/^Au moins une réponse à cette question doit désigner un centre d’intérêt/) }),
    ])
    const tooMany = questions(8)
    tooMany[0]!.answers[0]!.points = 4
    expect(await refusal(publish({ questions: tooMany }))).toEqual([expect.objectContaining({ path: 'questions.0.answers.0.points' })])
    // The field's own checks still hold beside the interest rule: required, 160 characters at most.
    const blank = questions(8)
    blank[2]!.question = ''
    expect(await refusal(publish({ questions: blank }))).toEqual([expect.objectContaining({ path: 'questions.2.question' })])
    const long = questions(8)
    long[2]!.question = `${'Pourquoi '.repeat(20)}?`
    expect(await refusal(publish({ questions: long }))).toEqual([expect.objectContaining({ path: 'questions.2.question', message: expect.stringMatching(/160/) })])
    const half = questions(8)
    half[0]!.answers[0]!.points = 2.5
    expect(await refusal(publish({ questions: half }))).toEqual([expect.objectContaining({ path: 'questions.0.answers.0.points', message: expect.stringMatching(/^Un nombre entier/) })])
    const lonely = questions(8)
    lonely[1]!.answers = lonely[1]!.answers.slice(0, 1)
    expect(await refusal(publish({ questions: lonely }))).toEqual([
      expect.objectContaining({ path: 'questions.1.answers', message: 'Une question doit proposer au moins 2 réponses\u00a0: elle en a 1.' }),
    ])
    // Work in progress is kept: a draft may have fewer questions.
    const draft = await payload.updateGlobal({ slug: 'orientation-quiz', data: { questions: questions(3) }, draft: true })
    expect(draft.questions).toHaveLength(3)
  })

  it('the demo’s quiz is one that can be published', async () => {
    const quiz = await payload.updateGlobal({ slug: 'orientation-quiz', data: { ...seedQuiz, _status: 'published' } })
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8)
    expect(quiz.questions.length).toBeLessThanOrEqual(12)
  })
})
