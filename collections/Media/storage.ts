import path from 'path'

/**
 * Where uploaded images are kept, decided from the environment. Pure, so tests pass their own
 * environment. Local disk by default; S3-compatible storage when a bucket is named.
 */
export type MediaStorage =
  | { kind: 'disk'; dir: string }
  | {
      kind: 's3'
      bucket: string
      region: string
      endpoint?: string
      forcePathStyle: boolean
      accessKeyId: string
      secretAccessKey: string
      /** Key prefix inside the bucket, e.g. "newsroom/media". */
      prefix?: string
    }

type Env = Record<string, string | undefined>

const set = (value: string | undefined): string | undefined => (value && value.trim() !== '' ? value.trim() : undefined)

/** Default folder for uploads, beside the app (gitignored). */
export const DEFAULT_MEDIA_DIR = 'media'

export function readMediaStorage(env: Env = process.env, cwd: string = process.cwd()): MediaStorage {
  const bucket = set(env.S3_BUCKET)
  if (!bucket) return { kind: 'disk', dir: path.resolve(cwd, set(env.NEWSROOM_MEDIA_DIR) ?? DEFAULT_MEDIA_DIR) }
  // Half a configuration would silently keep writing to a disk that a multi-instance deployment does not share.
  const missing = ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => !set(env[name]))
  if (missing.length > 0) throw new Error(`S3_BUCKET is set, so media go to S3-compatible storage, which also needs ${missing.join(' and ')}`)
  const pathStyle = set(env.S3_FORCE_PATH_STYLE)
  if (pathStyle !== undefined && pathStyle !== 'true' && pathStyle !== 'false') {
    throw new Error(`S3_FORCE_PATH_STYLE must be true or false (got "${pathStyle}")`)
  }
  return {
    kind: 's3',
    bucket,
    region: set(env.S3_REGION) ?? 'us-east-1',
    endpoint: set(env.S3_ENDPOINT),
    // MinIO and most self-hosted stores answer on path-style URLs only.
    forcePathStyle: pathStyle === undefined ? Boolean(set(env.S3_ENDPOINT)) : pathStyle === 'true',
    accessKeyId: set(env.S3_ACCESS_KEY_ID)!,
    secretAccessKey: set(env.S3_SECRET_ACCESS_KEY)!,
    prefix: set(env.S3_PREFIX),
  }
}
