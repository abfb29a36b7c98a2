import { APIError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

import { firstRegistrationVerdict, SETUP_SECRET_FIELD, SETUP_SECRET_HEADER } from '../setupSecret'

/**
 * On an empty database the first account created over REST or GraphQL becomes the admin
 * (firstUserIsAdmin), so in production it needs the setup secret. The Local API (the seed, scripts on
 * the server) is trusted as it is everywhere else.
 */
export const guardFirstRegistration: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create') return args
  const { data } = args as { data?: Record<string, unknown> }
  const given = req.headers?.get(SETUP_SECRET_HEADER) ?? data?.[SETUP_SECRET_FIELD]
  // The secret is never stored, whatever happens next.
  if (data && SETUP_SECRET_FIELD in data) {
    const { [SETUP_SECRET_FIELD]: _secret, ...rest } = data
    args = { ...args, data: rest }
  }
  if (req.payloadAPI === 'local') return args
  const { totalDocs } = await req.payload.count({ collection: collection.slug as CollectionSlug, overrideAccess: true, req })
  if (totalDocs > 0) return args
  const verdict = firstRegistrationVerdict(process.env, given)
  if (!verdict.allowed) throw new APIError(verdict.message, 403, null, true)
  return args
}
