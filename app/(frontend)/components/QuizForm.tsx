import type { OrientationQuiz } from '@/payload-types'
import { frenchTypography } from '@/payload/i18n/typography'
import { ANSWER_PREFIX, firstValue, QUESTION_COUNT_PARAM } from '@/payload/quiz/scoring'
import { routes } from '@/payload/routes'

type Props = {
  questions: OrientationQuiz['questions']
  /** Answers already chosen (the form sent back with one missing), by field name. */
  chosen?: Record<string, string | string[] | undefined>
  /** Ids of the questions to answer still. */
  missing?: Set<string>
  /** Ids of those answered with an answer the quiz no longer has. */
  changed?: Set<string>
  /** The form was an older quiz's: said first, so the visitor knows why they answer again. */
  outdated?: boolean
}

const questionAnchor = (index: number) => `question-${index + 1}`

// Editors type "réflexe ?" with an ordinary space: set in French typography here, so a question
// mark never starts a line on a phone.

/**
 * The quiz as one plain form (GET, radio buttons): it works without JavaScript, each question a
 * fieldset read with its number, and the browser asks for a missing answer before sending.
 * The result page turns the answers into an address of their own.
 */
export function QuizForm({ questions, chosen = {}, missing = new Set(), changed = new Set(), outdated = false }: Props) {
  const unanswered = questions.map((question, index) => ({ question, index })).filter(({ question }) => missing.has(question.id ?? ''))
  return (
    <form method="get" action={routes.quizResult()} className="quiz">
      {unanswered.length > 0 && (
        <div className="notice quiz__problem" role="alert">
          <h2>{unanswered.length > 1 ? `Il manque la réponse à ${unanswered.length} questions` : 'Il manque la réponse à une question'}</h2>
          {outdated && <p>Le quiz a été modifié pendant que vous répondiez&nbsp;: vos autres réponses sont gardées.</p>}
          <ul>
            {unanswered.map(({ question, index }) => (
              <li key={question.id}>
                <a href={`#${questionAnchor(index)}`}>{`Question ${index + 1}\u00a0: ${frenchTypography(question.question)}`}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <input type="hidden" name={QUESTION_COUNT_PARAM} value={questions.length} />
      <ol className="quiz__questions">
        {questions.map((question, index) => {
          const name = `${ANSWER_PREFIX}${question.id}`
          const picked = firstValue(chosen[name])
          const isMissing = missing.has(question.id ?? '')
          const describedBy = [question.help && `aide-${index + 1}`, isMissing && `erreur-${index + 1}`].filter(Boolean).join(' ')
          return (
            <li key={question.id}>
              <fieldset id={questionAnchor(index)} className="quiz__question" aria-describedby={describedBy || undefined}>
                <legend>
                  <span className="quiz__number">{`Question ${index + 1} sur ${questions.length}`}</span>
                  <span className="quiz__text">{frenchTypography(question.question)}</span>
                </legend>
                {question.help && (
                  <p id={`aide-${index + 1}`} className="quiz__help">
                    {frenchTypography(question.help)}
                  </p>
                )}
                {isMissing && (
                  <p id={`erreur-${index + 1}`} className="quiz__error">
                    {changed.has(question.id ?? '') ? 'Cette question a changé\u00a0: choisissez à nouveau une réponse.' : 'Choisissez une réponse.'}
                  </p>
                )}
                <ul className="quiz__answers">
                  {question.answers.map((answer, answerIndex) => {
                    const id = `reponse-${index + 1}-${answerIndex + 1}`
                    return (
                      <li key={answer.id}>
                        <input
                          type="radio"
                          id={id}
                          name={name}
                          value={answer.id ?? ''}
                          required
                          defaultChecked={picked === answer.id}
                          aria-invalid={isMissing || undefined}
                        />
                        <label htmlFor={id}>{frenchTypography(answer.answer)}</label>
                      </li>
                    )
                  })}
                </ul>
              </fieldset>
            </li>
          )
        })}
      </ol>
      <button type="submit">Voir les métiers qui me correspondent</button>
    </form>
  )
}
