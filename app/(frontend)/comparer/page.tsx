import type { Metadata } from 'next'
import Link from 'next/link'
import { permanentRedirect, redirect } from 'next/navigation'

import type { Career } from '@/payload-types'
import { ADD_PARAM, CHOOSER_MAX, COMPARE_MAX, COMPARE_PARAM, requestedSlugs, sharedItems } from '@/payload/careers/comparison'
import { interestLabel } from '@/payload/careers/interests'
import { careerNamed, careersToCompare } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { cleanSearchQuery } from '@/payload/search/searchQuery'
import { frenchList } from '@/payload/text/frenchList'
import { Breadcrumbs } from '@/app/(frontend)/components/Breadcrumbs'
import { CareerComparison } from '@/app/(frontend)/components/CareerComparison'
import { AddCareerForm, type AddProblem, ChooseCareersForm } from '@/app/(frontend)/components/CompareForms'
import { comparisonCrumbs } from '@/app/(frontend)/seo/breadcrumbs'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

type Params = Record<string, string | string[] | undefined>
type Props = { searchParams: Promise<Params> }

// Any two or three careers: rendered per request from the careers' cached sheets.
export const dynamic = 'force-dynamic'

/** "Infirmier, Aide-soignant et Développeur web". */
const titlesText = (careers: Career[]) => frenchList(careers.map((career) => career.title))

/** « x », as French quotes a name. */
const quote = (text: string) => `«\u00a0${text}\u00a0»`

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const requested = requestedSlugs((await searchParams)[COMPARE_PARAM])
  if (requested.length > COMPARE_MAX) return { title: 'Trop de métiers à comparer', robots: { index: false } }
  const { careers, unknown } = await careersToCompare(requested)
  const meta = pageMetadata({
    title: careers.length > 1 ? `Comparer ${titlesText(careers)}` : 'Comparer des métiers',
    description:
      careers.length > 1
        ? `${titlesText(careers)} côte à côte : niveau et durée d’études, accès, salaires, secteurs, centres d’intérêt, conditions de travail et compétences communes.`
        : 'Mettez deux ou trois métiers côte à côte : niveau et durée d’études, accès, salaires, secteurs, centres d’intérêt et conditions de travail.',
    path: routes.compare(careers.map((career) => career.slug ?? '')),
  })
  // Worth finding only as a comparison of two or three careers that all exist: an address naming
  // a career that is gone still helps its reader, and search engines get the clean one.
  return unknown.length || careers.length < 2 ? { ...meta, robots: { index: false, follow: true } } : meta
}

