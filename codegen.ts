import type { CodegenConfig } from '@graphql-codegen/cli'

/** `npm run generate:site`: typed documents for the site's queries, from the committed schema. */
const config: CodegenConfig = {
  schema: 'src/generated-schema.graphql',
  documents: 'src/site/graphql/*.graphql',
  generates: {
    'src/site/graphql/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        // Only the types the documents use, and scalars typed as what the API sends.
        scalars: { DateTime: 'string', JSON: 'unknown', EmailAddress: 'string' },
        avoidOptionals: false,
        useTypeImports: true,
      },
    },
  },
}

export default config
