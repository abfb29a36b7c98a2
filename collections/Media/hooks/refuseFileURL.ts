import { type AfterErrorHook, APIError, type CollectionBeforeOperationHook } from 'payload'

const MESSAGE = 'Send the image as the "file" part of a multipart request; media cannot be created from a URL'

/**
 * beforeOperation on media: an image comes in as the file of a multipart request. Given a `url` and a
 * `filename` without a file, Payload would fetch that address from the server (a request towards
 * whatever the server can reach) and answer 500 when the fetch fails. Over REST that is a 400 before
 * anything is fetched. Payload takes the url out of `data` before this hook runs, so the body the
 * client sent (`req.data`) is read. The Local API (seed, scripts) is trusted.
 */
export const refuseFileURL: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create') return args
  const { req } = args as { req?: { payloadAPI?: string; file?: unknown; data?: unknown } }
  if (!req || req.payloadAPI === 'local' || req.file) return args
  const sent = req.data && typeof req.data === 'object' ? (req.data as Record<string, unknown>) : {}
  if (typeof sent.url === 'string' && sent.url !== '') {
    throw new APIError(MESSAGE, 400, { errors: [{ path: 'url', message: 'A URL to fetch the image from is not accepted' }] }, true)
  }
  return args
}

/**
 * Config-level afterError (GraphQL runs only those): createMedia has no body for the hook above to
 * read, so a url that cannot be fetched comes back as Payload's FileRetrievalError, a 500. On a create
 * without a file that error can only come from the client's url: a 400 saying how to upload instead.
 * On an update it means a stored file is missing, a server fault, and stays a 500.
 */
export const answerFileURLAs400: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const cause = (error as { originalError?: unknown }).originalError ?? error
  if ((cause as { name?: string } | undefined)?.name !== 'FileRetrievalError' || req.file) return
  const isCreate = graphqlResult ? String(graphqlResult.path?.[0] ?? '').startsWith('create') : req.method === 'POST' && req.routeParams?.id === undefined
  if (!isCreate) return
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: MESSAGE, extensions: { ...graphqlResult.extensions, statusCode: 400 } } }
  return { response: { errors: [{ message: MESSAGE }] }, status: 400 }
}
