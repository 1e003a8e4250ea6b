// The orientation quiz's rules, as plain data: the questions and what each answer is worth are
// content (collections/OrientationQuiz.ts); here is how answers become a profile of interests,
// how a profile is written in a shareable address, and how careers are ranked against it. The
// proxy (which cannot read the quiz) sets the 400 of any form the page does not move on from,
// and of an address the page cannot read: both from the helpers here.
import { type Interest, INTERESTS, interestBySlug } from '@/payload/careers/interests'
import { commaList } from '@/payload/text/commaList'

/** Fewer questions say too little to rank on; more tire a collégien on a phone. */
export const QUIZ_MIN_QUESTIONS = 8
export const QUIZ_MAX_QUESTIONS = 12

/** Two choices at least (else it is not a question), five at most (a phone's screen). */
export const QUIZ_MIN_ANSWERS = 2
export const QUIZ_MAX_ANSWERS = 5

/** What one answer may add to each interest it names: 1 (a little) to 3 (strongly). */
export const ANSWER_MAX_POINTS = 3

/** The careers shown on a result: enough to choose from, few enough to read. */
export const RESULT_LIMIT = 10

/** The result's query parameter: `interets=aider-les-autres.3,sante-soin.2`. */
export const PROFILE_PARAM = 'interets'

/** A form's answer to one question is sent as `r-<question id>=<answer id>`. */
export const ANSWER_PREFIX = 'r-'

/** The form also sends how many questions it showed, so the proxy can answer 400 to a form sent incomplete. */
export const QUESTION_COUNT_PARAM = 'questions'

/** More points than this for one interest is no answer to the quiz; it is an address typed by hand. */
const POINTS_CAP = 99

export type QuizAnswer = { id?: string | null; answer: string; interests?: string[] | null; points?: number | null }
export type QuizQuestion = { id?: string | null; question: string; help?: string | null; answers?: QuizAnswer[] | null }

/** Points per interest (its `value`), only those above zero. */
export type Profile = Map<string, number>

/**
 * The interests in a profile, most points first, then by slug: slugs never change (the list's
 * order may), and the result's address, which permanent redirects lead to, is built in this order.
 */
export const profileEntries = (profile: Profile): { interest: Interest; points: number }[] =>
  INTERESTS.filter((interest) => (profile.get(interest.value) ?? 0) > 0)
    .map((interest) => ({ interest, points: profile.get(interest.value)! }))
    .sort((a, b) => b.points - a.points || (a.interest.slug < b.interest.slug ? -1 : 1))

/**
 * What a filled-in form says: each chosen answer adds its points (1 by default) to each of its
 * interests; an answer with none ("Pas vraiment") adds nothing. `missing` lists the questions
 * without an answer the quiz has: left unanswered, or `changed`: answered with an answer the
 * quiz no longer has (an editor published a change while the visitor was answering).
 */
export const profileFromAnswers = (questions: QuizQuestion[], chosen: Record<string, string | string[] | undefined>) => {
  const profile: Profile = new Map()
  const missing: QuizQuestion[] = []
  const changed: QuizQuestion[] = []
  for (const question of questions) {
    const value = firstValue(chosen[`${ANSWER_PREFIX}${question.id}`])
    const answer = (question.answers ?? []).find((each) => each.id && each.id === value)
    if (!answer) {
      missing.push(question)
      if (value) changed.push(question)
      continue
    }
    const points = Math.min(Math.max(Math.round(answer.points ?? 1), 1), ANSWER_MAX_POINTS)
    for (const interest of new Set(answer.interests ?? [])) profile.set(interest, (profile.get(interest) ?? 0) + points)
  }
  // Answers to questions the quiz no longer has: the form was an older one.
  const asked = new Set(questions.map((question) => `${ANSWER_PREFIX}${question.id}`))
  const outdated = changed.length > 0 || Object.keys(chosen).some((key) => key.startsWith(ANSWER_PREFIX) && !asked.has(key))
  return { profile, missing, changed, outdated }
}

/**
 * Whether a query is the quiz's form sent (answers, or the count the form always sends), rather
 * than a shared result. A complete form is redirected to its result by the page, whose redirect
 * replaces the proxy's status; any other (answers missing, an answer the quiz no longer has)
 * is shown again with what is missing: a 400, which the proxy sets on every form for that.
 */
