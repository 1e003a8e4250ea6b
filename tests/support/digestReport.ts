/** Starts the line where tests/support/runDigestBatch.ts prints its batch's report as JSON. */
export const REPORT_MARK = 'DIGEST_REPORT '

/** The line tests/support/runDigestBatch.ts prints once its modules are loaded, before any work. */
export const READY_MARK = 'DIGEST_READY'
