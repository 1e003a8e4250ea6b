// `npm run media:upright`: turns upright the stored images that still carry an EXIF
// orientation (phone photos uploaded before originals were processed). Migration
// 20261130_120000_upright_images does it once; run this after putting back older media files.
import './loadEnv'
import { prepareEnvironment } from './localEnvironment'
import { withPayload } from './payloadSession'

const environment = await prepareEnvironment()
try {
  const report = await withPayload(async (payload) => {
    const { uprightImages } = await import('../payload/media/uprightImages')
    return uprightImages(payload, (line) => console.log(line))
  })
  console.log(
    `Images checked: ${report.checked}, turned upright: ${report.turned.length}, originals missing: ${report.missing.length}, failed: ${report.failed.length}.`,
  )
  if (report.turned.length)
    console.log(
      'Pages show the new sizes once their cached copies expire: edit any image in the admin (that expires them all), or restart the server (without REDIS_URL).',
    )
  if (report.failed.length) process.exitCode = 1
} finally {
  await environment.stop()
}
process.exit(process.exitCode ?? 0)
