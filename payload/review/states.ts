/**
 * The review workflow of editorial documents (careers and news), as plain data: which state a
 * save leads to. The state is the server's: it follows from the save (published or not) and
 * from an explicit action, never from a value a client sends (payload/review/hooks.ts).
 *
 *   brouillon ──propose──▶ en relecture ──publish──▶ publié
 *       ▲                    │    ▲  │                 │
 *       └─────withdraw───────┘    │  └─return─▶ renvoyé │ (a new draft over it)
 *                                 └──propose────────┘   ▼
 *                                                     brouillon
 */
export const REVIEW_STATES = ['draft', 'in_review', 'returned', 'published'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: 'Brouillon',
  in_review: 'En relecture',
  returned: 'Renvoyé',
  published: 'Publié',
}

/** What a contributor or an editor asks, beside saving: sent as the virtual field `reviewAction`. */
export const REVIEW_ACTIONS = ['propose', 'withdraw', 'return'] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

export const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = {
  propose: 'Proposer à la relecture',
  withdraw: 'Retirer de la relecture',
  return: 'Renvoyer avec un commentaire',
}

/** A comment long enough to say what to change, short enough for a mail. */
export const REVIEW_COMMENT_MAX = 2000

export type ReviewStep = {
  /** The state the save leads to. */
  state: ReviewState
  /** Who is told: the editors (a proposal) or whoever proposed (a return). */
  notify: 'editors' | 'requester' | null
}

export type ReviewRefusal = { refused: 'forbidden' | 'invalid'; message: string }

type Save = {
  /** The state before the save (undefined: a document made before the workflow, or a creation). */
  current: ReviewState | null | undefined
  /** The action sent with the save, if any. */
  action: ReviewAction | null | undefined
  /** Whether the save puts this version in front of visitors. */
  publishing: boolean
  /** Whether the person saving may publish (editors and administrators). */
  canPublish: boolean
  /** The comment sent with a return (in this request: a stored one belongs to an earlier return). */
  comment: string | null | undefined
  /** Whether the person saving proposed the document (a withdrawal is theirs or an editor's). */
  isRequester?: boolean
}

/**
 * The next state of a document, or why the save is refused. Publishing always leads to
 * "publié" (whether one may publish is contributorsCannotPublish's rule); a draft saved over a
 * published version is a "brouillon" again; otherwise a save keeps the state unless it carries
 * an action.
 */
export const nextReviewState = ({ current, action, publishing, canPublish, comment, isRequester = false }: Save): ReviewStep | ReviewRefusal => {
  const state: ReviewState = current ?? 'draft'
  if (publishing) {
    if (action === 'return') return { refused: 'invalid', message: 'Un document se publie ou se renvoie, pas les deux à la fois.' }
    return { state: 'published', notify: null }
  }
  switch (action) {
    case 'propose':
      // A second click, or a proposal saved twice, tells the editors once.
      return state === 'in_review' ? { state, notify: null } : { state: 'in_review', notify: 'editors' }
    case 'withdraw':
      if (state !== 'in_review') return { refused: 'invalid', message: 'Ce document n’est pas en relecture\u00a0: il n’y a rien à retirer.' }
      if (!isRequester && !canPublish) return { refused: 'forbidden', message: 'Seule la personne qui l’a proposé, ou l’équipe d’édition, peut retirer ce document de la relecture.' }
      return { state: 'draft', notify: null }
    case 'return':
      if (!canPublish) return { refused: 'forbidden', message: 'Seule l’équipe d’édition peut renvoyer un document.' }
      if (state !== 'in_review') return { refused: 'invalid', message: 'Seul un document en relecture peut être renvoyé.' }
      if (!comment?.trim()) return { refused: 'invalid', message: 'Écrivez ce qu’il faut reprendre\u00a0: le commentaire est obligatoire pour renvoyer un document.' }
      // Checked here: a draft save skips field validation, maxLength included.
      if ([...comment.trim()].length > REVIEW_COMMENT_MAX)
        return { refused: 'invalid', message: `Le commentaire dépasse ${REVIEW_COMMENT_MAX} caractères\u00a0: raccourcissez-le.` }
      return { state: 'returned', notify: 'requester' }
    default:
      return { state: state === 'published' ? 'draft' : state, notify: null }
  }
}

export const isRefusal = (step: ReviewStep | ReviewRefusal): step is ReviewRefusal => 'refused' in step
