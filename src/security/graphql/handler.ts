/*
 * Payload's GraphQL POST handler (`@payloadcms/next` routes/graphql/handler.js, 3.90.1), with one change:
 * an operation the guard already parsed and validated against graphql's rules (`prepareOperation`) is
 * not parsed and validated again. Only Payload's own rules (its complexity limit, introspection in
 * production, the config's `graphQL.validationRules`) run on it here. Validation by graphql's rules was
 * the largest single cost of a story page's query, paid twice per request.
 */
import { configToSchema } from '@payloadcms/graphql'
import type { DocumentNode, ExecutionArgs, GraphQLError, GraphQLFormattedError, GraphQLSchema, ValidationRule } from 'graphql'
import { validate } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  type PayloadRequest,
  type SanitizedConfig,
  unlinkClientUploadTempFile,
} from 'payload'

import { countOnlyWhenAsked } from '../../graphql/countOnlyWhenAsked'
import type { GraphQLRequestBody } from './analyse'

type Handler = (request: Request) => Promise<Response>

interface PayloadGraphQL {
  schema: GraphQLSchema
  validationRules: (args: ExecutionArgs) => ValidationRule[]
}

// Built from the config as Payload builds its own, once per config object (in development every
// reload of the config is a new object), with the list queries counting only when asked. The guard
// validates against the same schema.
const built = new WeakMap<SanitizedConfig, PayloadGraphQL>()
export function payloadGraphQL(config: SanitizedConfig): PayloadGraphQL {
  let graphQL = built.get(config)
  if (!graphQL) {
    const { schema, validationRules } = configToSchema(config) as unknown as PayloadGraphQL
    graphQL = { schema: countOnlyWhenAsked(schema), validationRules }
    built.set(config, graphQL)
  }
  return graphQL
}

interface PreparedOperation {
  document: DocumentNode
  body: GraphQLRequestBody
}

// The guard hands its parsed, validated document to the handler with the request it forwards.
const prepared = new WeakMap<Request, PreparedOperation>()

/** Marks `request` as carrying `document`, already validated by graphql's rules against `payloadGraphQL(config).schema`. */
export function prepareOperation(request: Request, document: DocumentNode, body: GraphQLRequestBody): Request {
  prepared.set(request, { document, body })
  return request
}

type ErrorWithStatus = GraphQLError & { originalError?: (Error & { status?: number; data?: unknown }) | null }

async function formatError(error: ErrorWithStatus, req: PayloadRequest): Promise<GraphQLFormattedError> {
  const { payload } = req
  const status = error.originalError?.status || 500
  logError({ err: error, payload })
  // As Payload: internal errors can carry anything, so their message is hidden unless `debug`.
  const message = !payload.config.debug && status === 500 ? 'Something went wrong.' : error.message
  let formatted = {
    extensions: { name: error.originalError?.name || undefined, data: error.originalError?.data || undefined, stack: payload.config.debug ? error.stack : undefined, statusCode: status },
    locations: error.locations,
    message,
    path: error.path,
  } as GraphQLFormattedError
  for (const hook of payload.config.hooks.afterError ?? []) {
    const result = await hook({ context: req.context, error, graphqlResult: formatted, req } as never)
    if (result && (result as { graphqlResult?: GraphQLFormattedError }).graphqlResult) formatted = (result as { graphqlResult: GraphQLFormattedError }).graphqlResult
  }
  return formatted
}

/** Payload's `GRAPHQL_POST(config)`, skipping graphql's rules for operations the guard prepared. */
export function graphqlPOST(configPromise: Promise<SanitizedConfig> | SanitizedConfig): Handler {
  return async (request) => {
    const operation = prepared.get(request)
    const original = operation ? request : request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config: configPromise, request })
    const { payload } = req
    if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })
    try {
      if (operation) {
        // What Payload's addDataAndFileToRequest would read from the JSON body, which the guard already parsed.
        const data = { ...operation.body }
        req.data = data
        ;(req as { json?: () => Promise<unknown> }).json = () => Promise.resolve(data)
      } else {
        await addDataAndFileToRequest(req)
      }
      addLocalesToRequestFromData(req)
      const { schema, validationRules } = payloadGraphQL(payload.config)
      const headers: Record<string, string> = {}
      const contextValue = { headers, req }
      const answer = await createHandler({
        context: contextValue as never,
        schema,
        validationRules: (_request, args, defaultRules) => [...defaultRules, ...validationRules(args)],
        parseRequestParams: operation ? () => ({ query: operation.body.query, variables: operation.body.variables ?? undefined, operationName: operation.body.operationName ?? undefined }) : undefined,
        onSubscribe: operation
          ? () => {
              const args: ExecutionArgs = { schema, document: operation.document, variableValues: operation.body.variables ?? undefined, operationName: operation.body.operationName ?? undefined, contextValue }
              const invalid = validate(schema, operation.document, validationRules(args))
              return invalid.length > 0 ? invalid : (args as never)
            }
          : undefined,
        onOperation: async (_request, args, result) => {
          const response = typeof payload.extensions === 'function' ? await payload.extensions({ args, req: _request, result } as never) : result
          if (!('errors' in response) || !response.errors) return response
          const errors = await Promise.all((result as { errors: ErrorWithStatus[] }).errors.map((error) => formatError(error, req)))
          return { ...response, errors } as never
        },
      })(original)
      const responseHeaders = headersWithCors({ headers: new Headers(answer.headers), req })
      for (const key in headers) responseHeaders.append(key, headers[key]!)
      return new Response(answer.body, { headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, responseHeaders) : responseHeaders, status: answer.status })
    } finally {
      await unlinkClientUploadTempFile({ req })
    }
  }
}
