/** The states of an ONISEP import (collections/OnisepImports.ts), in the order a run goes through them. */
export const IMPORT_STATUSES = ['queued', 'running', 'done', 'interrupted', 'refused', 'failed'] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]

export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  queued: 'En file d’attente',
  running: 'En cours',
  done: 'Terminé',
  interrupted: 'Interrompu',
  refused: 'Refusé',
  failed: 'Échoué',
}

/** States after which nothing more happens to the import. */
export const isFinished = (status: string | null | undefined): boolean => status !== 'queued' && status !== 'running'
