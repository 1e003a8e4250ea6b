import { routes } from '@/payload/routes'

export type Crumb = { name: string; path: string }

const home: Crumb = { name: 'Accueil', path: routes.home() }

export const careerCrumbs = (career: { title: string; slug: string }): Crumb[] => [
  home,
  { name: 'Métiers', path: routes.careers() },
  { name: career.title, path: routes.career(career.slug) },
]

export const newsCrumbs = (post?: { title: string; slug: string }): Crumb[] => [
  home,
  { name: 'Actualités', path: routes.newsList() },
  ...(post ? [{ name: post.title, path: routes.newsPost(post.slug) }] : []),
]

export const sectorCrumbs = (sector: { title: string; slug: string }): Crumb[] => [
  home,
  { name: 'Métiers', path: routes.careers() },
  { name: sector.title, path: routes.sector(sector.slug) },
]

export const sectionCrumbs = (name: string, path: string): Crumb[] => [home, { name, path }]

export const comparisonCrumbs = (): Crumb[] => [home, { name: 'Métiers', path: routes.careers() }, { name: 'Comparer', path: routes.compare() }]

/** The quiz, or one of its results (at its own address: a result has no page of all results). */
export const quizCrumbs = (resultPath?: string): Crumb[] => [
  home,
  { name: 'Quiz d’orientation', path: routes.quiz() },
  ...(resultPath ? [{ name: 'Vos résultats', path: resultPath }] : []),
]
