import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { educationLevelLabel } from '../../../../payload/fields/educationLevels'
import { getCareer } from '../../../../payload/queries'
import { routes } from '../../../../payload/routes'
import { SalaryRange } from '../../components/SalaryRange'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const career = await getCareer(slug)
  if (!career) return { title: 'Page introuvable' }
  return {
    title: career.title,
    description: career.summary,
    alternates: { canonical: routes.career(slug) },
  }
}

export default async function CareerPage({ params }: Props) {
  const career = await getCareer((await params).slug)
  if (!career) notFound()
  const level = educationLevelLabel(career.educationLevel)

  return (
    <article className="career">
      <h1>{career.title}</h1>
      <p className="lead">{career.summary}</p>
      {level && (
        <p>
          Niveau d’études minimum : <strong>{level}</strong>
        </p>
      )}

      {career.skills && career.skills.length > 0 && (
        <section aria-labelledby="competences">
          <h2 id="competences">Profil de compétences</h2>
          <ul>
            {career.skills.map((item) => (
              <li key={item.id}>{item.skill}</li>
            ))}
          </ul>
        </section>
      )}

      {career.missions && career.missions.length > 0 && (
        <section aria-labelledby="missions">
          <h2 id="missions">Activités et missions</h2>
          <ul>
            {career.missions.map((item) => (
              <li key={item.id}>{item.mission}</li>
            ))}
          </ul>
        </section>
      )}

      {career.trainingPaths && career.trainingPaths.length > 0 && (
        <section aria-labelledby="formations">
          <h2 id="formations">Formations et filières</h2>
          <ul>
            {career.trainingPaths.map((path) => (
              <li key={path.id}>
                <strong>{path.title}</strong>
                {path.description && <> — {path.description}</>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {career.salary && (
        <section aria-labelledby="salaire">
          <h2 id="salaire">Salaire</h2>
          <SalaryRange salary={career.salary} />
        </section>
      )}
    </article>
  )
}
