import type { ArrayFieldValidation, GlobalAfterChangeHook, GlobalBeforeChangeHook, GlobalConfig, NumberFieldSingleValidation, PayloadRequest, TextFieldSingleValidation } from 'payload'
import { array, number, text } from 'payload/shared'

import { isEditor } from '@/payload/access/isEditor'
import { publishedOrStaff } from '@/payload/access/publishedOrStaff'
import { cacheTags } from '@/payload/cacheTags'
import { INTERESTS } from '@/payload/careers/interests'
import { optionsOf } from '@/payload/fields/choices'
import { frenchText } from '@/payload/i18n/typography'
import { isPublishedGlobal, restoreDraftsAsDrafts } from '@/payload/hooks/restores'
import { revalidateTagsFor } from '@/payload/hooks/revalidateTags'
import {
  ANSWER_MAX_POINTS,
  QUIZ_MAX_ANSWERS,
  QUIZ_MAX_QUESTIONS,
  QUIZ_MIN_ANSWERS,
  QUIZ_MIN_QUESTIONS,
  type QuizAnswer,
} from '@/payload/quiz/scoring'

// Whether visitors saw the quiz before this save: its stored row (a draft lives in versions only).
const WAS_PUBLISHED = 'quizWasPublished'

const publishedRow = (req: PayloadRequest) => isPublishedGlobal(req, 'orientation-quiz')

const rememberPublished: GlobalBeforeChangeHook = async ({ data, req }) => {
  req.context[WAS_PUBLISHED] = await publishedRow(req)
  return data
}

/**
 * A publish or an unpublish changes what visitors see (the quiz, its results, the home page's
 * link, the sitemap): their cache tag is expired. A draft saved over the published quiz leaves
 * its row as it was, and expires nothing.
 */
const revalidateQuiz: GlobalAfterChangeHook = async ({ doc, req }) => {
  const unpublished = req.context[WAS_PUBLISHED] === true && !(await publishedRow(req))
  if (doc._status === 'published' || unpublished) revalidateTagsFor(req, [cacheTags.quiz])
  return doc
}

/** How many rows an array holds: its rows on the server, their count in the admin's form. */
const rowCount = (value: unknown) => (Array.isArray(value) ? value.length : typeof value === 'number' ? value : 0)

/**
 * Payload's checks of an array's length, said with the quiz's words ("8 questions au moins",
 * where Payload says "8 Lignes").
 */
const rowsBetween =
  (min: number, max: number, say: (count: number, bound: 'min' | 'max') => string): ArrayFieldValidation =>
  (value, options) => {
    const count = rowCount(value)
    if (count < min) return say(count, 'min')
    if (count > max) return say(count, 'max')
    return array(value, options)
  }

const validateQuestions = rowsBetween(QUIZ_MIN_QUESTIONS, QUIZ_MAX_QUESTIONS, (count, bound) =>
  bound === 'min'
    ? frenchText`Le quiz doit avoir au moins ${QUIZ_MIN_QUESTIONS} questions pour être publié : il en a ${count}.`
    : frenchText`Le quiz peut avoir ${QUIZ_MAX_QUESTIONS} questions au plus : il en a ${count}.`,
)

const validateAnswers = rowsBetween(QUIZ_MIN_ANSWERS, QUIZ_MAX_ANSWERS, (count, bound) =>
  bound === 'min'
    ? frenchText`Une question doit proposer au moins ${QUIZ_MIN_ANSWERS} réponses : elle en a ${count}.`
    : frenchText`Une question peut proposer ${QUIZ_MAX_ANSWERS} réponses au plus : elle en a ${count}.`,
)

/** A question none of whose answers names an interest ranks nothing: said on the question, after Payload's own checks. */
const validateQuestion: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true) return base
  const answers = (options.siblingData as { answers?: QuizAnswer[] | null } | undefined)?.answers
  if (!Array.isArray(answers) || answers.length === 0) return true
  return answers.some((answer) => (answer?.interests ?? []).length > 0)
    ? true
    : frenchText`Au moins une réponse à cette question doit désigner un centre d’intérêt : sinon, elle ne compte pas dans le résultat.`
}

