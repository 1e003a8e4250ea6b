import type { SelectField } from 'payload'

import { labelOf, optionsOf } from '@/payload/fields/choices'
import { slugify } from '@/payload/fields/slugify'

// "Centres d'intérêt": a fixed list, close to the one ONISEP offers collégiens and lycéens, so a
// reader who starts from what they like meets the same words here. Editors pick; nobody types.
export const INTERESTS = [
  { value: 'helping', label: 'Aider les autres' },
  { value: 'contact', label: 'Le contact avec les gens' },
  { value: 'children', label: 'Travailler avec des enfants' },
  { value: 'teamwork', label: 'Travailler en équipe' },
  { value: 'leading', label: 'Diriger, organiser, décider' },
  { value: 'selling', label: 'Vendre, négocier' },
  { value: 'numbers', label: 'Les chiffres et le calcul' },
  { value: 'science', label: 'Les sciences et les expériences' },
  { value: 'technology', label: 'La technique et les machines' },
  { value: 'computing', label: 'L’informatique et le numérique' },
  { value: 'handiwork', label: 'Travailler de ses mains' },
  { value: 'building', label: 'Construire, fabriquer' },
  { value: 'nature', label: 'La nature et l’environnement' },
  { value: 'animals', label: 'Les animaux' },
  { value: 'moving', label: 'Bouger, être sur le terrain' },
  { value: 'sport', label: 'Le sport' },
  { value: 'creating', label: 'Créer, imaginer' },
  { value: 'arts', label: 'Les arts et la culture' },
  { value: 'writing', label: 'Écrire, communiquer' },
  { value: 'languages', label: 'Les langues étrangères' },
  { value: 'travelling', label: 'Voyager' },
  { value: 'rules', label: 'Faire respecter les règles' },
  { value: 'health', label: 'La santé et le soin' },
  { value: 'cooking', label: 'La cuisine et l’alimentation' },
] as const

export const interestLabel = (value: string) => labelOf(INTERESTS)(value) ?? value

export type Interest = (typeof INTERESTS)[number]

/**
 * An interest's part of an address, in French ("aider-les-autres"): the stored values are
 * English identifiers, which a reader sharing /metiers?interet=… should not meet.
 */
export const interestSlug = (interest: Interest): string => slugify(interest.label)

/** The interest an address names, or undefined (an unknown value filters nothing). */
export const interestBySlug = (slug: string | undefined): Interest | undefined =>
  slug ? INTERESTS.find((interest) => interestSlug(interest) === slug) : undefined

export const interestsField: SelectField = {
  name: 'interests',
  type: 'select',
  hasMany: true,
  label: 'Centres d’intérêt',
  options: optionsOf(INTERESTS),
  admin: { description: 'Ce qu’aime en général quelqu’un qui se plaît dans ce métier. Trois à cinq suffisent.' },
}
