/** Starts the line where tests/support/runDigestBatch.ts prints its batch's report as JSON. */
export const REPORT_MARK = 'DIGEST_REPORT '
