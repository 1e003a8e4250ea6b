// One app server running one digest batch, as its jobs runner would: a process of its own, so
// that a test can kill it mid-run or run two at once (tests/int/digest.test.ts).
// Input as JSON in DIGEST_BATCH; prints the batch's report as JSON.
import config from '@payload-config'
import { getPayload } from 'payload'

import { sendDigestBatch } from '@/payload/digest/tasks'

import { REPORT_MARK } from './digestReport'

const input = JSON.parse(process.env.DIGEST_BATCH ?? '{}') as Parameters<typeof sendDigestBatch>[1]
// An app server's HTTP server keeps its process alive; this one has none. While nodemailer waits
// for the SMTP server's answer on an unreferenced socket, Node would find nothing left to do and
// exit (code 13, "unsettled top-level await") in the middle of the batch.
const alive = setInterval(() => {}, 1000)
const payload = await getPayload({ config })
const report = await sendDigestBatch(payload, input)
clearInterval(alive)
// Marked: Payload's logger may write its own lines after this one.
console.log(`${REPORT_MARK}${JSON.stringify(report)}`)
process.exit(0)
