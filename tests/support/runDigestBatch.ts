// One app server running one digest batch, as its jobs runner would: a process of its own, so
// that a test can kill it mid-run or run two at once (tests/int/digest.test.ts).
// Input as JSON in DIGEST_BATCH; prints the batch's report as JSON on a marked line.
import { READY_MARK, REPORT_MARK } from './digestReport'

// An app server's HTTP server keeps its process alive; this one has none. With nothing else
// pending (a connection being set up, nodemailer waiting on an unreferenced socket), Node would
// exit in the middle (code 13, "unsettled top-level await"): the timer comes first, before the
// app's modules are even loaded.
const alive = setInterval(() => {}, 1000)
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { sendDigestBatch } = await import('@/payload/digest/tasks')

// Loaded: from here on the batch may claim deliveries. tsx's loader on Node 20 now and then never
// settles an import (the process then waits on nothing); the test restarts a child that does
// not say this line in time, which is safe only before any work.
console.log(READY_MARK)
const input = JSON.parse(process.env.DIGEST_BATCH ?? '{}') as Parameters<typeof sendDigestBatch>[1]
const payload = await getPayload({ config })
const report = await sendDigestBatch(payload, input)
clearInterval(alive)
// Marked: Payload's logger may write its own lines after this one.
console.log(`${REPORT_MARK}${JSON.stringify(report)}`)
process.exit(0)