/** Payload's checks (required, 1 to 3), then whole points: "2,5 points" means nothing to a reader. */
const validatePoints: NumberFieldSingleValidation = (value, options) => {
  const base = number(value, options)
  if (base !== true) return base
  return value == null || Number.isInteger(value) ? true : frenchText`Un nombre entier de 1 à ${ANSWER_MAX_POINTS}.`
}

/**
 * The orientation quiz (/orientation): its questions, their answers, and what each answer is
 * worth, all written by editors. Each answer adds its points to the interests it names (the
 * same list as the careers' "Centres d’intérêt"); careers are then ranked by how well their
 * interests fit (payload/quiz/scoring.ts). Drafts without autosave: a half-edited question must
 * not reach pupils, and publishing is a deliberate act.
 */
export const OrientationQuiz: GlobalConfig = {
  slug: 'orientation-quiz',
  label: 'Quiz d’orientation',
  admin: {
    group: 'Contenus',
    description: `Les questions du quiz (/orientation). Chaque réponse ajoute ses points aux centres d’intérêt qu’elle désigne ; les métiers sont classés selon leurs propres centres d’intérêt. De ${QUIZ_MIN_QUESTIONS} à ${QUIZ_MAX_QUESTIONS} questions.`,
  },
  access: { read: publishedOrStaff, update: isEditor, readVersions: isEditor },
  versions: { max: 50, drafts: true },
  hooks: { beforeOperation: [restoreDraftsAsDrafts], beforeChange: [rememberPublished], afterChange: [revalidateQuiz] },
  fields: [
    { name: 'title', type: 'text', label: 'Titre', required: true, maxLength: 80, defaultValue: 'Quiz d’orientation' },
    {
      name: 'intro',
      type: 'textarea',
      label: 'Présentation',
      required: true,
      maxLength: 400,
      admin: { description: 'En tête du quiz ; sert aussi de description pour les moteurs de recherche.' },
    },
    {
      name: 'questions',
      type: 'array',
      label: 'Questions',
      labels: { singular: 'Question', plural: 'Questions' },
      required: true,
      minRows: QUIZ_MIN_QUESTIONS,
      maxRows: QUIZ_MAX_QUESTIONS,
      validate: validateQuestions,
      admin: { initCollapsed: true, components: { RowLabel: '/payload/admin/QuizRowLabels#QuestionRowLabel' } },
      fields: [
        { name: 'question', type: 'text', label: 'Question', required: true, maxLength: 160, validate: validateQuestion },
        { name: 'help', type: 'text', label: 'Précision (facultatif)', maxLength: 200, admin: { description: 'Une phrase sous la question, pour l’éclairer.' } },
        {
          name: 'answers',
          type: 'array',
          label: 'Réponses',
          labels: { singular: 'Réponse', plural: 'Réponses' },
          required: true,
          minRows: QUIZ_MIN_ANSWERS,
          maxRows: QUIZ_MAX_ANSWERS,
          validate: validateAnswers,
          admin: { components: { RowLabel: '/payload/admin/QuizRowLabels#AnswerRowLabel' } },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'answer', type: 'text', label: 'Réponse', required: true, maxLength: 120, admin: { width: '45%' } },
                {
                  name: 'interests',
                  type: 'select',
                  hasMany: true,
                  label: 'Centres d’intérêt',
                  options: optionsOf(INTERESTS),
                  admin: { width: '40%', description: 'Vide pour une réponse neutre (« Pas vraiment »).' },
                },
                {
                  name: 'points',
                  type: 'number',
                  label: 'Points',
                  required: true,
                  defaultValue: 1,
                  min: 1,
                  max: ANSWER_MAX_POINTS,
                  validate: validatePoints,
                  admin: { width: '15%', step: 1, description: `1 à ${ANSWER_MAX_POINTS}, par centre d’intérêt.` },
                },
              ],
            },
          ],
        },
      ],
    },
    // What the questions leave out, as the editor writes them (payload/admin/QuizCoverage.tsx).
    { name: 'coverage', type: 'ui', admin: { components: { Field: '/payload/admin/QuizCoverage#QuizCoverage' } } },
  ],
}
