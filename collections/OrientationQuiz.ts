import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { isEditor } from '@/payload/access/isEditor'
import { publishedOrStaff } from '@/payload/access/publishedOrStaff'
import { cacheTags } from '@/payload/cacheTags'
import { INTERESTS } from '@/payload/careers/interests'
import { optionsOf } from '@/payload/fields/choices'
import { revalidateTagsFor } from '@/payload/hooks/revalidateTags'
import {
  ANSWER_MAX_POINTS,
  QUIZ_MAX_ANSWERS,
  QUIZ_MAX_QUESTIONS,
  QUIZ_MIN_ANSWERS,
  QUIZ_MIN_QUESTIONS,
  type QuizAnswer,
} from '@/payload/quiz/scoring'

// Any save may be the published one (and an unpublish hides the quiz): the quiz's two pages are
// its only readers, so expiring them on every save costs nothing worth counting.
const revalidateQuiz: GlobalAfterChangeHook = ({ doc, req }) => {
  revalidateTagsFor(req, [cacheTags.quiz])
  return doc
}

/** A question none of whose answers names an interest ranks nothing: say so on the question. */
const answersCount = (_: unknown, { siblingData }: { siblingData: unknown }): true | string => {
  const answers = (siblingData as { answers?: QuizAnswer[] | null } | undefined)?.answers
  if (!Array.isArray(answers) || answers.length === 0) return true
  return answers.some((answer) => (answer?.interests ?? []).length > 0)
    ? true
    : 'Au moins une réponse à cette question doit désigner un centre d’intérêt : sinon, elle ne compte pas dans le résultat.'
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
  hooks: { afterChange: [revalidateQuiz] },
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
      admin: { initCollapsed: true, components: { RowLabel: '/payload/admin/QuizRowLabels#QuestionRowLabel' } },
      fields: [
        { name: 'question', type: 'text', label: 'Question', required: true, maxLength: 160, validate: answersCount },
        { name: 'help', type: 'text', label: 'Précision (facultatif)', maxLength: 200, admin: { description: 'Une phrase sous la question, pour l’éclairer.' } },
        {
          name: 'answers',
          type: 'array',
          label: 'Réponses',
          labels: { singular: 'Réponse', plural: 'Réponses' },
          required: true,
          minRows: QUIZ_MIN_ANSWERS,
          maxRows: QUIZ_MAX_ANSWERS,
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
                  validate: (value: number | null | undefined) =>
                    value == null || (Number.isInteger(value) && value >= 1 && value <= ANSWER_MAX_POINTS)
                      ? true
                      : `Un nombre entier de 1 à ${ANSWER_MAX_POINTS}.`,
                  admin: { width: '15%', step: 1, description: `1 à ${ANSWER_MAX_POINTS}, par centre d’intérêt.` },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
