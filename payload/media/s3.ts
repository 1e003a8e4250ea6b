import type { S3ClientConfig } from '@aws-sdk/client-s3'

/** Media live in S3-compatible storage when S3_BUCKET is set (several app servers share them). */
export const s3Bucket = (): string | undefined => process.env.S3_BUCKET || undefined

/** The S3 client settings, from the environment: one source for the storage plugin and scripts. */
export const s3ClientConfig = (): S3ClientConfig => ({
  endpoint: process.env.S3_ENDPOINT || undefined,
  region: process.env.S3_REGION || 'us-east-1',
  // MinIO, Garage, Ceph and most non-AWS stores address buckets by path.
  forcePathStyle: Boolean(process.env.S3_ENDPOINT),
  // Since 3.729 the SDK adds CRC32 checksums to every upload (sent as aws-chunked trailers) and
  // checks them on downloads; many S3-compatible servers (s3rver, older MinIO and Ceph, some
  // hosted stores) store the chunk framing as the file or refuse the request. Only when an
  // operation requires one, as before.
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
  // Without keys, the SDK's own chain (instance roles, environment) applies.
  ...(process.env.S3_ACCESS_KEY_ID
    ? { credentials: { accessKeyId: process.env.S3_ACCESS_KEY_ID, secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? '' } }
    : {}),
})
