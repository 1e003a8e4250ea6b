'use client'

import { Button, toast, useAuth, useConfig, useDocumentInfo, useForm, useFormFields, useLocale } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import { useId, useRef, useState } from 'react'

import type { User } from '@/payload-types'
import { NBSP } from '@/payload/i18n/typography'
import { formatParisDateTime } from '@/payload/admin/parisTime'
import { REVIEW_ACTION_LABELS, REVIEW_COMMENT_MAX, REVIEW_STATE_LABELS, type ReviewAction, type ReviewState } from '@/payload/review/states'

const when = (value: unknown) => (typeof value === 'string' && value ? formatParisDateTime(value) : '')

const HINTS: Record<ReviewState, string> = {
  draft: 'Personne ne relit ce brouillon\u00a0: proposez-le à la relecture quand il est prêt.',
  in_review: 'L’équipe d’édition a été prévenue. Elle le publiera ou le renverra avec un commentaire.',
  returned: 'Reprenez le brouillon selon le commentaire, puis proposez-le de nouveau.',
  published: 'La version en ligne est celle-ci.',
}

/**
 * Above the document: its review state, who asked and when (Paris time), the editor's comment
 * when it was sent back, and the actions open to the reader (propose, withdraw, send back).
 * An action saves the form as a draft with `reviewAction`; the server decides the state.
 */
export function ReviewStatus() {
  const { user } = useAuth<User>()
  const { id, collectionSlug, unlockDocument } = useDocumentInfo()
  const { submit } = useForm()
  const { code: locale } = useLocale()
  const {
    config: {
      routes: { admin: adminRoute, api },
    },
  } = useConfig()
  const value = (path: string) => (fields: Record<string, { value?: unknown }>) => fields[path]?.value
  const state = (useFormFields(([fields]) => value('reviewState')(fields)) as ReviewState | undefined) ?? 'draft'
  const requestedByName = useFormFields(([fields]) => value('review.requestedByName')(fields)) as string | undefined
  const requestedAt = useFormFields(([fields]) => value('review.requestedAt')(fields))
  const returnedByName = useFormFields(([fields]) => value('review.returnedByName')(fields)) as string | undefined
  const returnedAt = useFormFields(([fields]) => value('review.returnedAt')(fields))
  const comment = useFormFields(([fields]) => value('review.comment')(fields)) as string | undefined
  const [writing, setWriting] = useState(false)
  const [draftComment, setDraftComment] = useState('')
  const [busy, setBusy] = useState(false)
  const commentId = useId()
  // "Renvoyer avec un commentaire…" gives way to the form, and comes back on "Annuler": focus follows.
  const openReturnRef = useRef<HTMLButtonElement>(null)
  const canPublish = Boolean(user?.roles?.some((role) => role === 'editor' || role === 'admin'))

  const router = useRouter()

  /**
   * Saves the form with the action, then, when the document changed hands (proposed or sent
   * back), leaves it for the dashboard: an edit view left open keeps the document locked, and
   * the other side would find "Document verrouillé" for five minutes.
   */
  const act = async (reviewAction: ReviewAction, extra: Record<string, unknown> = {}) => {
    if (!id || !collectionSlug) return
    setBusy(true)
    try {
      await submit({
        action: formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}?locale=${locale}&depth=0&fallback-locale=null&draft=true` }),
        method: 'PATCH',
        overrides: { _status: 'draft', reviewAction, ...extra },
        skipValidation: true,
      })
      setWriting(false)
      setDraftComment('')
      const handedOver = reviewAction === 'propose' ? 'in_review' : reviewAction === 'return' ? 'returned' : null
      if (!handedOver) return
      const response = await fetch(formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}?draft=true&depth=0&select[reviewState]=true` }), {
        credentials: 'include',
      })
      const saved = response.ok ? ((await response.json()) as { reviewState?: ReviewState }).reviewState : undefined
      // Payload's form already said why a save failed; a save that did not change hands says so here.
      if (saved !== handedOver) {
        toast.error(`Le document n’a pas changé d’état${NBSP}: rechargez la page pour voir où il en est.`)
        return
      }
      toast.success(
        handedOver === 'in_review'
          ? `Proposé à la relecture${NBSP}: l’équipe d’édition est prévenue.`
          : `Renvoyé${NBSP}: la personne qui l’a proposé est prévenue.`,
      )
      // Payload's form locked it again while reloading after the save, and unlocks a document
      // on leaving only when it knows it holds the lock (it forgets after a save): unlocked here.
      await unlockDocument(id, collectionSlug)
      router.push(formatAdminURL({ adminRoute, path: '' }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className={`review-status review-status--${state}`} aria-labelledby={`${commentId}-title`}>
      <h2 id={`${commentId}-title`} className="review-status__title">
        Relecture{NBSP}: <span className="review-status__state">{REVIEW_STATE_LABELS[state]}</span>
      </h2>
      {state === 'in_review' && requestedByName && (
        <p>
          Proposé par {requestedByName}
          {requestedAt ? ` le ${when(requestedAt)} (heure de Paris)` : ''}.
        </p>
      )}
      {state === 'returned' && (
        <>
          <p>
            Renvoyé par {returnedByName ?? 'l’équipe d’édition'}
            {returnedAt ? ` le ${when(returnedAt)} (heure de Paris)` : ''}, avec ce commentaire{NBSP}:
          </p>
          <blockquote className="review-status__comment">{comment}</blockquote>
        </>
      )}
      <p className="review-status__hint">
        {state === 'in_review' && canPublish
          ? `À vous de relire${NBSP}: publiez-le, ou renvoyez-le avec un commentaire. L’onglet «${NBSP}Versions${NBSP}» le compare à la version en ligne.`
          : HINTS[state]}
      </p>
      {id && (
        <div className="review-status__actions">
          {state !== 'in_review' && (
            <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void act('propose')}>
              {REVIEW_ACTION_LABELS.propose}
            </Button>
          )}
          {state === 'in_review' && (
            <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void act('withdraw')}>
              {REVIEW_ACTION_LABELS.withdraw}
            </Button>
          )}
          {state === 'in_review' && canPublish && !writing && (
            <Button ref={openReturnRef} buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setWriting(true)}>
              Renvoyer avec un commentaire…
            </Button>
          )}
        </div>
      )}
      {writing && (
        // Not a <form>: it sits inside the document's own form.
        <div className="review-status__return" role="group" aria-label="Renvoyer avec un commentaire">
          <label htmlFor={commentId}>Ce qu’il faut reprendre (la personne qui a proposé le reçoit par e-mail)</label>
          <textarea
            id={commentId}
            // Opened by a click on "Renvoyer avec un commentaire…", which is gone: the reader lands here.
            autoFocus
            value={draftComment}
            maxLength={REVIEW_COMMENT_MAX}
            rows={4}
            required
            onChange={(event) => setDraftComment(event.target.value)}
          />
          <div className="review-status__actions">
            <Button
              buttonStyle="primary"
              size="small"
              margin={false}
              disabled={busy || !draftComment.trim()}
              onClick={() => void act('return', { review: { comment: draftComment } })}
            >
              Renvoyer
            </Button>
            <Button
              buttonStyle="secondary"
              size="small"
              margin={false}
              onClick={() => {
                setWriting(false)
                requestAnimationFrame(() => openReturnRef.current?.focus())
              }}
            >
              Annuler
            </Button>
          </div>
        </div>
      )}
    </section>
  )
}
