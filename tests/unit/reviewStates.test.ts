import { describe, expect, it } from 'vitest'

import { isRefusal, nextReviewState, type ReviewAction, type ReviewState } from '@/payload/review/states'

const save = (current: ReviewState | undefined, action: ReviewAction | null, { publishing = false, canPublish = false, comment = null as string | null } = {}) =>
  nextReviewState({ current, action, publishing, canPublish, comment })

describe('nextReviewState', () => {
  it('publishing leads to "publié" from any state; a draft over a published version is a "brouillon" again', () => {
    for (const current of ['draft', 'in_review', 'returned', 'published', undefined] as const)
      expect(save(current, null, { publishing: true, canPublish: true })).toEqual({ state: 'published', notify: null })
    expect(save('published', null)).toEqual({ state: 'draft', notify: null })
  })

  it('a save without an action keeps the state (an autosave of a draft in review stays in review)', () => {
    for (const current of ['draft', 'in_review', 'returned'] as const) expect(save(current, null)).toEqual({ state: current, notify: null })
    expect(save(undefined, null)).toEqual({ state: 'draft', notify: null })
  })

  it('proposing tells the editors once, from a draft, a returned draft, or a draft over a published version', () => {
    for (const current of ['draft', 'returned', 'published', undefined] as const)
      expect(save(current, 'propose')).toEqual({ state: 'in_review', notify: 'editors' })
    expect(save('in_review', 'propose')).toEqual({ state: 'in_review', notify: null })
  })

  it('withdrawing works only on a draft in review, for whoever proposed it or an editor', () => {
    expect(nextReviewState({ current: 'in_review', action: 'withdraw', publishing: false, canPublish: false, comment: null, isRequester: true })).toEqual({ state: 'draft', notify: null })
    expect(save('in_review', 'withdraw', { canPublish: true })).toEqual({ state: 'draft', notify: null })
    expect(save('in_review', 'withdraw')).toMatchObject({ refused: 'forbidden' })
    for (const current of ['draft', 'returned', 'published'] as const) expect(isRefusal(save(current, 'withdraw', { canPublish: true }))).toBe(true)
  })

  it('sending back needs an editor, a draft in review, and a comment that is more than spaces; it tells whoever proposed', () => {
    expect(save('in_review', 'return', { comment: 'À reprendre' })).toMatchObject({ refused: 'forbidden' })
    expect(save('draft', 'return', { canPublish: true, comment: 'À reprendre' })).toMatchObject({ refused: 'invalid' })
    expect(save('in_review', 'return', { canPublish: true, comment: ' \n ' })).toMatchObject({ refused: 'invalid', message: expect.stringContaining('commentaire') })
    expect(save('in_review', 'return', { canPublish: true, comment: 'À reprendre' })).toEqual({ state: 'returned', notify: 'requester' })
    expect(save('in_review', 'return', { canPublish: true, publishing: true, comment: 'x' })).toMatchObject({ refused: 'invalid' })
    expect(save('in_review', 'return', { canPublish: true, comment: 'é'.repeat(2001) })).toMatchObject({ refused: 'invalid', message: expect.stringContaining('2000') })
  })
})
