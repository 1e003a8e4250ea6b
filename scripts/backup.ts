// `npm run backup`: the configured database (pg_dump, custom format) and the media folder
// (tar.gz) into one timestamped folder under BACKUP_DIR (default .data/backups), with a manifest.
// The dump is one consistent snapshot; uploads are copied right after it, so a file uploaded
// in between is at worst an extra file nobody references.
import './loadEnv'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { s3Bucket } from '../payload/media/s3'
import { mediaDir, pgConnection, pgTool, RESTORE_FOLDERS, runOnce } from './pgTools'

await runOnce('Backup', async (url) => {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
  const parent = path.resolve(process.env.BACKUP_DIR || '.data/backups')
  mkdirSync(parent, { recursive: true })
  // Two backups in the same second get two folders: mkdir fails on an existing one.
  let target = path.join(parent, `reperes-${stamp}`)
  for (let n = 2; ; n += 1) {
    try {
      mkdirSync(target)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      target = path.join(parent, `reperes-${stamp}-${n}`)
    }
  }
  const connection = pgConnection(url)
  execFileSync(await pgTool('pg_dump', url), ['--format=custom', '--no-owner', '--no-privileges', `--file=${path.join(target, 'database.dump')}`, connection.target], {
    stdio: 'inherit',
    env: connection.env,
  })
  const media = mediaDir()
  const bucket = s3Bucket()
  // With S3_BUCKET the uploads are in the bucket, not in MEDIA_DIR (empty or stale there).
  const hasMedia = !bucket && existsSync(media)
  if (hasMedia)
    execFileSync('tar', ['-czf', path.join(target, 'media.tar.gz'), ...Object.values(RESTORE_FOLDERS).map((folder) => `--exclude=./${folder}`), '-C', media, '.'])
  const manifest = {
    createdAt: new Date().toISOString(),
    database: new URL(url).pathname.slice(1),
    databaseBytes: statSync(path.join(target, 'database.dump')).size,
    media: hasMedia ? 'media.tar.gz' : null,
    ...(bucket ? { mediaNotIncluded: `s3://${bucket}` } : {}),
  }
  writeFileSync(path.join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  console.log(`Backup written to ${target}`)
  if (bucket)
    console.warn(
      `WARNING: the uploaded images are NOT in this backup: they are in the S3 bucket ${bucket}${process.env.S3_ENDPOINT ? ` at ${process.env.S3_ENDPOINT}` : ''}. ` +
        `Back them up with the store's own tools, at the same time as this dump: turn on bucket versioning or replication, or copy the bucket ` +
        `(aws s3 sync s3://${bucket} <folder>${process.env.S3_ENDPOINT ? ` --endpoint-url ${process.env.S3_ENDPOINT}` : ''}; rclone sync works too).`,
    )
})
