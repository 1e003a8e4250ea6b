'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/** In the admin's live-preview frame, re-renders the page each time the editor's draft is saved. */
export function LivePreviewRefresh() {
  const router = useRouter()
  // The admin and the site share one origin: only its messages are listened to.
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={origin} />
}
