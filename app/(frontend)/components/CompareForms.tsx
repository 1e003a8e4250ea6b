import Link from 'next/link'

import { ADD_PARAM, COMPARE_MAX, COMPARE_PARAM } from '@/payload/careers/comparison'
import type { CareerChoice } from '@/payload/queries'
import { routes } from '@/payload/routes'

export type AddProblem = { text: string; choices: CareerChoice[] }

/**
 * "Add a career": a plain GET form (no JavaScript), carrying the careers already compared.
 * The text may be a title, a feminine title, a slug or a career's address; the page resolves it.
 */
export function AddCareerForm({ slugs, problem, label }: { slugs: string[]; problem?: AddProblem | null; label: string }) {
  const hintId = 'ajouter-aide'
  const problemId = 'ajouter-probleme'
  return (
    <form method="get" action={routes.compare()} className="compare__add">
      {slugs.length > 0 && <input type="hidden" name={COMPARE_PARAM} value={slugs.join(',')} />}
      <label htmlFor="ajouter">{label}</label>
      <p id={hintId} className="compare__hint">
        {'Son intitulé, par exemple «\u00a0Infirmier\u00a0» ou «\u00a0Développeuse web\u00a0», ou l’adresse de sa fiche.'}
      </p>
      <div className="search-form__row">
        <input
          id="ajouter"
          name={ADD_PARAM}
          type="text"
          required
          maxLength={200}
          autoComplete="off"
          defaultValue={problem?.text}
          aria-describedby={problem ? `${problemId} ${hintId}` : hintId}
          aria-invalid={problem ? true : undefined}
        />
        <button type="submit">Ajouter</button>
      </div>
      {problem && (
        <div id={problemId} className="compare__problem" role="alert">
          {problem.choices.length === 0 ? (
            <p>{`Aucun métier publié ne correspond à «\u00a0${problem.text}\u00a0». Vérifiez l’orthographe ou essayez un autre intitulé.`}</p>
          ) : (
            <>
              <p>{`Plusieurs métiers correspondent à «\u00a0${problem.text}\u00a0»\u00a0: lequel voulez-vous ajouter\u00a0?`}</p>
              <ul>
                {problem.choices.map((choice) => (
                  <li key={choice.slug}>
                    <Link href={routes.compare([...slugs, choice.slug])}>{choice.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  )
}

/** More careers asked for than a comparison holds: the visitor ticks the ones to keep. */
export function ChooseCareersForm({ choices }: { choices: CareerChoice[] }) {
  return (
    <form method="get" action={routes.compare()} className="compare__choose">
      <fieldset>
        <legend>{`Cochez les métiers à comparer (${COMPARE_MAX} au plus)`}</legend>
        <ul>
          {choices.map((choice, index) => (
            <li key={choice.slug}>
              <input type="checkbox" id={`choix-${index}`} name={COMPARE_PARAM} value={choice.slug} defaultChecked={index < COMPARE_MAX} />
              <label htmlFor={`choix-${index}`}>{choice.title}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit">Comparer</button>
    </form>
  )
}
