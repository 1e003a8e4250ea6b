import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { s3ClientConfig } from '@/payload/media/s3'
import { dropDatabase, ensureDatabase } from '@/scripts/databases'
import { phonePhoto } from '../fixtures/photos'
import { type App, appEnvironment, logIn, runScript, startApp } from './harness'

// Uploads in S3-compatible storage (@payloadcms/storage-s3, S3_BUCKET), against a real S3-API
// server on loopback (s3rver, which checks request signatures as S3 does), behind a relay that
// refuses the checksum headers the AWS SDK adds by default, as several S3-compatible stores do.
const server = process.env.DATABASE_URL!
const database = `${process.env.RESILIENCE_DATABASE || `reperes_test_res_${Date.now().toString(36)}`}_s3`
const work = mkdtempSync(path.join(tmpdir(), 'reperes-s3-'))
const admin = { email: 's3@reperes.test', password: randomBytes(12).toString('base64url') }
const bucket = 'reperes-medias'
const tsx = createRequire(import.meta.url).resolve('tsx/cli')
let s3: S3rver | undefined
let app: App | undefined
let relay: Server | undefined

afterAll(async () => {
  await app?.stop()
  relay?.close()
  await s3?.close()
  await dropDatabase(server, database)
  rmSync(work, { recursive: true, force: true })
})


/** Headers of the SDK's default checksums (since 3.729), refused by several S3-compatible stores. */
const CHECKSUM_HEADER = /^x-amz-(checksum-|sdk-checksum-algorithm$)/
const refusedChecksums: string[] = []

/** A relay to the S3 server on `port` that answers 400 InvalidArgument to a request with a checksum header. */
const strictStore = (port: number) =>
  new Promise<Server>((resolve) => {
    const relay = createServer((request, response) => {
      const checksums = Object.keys(request.headers).filter((name) => CHECKSUM_HEADER.test(name))
      if (checksums.length) {
        refusedChecksums.push(`${request.method} ${request.url}: ${checksums.join(', ')}`)
        request.resume()
        response.writeHead(400, { 'content-type': 'application/xml' })
        return response.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidArgument</Code><Message>Unsupported header ${checksums[0]}</Message></Error>`)
      }
      const upstream = httpRequest({ host: '127.0.0.1', port, method: request.method, path: request.url, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      })
      upstream.on('error', () => response.destroy())
      request.pipe(upstream)
    })
    relay.listen(0, '127.0.0.1', () => resolve(relay))
  })

describe('uploads in S3', () => {
  it('stores an upload and its renditions in the bucket, serves them, answers a missing key with a 404, and deletes them', async () => {
    s3 = new S3rver({ address: '127.0.0.1', port: 0, directory: path.join(work, 's3'), silent: true, configureBuckets: [{ name: bucket, configs: [] }] })
    const { port } = (await s3.run()) as AddressInfo
    relay = await strictStore(port)
    const s3Env = { S3_BUCKET: bucket, S3_ENDPOINT: `http://127.0.0.1:${(relay.address() as AddressInfo).port}`, S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' }
    // The test reads the bucket with the settings the app uses.
    Object.assign(process.env, s3Env)
    const client = new S3Client(s3ClientConfig())
    const keys = async () => ((await client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((object) => object.Key!).sort()
    const object = async (key: string) => Buffer.from(await (await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray())

    await ensureDatabase(server, database)
    const env = { ...appEnvironment({ server, database, work, admin }), ...s3Env }
    await runScript('scripts/seed.ts', env)
    const seeded = await keys()
    expect(seeded.length, refusedChecksums.join('\n')).toBeGreaterThan(0)
    // Nothing on disk: every seed image went to the bucket.
    expect(readdirSync(work)).not.toContain('media')
    app = await startApp({ ...env, MIGRATE_ON_START: 'false' })
    const { base } = app
    const { token } = await logIn(base, admin)

    // A phone photo (turned on its side by its EXIF tag), uploaded as the admin does.
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await phonePhoto(6))], { type: 'image/jpeg' }), 'photo-stage.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Une élève en stage' }))
    const uploaded = await fetch(`${base}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
    expect(uploaded.status, await uploaded.clone().text()).toBe(201)
    const { doc } = (await uploaded.json()) as { doc: { id: number; filename: string; url: string; width: number; height: number; sizes: Record<string, { filename: string; url: string; width: number }> } }
    const renditions = Object.values(doc.sizes).filter((size) => size.filename)
    expect(renditions.map((size) => size.filename).length).toBe(3)
    const added = [doc.filename, ...renditions.map((size) => size.filename)].sort()
    expect((await keys()).filter((key) => !seeded.includes(key)).sort()).toEqual(added)

    // In the bucket, each object is the image itself, upright and of the size Payload recorded.
    const original = await object(doc.filename)
    expect(await sharp(original).metadata()).toMatchObject({ format: 'jpeg', width: doc.width, height: doc.height })
    expect(doc.height).toBeGreaterThan(doc.width)
    for (const size of renditions) expect((await sharp(await object(size.filename)).metadata()).width).toBe(size.width)

    // Served by the app to anyone, HEAD included, and resized by Next's optimizer.
    const served = await fetch(`${base}${doc.url}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toMatch(/^image\/jpeg/)
    expect(Buffer.from(await served.arrayBuffer()).equals(original)).toBe(true)
    const head = await fetch(`${base}${doc.url}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    for (const size of renditions) expect((await fetch(`${base}${size.url}`)).status, size.url).toBe(200)
    const optimized = await fetch(`${base}/_next/image?url=${encodeURIComponent(doc.url)}&w=640&q=75`, { headers: { accept: 'image/webp' } })
    expect(optimized.status).toBe(200)
    expect(optimized.headers.get('content-type')).toBe('image/webp')

    // A key the bucket does not hold.
    const missing = await fetch(`${base}/api/media/file/absente-${Date.now()}.jpg`)
    expect(missing.status).toBe(404)

    // Deleting the image deletes its objects, and its address is then a 404.
    const deleted = await fetch(`${base}/api/media/${doc.id}`, { method: 'DELETE', headers: { Authorization: `JWT ${token}` } })
    expect(deleted.status).toBe(200)
    expect(await keys()).toEqual(seeded)
    expect((await fetch(`${base}${doc.url}`)).status).toBe(404)

    // A backup says the images are not in it, and how to save them.
    const backup = spawnSync(process.execPath, [tsx, 'scripts/backup.ts'], { env: { ...env, BACKUP_DIR: path.join(work, 'backups') }, encoding: 'utf8' })
    expect(backup.status, backup.stderr).toBe(0)
    expect(backup.stderr).toMatch(/images are NOT in this backup: they are in the S3 bucket reperes-medias/)
    expect(backup.stderr).toMatch(/aws s3 sync s3:\/\/reperes-medias/)
    const [folder] = readdirSync(path.join(work, 'backups'))
    expect(readdirSync(path.join(work, 'backups', folder!))).not.toContain('media.tar.gz')
    expect(JSON.parse(readFileSync(path.join(work, 'backups', folder!, 'manifest.json'), 'utf8'))).toMatchObject({ media: null, mediaNotIncluded: `s3://${bucket}` })
    expect(refusedChecksums).toEqual([])
  }, 300_000)
})
