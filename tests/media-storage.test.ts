import path from 'node:path'

import { readMediaStorage } from '../collections/Media/storage'
import { readSecurityLimits, SecurityConfigError } from '../collections/security/limits'

describe('where media are stored, from the environment', () => {
  test('local disk by default, in media/ beside the app, or in NEWSROOM_MEDIA_DIR', () => {
    expect(readMediaStorage({}, '/srv/app')).toEqual({ kind: 'disk', dir: path.resolve('/srv/app/media') })
    expect(readMediaStorage({ NEWSROOM_MEDIA_DIR: '/var/lib/newsroom/media' }, '/srv/app')).toEqual({ kind: 'disk', dir: '/var/lib/newsroom/media' })
    expect(readMediaStorage({ NEWSROOM_MEDIA_DIR: 'uploads', S3_BUCKET: ' ' }, '/srv/app')).toEqual({ kind: 'disk', dir: '/srv/app/uploads' })
  })

  test('S3-compatible storage when a bucket is named, with its keys; path-style with an endpoint', () => {
    const keys = { S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' }
    expect(readMediaStorage({ S3_BUCKET: 'news', ...keys })).toEqual({ kind: 's3', bucket: 'news', region: 'us-east-1', endpoint: undefined, forcePathStyle: false, accessKeyId: 'id', secretAccessKey: 'secret', prefix: undefined })
    expect(readMediaStorage({ S3_BUCKET: 'news', S3_ENDPOINT: 'http://minio:9000', S3_REGION: 'eu-central-1', S3_PREFIX: 'media', ...keys })).toMatchObject({ endpoint: 'http://minio:9000', region: 'eu-central-1', forcePathStyle: true, prefix: 'media' })
    expect(readMediaStorage({ S3_BUCKET: 'news', S3_ENDPOINT: 'https://r2.example', S3_FORCE_PATH_STYLE: 'false', ...keys })).toMatchObject({ forcePathStyle: false })
  })

  test('half an S3 configuration stops start-up naming what is missing', () => {
    expect(() => readMediaStorage({ S3_BUCKET: 'news', S3_ACCESS_KEY_ID: 'id' })).toThrow('S3_BUCKET is set, so media go to S3-compatible storage, which also needs S3_SECRET_ACCESS_KEY')
    expect(() => readMediaStorage({ S3_BUCKET: 'news', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 's', S3_FORCE_PATH_STYLE: 'yes' })).toThrow('S3_FORCE_PATH_STYLE must be true or false (got "yes")')
  })

  test('the upload size limit: 20 MB by default, NEWSROOM_MEDIA_MAX_BYTES otherwise, nonsense refused', () => {
    expect(readSecurityLimits({}).content.mediaMaxBytes).toBe(20 * 1024 * 1024)
    expect(readSecurityLimits({ NEWSROOM_MEDIA_MAX_BYTES: '1048576' }).content.mediaMaxBytes).toBe(1_048_576)
    expect(() => readSecurityLimits({ NEWSROOM_MEDIA_MAX_BYTES: '10MB' })).toThrow(SecurityConfigError)
    expect(() => readSecurityLimits({ NEWSROOM_MEDIA_MAX_BYTES: '0' })).toThrow('NEWSROOM_MEDIA_MAX_BYTES must be a whole number of at least 1 (got "0")')
  })
})
