import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect, redirect } from 'next/navigation'

import {
  isQuizForm,
  type Match,
  parseProfile,
  PROFILE_PARAM,
  profileEntries,
  profileFromAnswers,
  profileParam,
  rankCareers,
  RESULT_LIMIT,
} from '@/payload/quiz/scoring'
import { getQuiz, type QuizCareer, quizCareers } from '@/payload/queries'
import { absoluteUrl, routes } from '@/payload/routes'
import { countOf } from '@/payload/text/countOf'
import { Breadcrumbs } from '@/app/(frontend)/components/Breadcrumbs'
import { CareerCard } from '@/app/(frontend)/components/CareerCard'
import { QuizForm } from '@/app/(frontend)/components/QuizForm'
import { QuizMethod } from '@/app/(frontend)/components/QuizMethod'
import { quizCrumbs } from '@/app/(frontend)/seo/breadcrumbs'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

type Params = Record<string, string | string[] | undefined>
type Props = { searchParams: Promise<Params> }

// A result is worked out per request from the published careers (cached): any profile may come.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams
  // A form sent back for a missing answer: the title says so first, as screen readers read it.
  if (isQuizForm(Object.keys(params)))
    return {
      title: 'Erreur\u00a0: il manque des réponses au quiz d’orientation',
      robots: { index: false },
    }
  const { profile, dropped } = parseProfile(params[PROFILE_PARAM])
  if (profile.size === 0 && dropped > 0)
    return {
      title: 'Erreur\u00a0: résultat illisible',
      robots: { index: false },
    }
  const meta = pageMetadata({
    title: 'Résultats du quiz d’orientation',
    description: 'Les métiers dont les centres d’intérêt correspondent à des réponses au quiz d’orientation de Repères, et pourquoi.',
    path: routes.quizResult(profileParam(profile)),
  })
  // One page per set of answers: worth sharing, not worth indexing.
  return { ...meta, robots: { index: false, follow: true } }
}

