'use client'

import { useFormFields } from '@payloadcms/ui'

import { INTERESTS } from '@/payload/careers/interests'
import { frenchList, lowerFirst } from '@/payload/text/frenchList'

const ANSWER_INTERESTS = /^questions\.\d+\.answers\.\d+\.interests$/

/**
 * Under the questions: the interests no answer names, as the editor edits. A career whose sheet
 * lists only those can never be proposed by the quiz; nothing forbids it (a quiz may leave a
 * field out on purpose), so it is said, not refused.
 */
export function QuizCoverage() {
  // A string, so the list is drawn again only when the set of named interests changes.
  const named = useFormFields(([fields]) => {
    const values = new Set<string>()
    for (const [path, field] of Object.entries(fields))
      if (ANSWER_INTERESTS.test(path) && Array.isArray(field.value)) for (const value of field.value) values.add(String(value))
    return [...values].sort().join(',')
  })
  const unnamed = INTERESTS.filter((interest) => !named.split(',').includes(interest.value))
  return (
    <div className="quiz-coverage field-type">
      <p className="field-description">
        {unnamed.length === 0
          ? 'Chaque centre d’intérêt est désigné par au moins une réponse.'
          : `Aucune réponse ne désigne ${unnamed.length > 1 ? 'ces centres' : 'ce centre'} d’intérêt\u00a0: ${frenchList(unnamed.map((interest) => `«\u00a0${lowerFirst(interest.label)}\u00a0»`))}. Un métier qui n’a que ${unnamed.length > 1 ? 'ceux-là' : 'celui-là'} ne peut pas être proposé.`}
      </p>
    </div>
  )
}
