/**
 * The jobs queue ONISEP imports run on: a queue of their own, so a scheduled publication never
 * waits behind a thousand careers (the runner calls it in the background: scripts/jobsRunner.ts,
 * which repeats the name as it loads none of the app's modules).
 */
export const ONISEP_QUEUE = 'onisep'