export default async function QuizResultPage({ searchParams }: Props) {
  const params = await searchParams

  // A form's answers: their result at its own address, or the form again with what is missing.
  if (isQuizForm(Object.keys(params))) {
    const quiz = await getQuiz()
    if (!quiz) notFound()
    const { profile, missing, changed, outdated } = profileFromAnswers(quiz.questions, params)
    if (!missing.length) redirect(routes.quizResult(profileParam(profile)))
    const ids = (questions: typeof missing) => new Set(questions.map((question) => question.id ?? ''))
    return (
      <>
        <Breadcrumbs crumbs={quizCrumbs()} />
        <h1>{quiz.title}</h1>
        <QuizForm questions={quiz.questions} chosen={params} missing={ids(missing)} changed={ids(changed)} outdated={outdated} />
      </>
    )
  }
  if (!(PROFILE_PARAM in params)) redirect(routes.quiz())

  // One address per result: interests by points, then in the list's order (a reordered or
  // hand-edited address moves there; an unreadable one is a 400 set by proxy.ts).
  const { profile, dropped } = parseProfile(params[PROFILE_PARAM])
  const canonical = routes.quizResult(profileParam(profile))
  if (profile.size === 0 && dropped > 0) return <Unreadable />
  if (params[PROFILE_PARAM] !== profileParam(profile)) permanentRedirect(canonical)

  const entries = profileEntries(profile)
  const { rankable, published } = await quizCareers()
  const matches = rankCareers(profile, rankable)
  const shown = matches.slice(0, RESULT_LIMIT)
  const most = entries[0]?.points ?? 1
  return (
    <>
      <Breadcrumbs crumbs={quizCrumbs(canonical)} />
      <h1>Vos résultats</h1>
      {entries.length === 0 ? (
        <p className="lead">
          Vos réponses ne font ressortir aucun centre d’intérêt&nbsp;: aucun métier ne peut vous être proposé. Essayez de choisir, à chaque question, la réponse
          qui vous ressemble le plus, même de peu.
        </p>
      ) : (
        <>
          <section aria-labelledby="vos-interets">
            <h2 id="vos-interets">Ce qui ressort de vos réponses</h2>
            <ol className="quiz__profile">
              {entries.map(({ interest, points }) => (
                <li key={interest.value}>
                  <Link href={routes.careers({ interet: interest.slug })}>{interest.label}</Link>
                  <span className="quiz__points">{countOf(points, 'point', 'points')}</span>
                  <span
                    className="quiz__bar"
                    aria-hidden="true"
                    style={{
                      inlineSize: `${Math.max(8, (points / most) * 100)}%`,
                    }}
                  />
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="metiers-proposes">
            <h2 id="metiers-proposes">Les métiers qui vous correspondent</h2>
            <p>
              {`${countOf(rankable.length, 'métier', 'métiers')} sur ${published.toLocaleString('fr-FR')} ${rankable.length > 1 ? 'ont' : 'a'} pu être ${rankable.length > 1 ? 'classés' : 'classé'} (ceux dont la fiche indique des centres d’intérêt)\u00a0; `}
              {matches.length === 0
                ? 'aucun ne partage un centre d’intérêt avec vos réponses.'
                : `${countOf(matches.length, 'partage', 'partagent')} au moins un centre d’intérêt avec vos réponses${matches.length > RESULT_LIMIT ? `\u00a0: voici les ${RESULT_LIMIT} premiers.` : '.'}`}
            </p>
            {shown.length > 0 && (
              <ol className="quiz__matches">
                {shown.map((match) => (
                  <MatchCard key={match.career.id} match={match} />
                ))}
              </ol>
            )}
            {shown.length > 1 && (
              <p>
                <Link href={routes.compare(shown.slice(0, 3).map((match) => match.career.slug))}>
                  {shown.length > 2 ? 'Comparer les trois premiers' : 'Comparer ces deux métiers'}
                </Link>
              </p>
            )}
          </section>
        </>
      )}

      {entries.length > 0 && (
        <section aria-labelledby="garder" className="quiz__keep">
          <h2 id="garder">Garder ou partager ce résultat</h2>
          <p>
            Ce résultat a sa propre adresse, à garder en favori ou à envoyer&nbsp;: <a href={canonical}>{absoluteUrl(canonical)}</a>. Elle contient seulement
            des centres d’intérêt et leurs points&nbsp;: ni vos réponses, ni votre nom. Les métiers proposés suivent les fiches publiées au moment où elle est
            ouverte.
          </p>
        </section>
      )}
      <p>
        <Link href={routes.quiz()}>Refaire le quiz</Link>
      </p>
      <QuizMethod />
    </>
  )
}

/** One proposed career, with why: the interests it shares with the answers, then its others. */
function MatchCard({ match: { career, reasons, others } }: { match: Match<QuizCareer> }) {
  const total = reasons.length + others.length
  const why =
    total === 1
      ? 'son centre d’intérêt ressort de vos réponses'
      : reasons.length === total
        ? `ses ${total} centres d’intérêt ressortent tous de vos réponses`
        : `${reasons.length} de ses ${total} centres d’intérêt ${reasons.length > 1 ? 'ressortent' : 'ressort'} de vos réponses`
  return (
    <li>
      <CareerCard career={career}>
        <div className="quiz__why">
          <p>
            <strong>{`Pourquoi ce métier\u00a0: `}</strong>
            {`${why}.`}
          </p>
          <ul className="quiz__reasons" aria-label="Centres d’intérêt en commun avec vos réponses">
            {reasons.map((interest) => (
              <li key={interest.value}>{interest.label}</li>
            ))}
          </ul>
          {others.length > 0 && (
            <>
              <p className="quiz__others">{`Ses ${others.length > 1 ? 'autres centres' : 'autre centre'} d’intérêt\u00a0:`}</p>
              <ul className="quiz__reasons quiz__reasons--others">
                {others.map((interest) => (
                  <li key={interest.value}>{interest.label}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      </CareerCard>
    </li>
  )
}

/** An address no result can be read from (cut, or typed by hand): the proxy has set a 400. */
function Unreadable() {
  return (
    <>
      <Breadcrumbs crumbs={quizCrumbs()} />
      <h1>Résultat illisible</h1>
      <div className="notice">
        <p>
          Cette adresse de résultat ne contient aucun centre d’intérêt reconnu&nbsp;: elle a peut-être été coupée ou mal copiée. Demandez à la personne qui vous
          l’a envoyée de la copier à nouveau, ou répondez vous-même au quiz.
        </p>
      </div>
      <p>
        <Link href={routes.quiz()}>Répondre au quiz d’orientation</Link>
      </p>
    </>
  )
}
