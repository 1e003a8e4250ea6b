import { open, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'

import { s3Bucket, s3ClientConfig } from './s3'

/** The stored files of the media collection, wherever they live (MEDIA_DIR or S3). */
export type StoredFiles = {
  /** The file's bytes (only the first `bytes` when given), or null when it does not exist. */
  read: (key: string, bytes?: number) => Promise<Buffer | null>
  write: (key: string, data: Buffer, mimeType: string) => Promise<void>
}

const isMissing = (error: unknown) => error instanceof NoSuchKey || (error as { code?: string })?.code === 'ENOENT' || (error as { name?: string })?.name === 'NoSuchKey'

export const storedFiles = (payload: Payload): StoredFiles => {
  const bucket = s3Bucket()
  if (bucket) {
    const client = new S3Client(s3ClientConfig())
    return {
      read: async (key, bytes) => {
        try {
          const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...(bytes ? { Range: `bytes=0-${bytes - 1}` } : {}) }))
          return Buffer.from(await object.Body!.transformToByteArray())
        } catch (error) {
          if (isMissing(error)) return null
          throw error
        }
      },
      write: async (key, data, mimeType) => {
        await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: data, ContentType: mimeType }))
      },
    }
  }
  const dir = payload.collections.media.config.upload.staticDir ?? ''
  return {
    read: async (key, bytes) => {
      try {
        if (!bytes) return await readFile(path.join(dir, key))
        const handle = await open(path.join(dir, key))
        try {
          const buffer = Buffer.alloc(bytes)
          const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
          return buffer.subarray(0, bytesRead)
        } finally {
          await handle.close()
        }
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
    },
    write: async (key, data) => writeFile(path.join(dir, key), data),
  }
}