export default async function ComparePage({ searchParams }: Props) {
  const params = await searchParams
  const requested = requestedSlugs(params[COMPARE_PARAM])
  // Cleaned as a search is (control characters, length): it is looked up as one.
  const added = cleanSearchQuery(params[ADD_PARAM])

  // "Add a career": a title (or slug, or address) becomes a slug in the address, then the
  // comparison's own address is shown; a name that fits none, or several, is answered here.
  let problem: AddProblem | null = null
  if (added) {
    const found = await careerNamed(added)
    if ('career' in found) redirect(routes.compare([...requested, found.career.slug]))
    problem = { text: added, choices: found.choices }
  }

  if (requested.length > COMPARE_MAX) return <TooMany requested={requested} />

  // One address per set of careers: sorted, commas, no duplicates (repeated checkboxes too).
  const canonical = routes.compare(requested)
  const asTyped = typeof params[COMPARE_PARAM] === 'string' ? params[COMPARE_PARAM] : undefined
  if (!problem && COMPARE_PARAM in params && (!requested.length || asTyped !== [...requested].sort().join(','))) permanentRedirect(canonical)

  const { careers, renamed, unknown } = await careersToCompare([...requested].sort())
  // A renamed career: the comparison moves to its new address, as its sheet does.
  if (!problem && Object.keys(renamed).length) permanentRedirect(routes.compare(requested.map((slug) => renamed[slug] ?? slug)))
  const slugs = careers.map((career) => career.slug ?? '')
  const addForm = careers.length < COMPARE_MAX && (
    <AddCareerForm slugs={slugs} problem={problem} label={careers.length ? 'Ajouter un métier à la comparaison' : 'Premier métier à comparer'} />
  )
  return (
    <>
      <Breadcrumbs crumbs={comparisonCrumbs()} />
      <h1>Comparer des métiers</h1>
      {unknown.length > 0 && (
        <div className="notice" role="status">
          <p>
            {`Aucune fiche publiée ne correspond à ${unknown.map(quote).join(', ')}\u00a0: `}
            {unknown.length > 1
              ? 'ces métiers ne sont pas dans la comparaison. Leurs fiches ont peut-être été retirées.'
              : 'ce métier n’est pas dans la comparaison. Sa fiche a peut-être été retirée.'}
          </p>
        </div>
      )}
      {careers.length < 2 && (
        <p className="lead">
          {careers.length === 0
            ? 'Mettez deux ou trois métiers côte à côte\u00a0: niveau et durée d’études, accès, salaires sur une même échelle, secteurs, centres d’intérêt et compétences communes.'
            : `Ajoutez un ou deux métiers à comparer avec ${quote(careers[0]!.title)}.`}{' '}
          {`Le lien ${quote('Comparer')} de chaque fiche`} et de chaque métier de la <Link href={routes.careers()}>liste des métiers</Link> mène aussi ici.
        </p>
      )}
      {/* A name that fits none or several is answered above the comparison: on a phone, below it,
          the answer would be screens away from where the page reloads. */}
      {problem && addForm}
      {careers.length > 0 && <CareerComparison careers={careers} />}
      {careers.length > 1 && <InCommon careers={careers} />}
      {!problem && addForm}
    </>
  )
}

/** What the careers share: skills word for word (as the sheets write them), then interests. */
function InCommon({ careers }: { careers: Career[] }) {
  const skills = sharedItems(careers.map((career) => (career.skills ?? []).map((item) => item.skill)))
  const interests = sharedItems(careers.map((career) => (career.interests ?? []).map(interestLabel)))
  const whose = (indexes: number[]) => (indexes.length === careers.length ? 'tous' : titlesText(indexes.map((index) => careers[index]!)))
  return (
    <section aria-labelledby="en-commun" className="compare__common">
      <h2 id="en-commun">Ce qu’ils ont en commun</h2>
      <h3>Compétences</h3>
      {skills.length ? (
        <ul>
          {skills.map((skill) => (
            <li key={skill.text}>
              {skill.text} <span className="compare__whose">({whose(skill.careers)})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>Leurs fiches ne citent aucune compétence en commun.</p>
      )}
      <h3>Centres d’intérêt</h3>
      {interests.length ? (
        <ul>
          {interests.map((interest) => (
            <li key={interest.text}>
              {interest.text} <span className="compare__whose">({whose(interest.careers)})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucun centre d’intérêt en commun n’est indiqué.</p>
      )}
    </section>
  )
}

/** More than three careers: a 400 (proxy.ts), and a way to keep three of the first ones. */
async function TooMany({ requested }: { requested: string[] }) {
  const { careers } = await careersToCompare(requested.slice(0, CHOOSER_MAX))
  return (
    <>
      <Breadcrumbs crumbs={comparisonCrumbs()} />
      <h1>Comparer des métiers</h1>
      <div className="notice" role="status">
        <p>{`Vous avez demandé ${requested.length} métiers\u00a0: une comparaison en montre ${COMPARE_MAX} au plus, pour rester lisible sur un téléphone.`}</p>
        {requested.length > CHOOSER_MAX && <p>{`Seuls les ${CHOOSER_MAX} premiers sont proposés ci-dessous.`}</p>}
      </div>
      {careers.length > 0 ? (
        <ChooseCareersForm choices={careers.map((career) => ({ title: career.title, slug: career.slug ?? '' }))} />
      ) : (
        <p>
          Aucun de ces métiers n’a de fiche publiée. <Link href={routes.compare()}>Recommencer une comparaison</Link>
        </p>
      )}
    </>
  )
}
