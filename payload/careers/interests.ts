import type { SelectField } from 'payload'

import { labelOf, optionsOf } from '@/payload/fields/choices'

// "Centres d'intérêt": a fixed list, close to the one ONISEP offers collégiens and lycéens, so a
// reader who starts from what they like meets the same words here. Editors pick; nobody types.
// Each has its part of an address (/metiers?interet=…), in French and fixed: a label reworded
// later must not break the links people shared.
export const INTERESTS = [
  { value: 'helping', slug: 'aider-les-autres', label: 'Aider les autres' },
  { value: 'contact', slug: 'contact-avec-les-gens', label: 'Le contact avec les gens' },
  { value: 'children', slug: 'enfants', label: 'Travailler avec des enfants' },
  { value: 'teamwork', slug: 'travail-en-equipe', label: 'Travailler en équipe' },
  { value: 'leading', slug: 'diriger-organiser', label: 'Diriger, organiser, décider' },
  { value: 'selling', slug: 'vendre-negocier', label: 'Vendre, négocier' },
  { value: 'numbers', slug: 'chiffres', label: 'Les chiffres et le calcul' },
  { value: 'science', slug: 'sciences', label: 'Les sciences et les expériences' },
  { value: 'technology', slug: 'technique', label: 'La technique et les machines' },
  { value: 'computing', slug: 'informatique', label: 'L’informatique et le numérique' },
  { value: 'handiwork', slug: 'travail-manuel', label: 'Travailler de ses mains' },
  { value: 'building', slug: 'construire-fabriquer', label: 'Construire, fabriquer' },
  { value: 'nature', slug: 'nature-environnement', label: 'La nature et l’environnement' },
  { value: 'animals', slug: 'animaux', label: 'Les animaux' },
  { value: 'moving', slug: 'terrain', label: 'Bouger, être sur le terrain' },
  { value: 'sport', slug: 'sport', label: 'Le sport' },
  { value: 'creating', slug: 'creer-imaginer', label: 'Créer, imaginer' },
  { value: 'arts', slug: 'arts-culture', label: 'Les arts et la culture' },
  { value: 'writing', slug: 'ecrire-communiquer', label: 'Écrire, communiquer' },
  { value: 'languages', slug: 'langues-etrangeres', label: 'Les langues étrangères' },
  { value: 'travelling', slug: 'voyager', label: 'Voyager' },
  { value: 'rules', slug: 'faire-respecter-les-regles', label: 'Faire respecter les règles' },
  { value: 'health', slug: 'sante-soin', label: 'La santé et le soin' },
  { value: 'cooking', slug: 'cuisine-alimentation', label: 'La cuisine et l’alimentation' },
] as const

export const interestLabel = (value: string) => labelOf(INTERESTS)(value) ?? value

export type Interest = (typeof INTERESTS)[number]

/** An interest's part of an address, in French ("aider-les-autres"). */
export const interestSlug = (interest: Interest): string => interest.slug

/** The interest an address names, in any case, or undefined (an unknown value filters nothing). */
export const interestBySlug = (slug: string | undefined): Interest | undefined =>
  slug ? INTERESTS.find((interest) => interest.slug === slug.trim().toLowerCase()) : undefined

export const interestsField: SelectField = {
  name: 'interests',
  type: 'select',
  hasMany: true,
  label: 'Centres d’intérêt',
  options: optionsOf(INTERESTS),
  admin: { description: 'Ce qu’aime en général quelqu’un qui se plaît dans ce métier. Trois à cinq suffisent.' },
}
