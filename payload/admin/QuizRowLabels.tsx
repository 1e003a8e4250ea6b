'use client'

import { useRowLabel } from '@payloadcms/ui'

import { interestLabel } from '@/payload/careers/interests'
import { NBSP } from '@/payload/i18n/typography'

// Collapsed rows of the quiz say what they hold, not "Question 03".

/** "3 · Qu’aimeriez-vous faire d’une journée libre ?", or "Question 3" while empty. */
export function QuestionRowLabel() {
  const { data, rowNumber } = useRowLabel<{ question?: string | null }>()
  const number = (rowNumber ?? 0) + 1
  const text = data?.question?.trim()
  return <span>{text ? `${number} · ${text}` : `Question ${number}`}</span>
}

/** "Soigner quelqu’un → La santé et le soin, Aider les autres (2 points)", "… → aucun centre d’intérêt". */
export function AnswerRowLabel() {
  const { data, rowNumber } = useRowLabel<{ answer?: string | null; interests?: string[] | null; points?: number | null }>()
  const text = data?.answer?.trim() || `Réponse ${(rowNumber ?? 0) + 1}`
  const interests = (data?.interests ?? []).map(interestLabel)
  const points = (data?.points ?? 1) > 1 ? ` (${data?.points}${NBSP}points)` : ''
  return <span>{`${text} → ${interests.length ? `${interests.join(', ')}${points}` : 'aucun centre d’intérêt'}`}</span>
}
