// One app server running one digest batch, as its jobs runner would: a process of its own, so
// that a test can kill it mid-run or run two at once (tests/int/digest.test.ts).
// Input as JSON in DIGEST_BATCH; prints the batch's report as JSON.
import config from '@payload-config'
import { getPayload } from 'payload'

import { sendDigestBatch } from '@/payload/digest/tasks'

const input = JSON.parse(process.env.DIGEST_BATCH ?? '{}') as Parameters<typeof sendDigestBatch>[1]
const payload = await getPayload({ config })
const report = await sendDigestBatch(payload, input)
console.log(JSON.stringify(report))
process.exit(0)
