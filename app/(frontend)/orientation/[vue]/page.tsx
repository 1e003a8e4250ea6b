import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { frenchTypography } from '@/payload/i18n/typography'
import { getQuiz } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { Breadcrumbs } from '@/app/(frontend)/components/Breadcrumbs'
import { QuizForm } from '@/app/(frontend)/components/QuizForm'
import { QuizMethod } from '@/app/(frontend)/components/QuizMethod'
import { quizCrumbs } from '@/app/(frontend)/seo/breadcrumbs'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

// The orientation quiz ("/orientation", rewritten here by next.config.mjs, as the home page is):
// rendered on first visit, then served from Next's cache until an editor saves the quiz
// (cacheTags.quiz). Visitors never see this address: it redirects to "/orientation".
const QUIZ_VIEW = 'questions'
export const generateStaticParams = async () => []

type Props = { params: Promise<{ vue: string }> }

const load = async (params: Props['params']) => {
  if ((await params).vue !== QUIZ_VIEW) return null
  return getQuiz()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const quiz = await load(params)
  if (!quiz) return { title: 'Page introuvable', robots: { index: false } }
  return pageMetadata({ title: quiz.title, description: quiz.intro, path: routes.quiz() })
}

export default async function QuizPage({ params }: Props) {
  const quiz = await load(params)
  if (!quiz) notFound()
  return (
    <>
      <Breadcrumbs crumbs={quizCrumbs()} />
      <h1>{quiz.title}</h1>
      <p className="lead">{frenchTypography(quiz.intro)}</p>
      <p className="quiz__facts">{`${quiz.questions.length} questions, une réponse par question, sans inscription. Rien n’est enregistré\u00a0: vos réponses ne servent qu’à calculer le résultat.`}</p>
      <QuizForm questions={quiz.questions} />
      <QuizMethod />
    </>
  )
}