export const isQuizForm = (keys: Iterable<string>) => [...keys].some((key) => key === QUESTION_COUNT_PARAM || key.startsWith(ANSWER_PREFIX))

/** The one answer a query gives for a field (a repeated one counts as its first). */
export const firstValue = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** The profile's part of a result address: `aider-les-autres.3,sante-soin.2` (empty for none). */
export const profileParam = (profile: Profile): string =>
  profileEntries(profile)
    .map(({ interest, points }) => `${interest.slug}.${points}`)
    .join(',')

/**
 * The profile a result address holds. Interests are read by their French slug in any case;
 * repeated ones add up; an unknown interest, a missing or odd number are left out and
 * counted in `dropped` (the page then moves to the clean address). Points are capped at 99.
 */
export const parseProfile = (value: string | string[] | undefined | null): { profile: Profile; dropped: number } => {
  const profile: Profile = new Map()
  let dropped = 0
  for (const item of commaList(value)) {
    const match = /^(.+)\.(\d{1,6})$/.exec(item)
    const interest = interestBySlug(match?.[1])
    const points = Number(match?.[2])
    if (!interest || !(points > 0)) {
      dropped += 1
      continue
    }
    profile.set(interest.value, Math.min((profile.get(interest.value) ?? 0) + points, POINTS_CAP))
  }
  return { profile, dropped }
}

/** A result address a person can read (a broken one gets a 400, like any bad address). */
export const isReadableProfile = (value: string | string[] | undefined | null) => {
  const { profile, dropped } = parseProfile(value)
  return profile.size > 0 || dropped === 0
}

export type RankableCareer = { id: number; title: string; interests?: string[] | null }

export type Match<C extends RankableCareer> = {
  career: C
  /** The career's interests the profile has, most points first: why it is proposed. */
  reasons: Interest[]
  /** Its other interests (shown, so the reader sees the whole of what the sheet says). */
  others: Interest[]
  score: number
}

/**
 * Careers ranked by how well their interests fit the profile: the sum of the profile's points on
 * the career's interests, divided by the square root of how many interests the career lists
 * (the cosine similarity between the profile and the career's interests, up to the profile's
 * own length, which is the same for every career). So a career listing ten interests does not
 * win for matching one, nor one listing a single interest for matching it. Careers whose sheet
 * lists no interest are never proposed, nor those sharing none with the profile. Ties: more
 * interests in common first, then the title in French order.
 */
export const rankCareers = <C extends RankableCareer>(profile: Profile, careers: C[]): Match<C>[] => {
  const collator = new Intl.Collator('fr', { sensitivity: 'base' })
  const order = (value: string) => INTERESTS.findIndex((interest) => interest.value === value)
  return careers
    .flatMap((career) => {
      const listed = INTERESTS.filter((interest) => (career.interests ?? []).includes(interest.value))
      if (!listed.length) return []
      const reasons = listed
        .filter((interest) => profile.has(interest.value))
        .sort((a, b) => profile.get(b.value)! - profile.get(a.value)! || order(a.value) - order(b.value))
      if (!reasons.length) return []
      const sum = reasons.reduce((total, interest) => total + profile.get(interest.value)!, 0)
      return [{ career, reasons, others: listed.filter((interest) => !profile.has(interest.value)), score: sum / Math.sqrt(listed.length) }]
    })
    // Scores equal on paper (1/√2 and 3/√18) may differ in their last bit: closer than this is a tie.
    .sort((a, b) => (Math.abs(b.score - a.score) > 1e-9 ? b.score - a.score : 0) || b.reasons.length - a.reasons.length || collator.compare(a.career.title, b.career.title))
}

/** Whether a quiz as published can be taken: enough questions, each with enough answers. */
export const isTakeable = (questions: QuizQuestion[] | null | undefined): questions is QuizQuestion[] =>
  Array.isArray(questions) &&
  questions.length >= QUIZ_MIN_QUESTIONS &&
  questions.every((question) => (question.answers ?? []).length >= QUIZ_MIN_ANSWERS)
