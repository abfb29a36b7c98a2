import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { MediaStorage } from '../../collections/Media/storage'

/**
 * Media on S3-compatible storage (AWS, MinIO, R2...) through Payload's official adapter when a bucket is
 * configured; otherwise nothing changes and files stay in NEWSROOM_MEDIA_DIR. With S3 the adapter
 * turns local storage off, so no instance writes to a disk the others do not share.
 */
export function mediaStorage(storage: MediaStorage): Plugin {
  if (storage.kind !== 's3') return (config) => config
  return s3Storage({
    bucket: storage.bucket,
    collections: { media: storage.prefix ? { prefix: storage.prefix } : true },
    config: {
      region: storage.region,
      ...(storage.endpoint ? { endpoint: storage.endpoint } : {}),
      forcePathStyle: storage.forcePathStyle,
      credentials: { accessKeyId: storage.accessKeyId, secretAccessKey: storage.secretAccessKey },
    },
  })
}
