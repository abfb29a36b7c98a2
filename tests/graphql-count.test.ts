import { type FieldNode, type OperationDefinitionNode, parse } from 'graphql'

import { asksForCount } from '../src/graphql/countOnlyWhenAsked'

/** The top-level list field of a query, as a resolver's `info.fieldNodes` holds it. */
const listField = (query: string) => ({ fieldNodes: [(parse(query).definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode] })

describe('a list query asks for the count', () => {
  it('not when it selects only docs (and __typename)', () => {
    expect(asksForCount(listField('{ Articles(limit: 1) { docs { id title } } }'))).toBe(false)
    expect(asksForCount(listField('{ Articles { __typename docs { id } } }'))).toBe(false)
  })
  it('when it selects any field computed from the count, or a fragment that may', () => {
    for (const field of ['totalDocs', 'totalPages', 'hasNextPage', 'hasPrevPage', 'nextPage', 'prevPage', 'page', 'pagingCounter', 'limit']) {
      expect([field, asksForCount(listField(`{ Articles { docs { id } ${field} } }`))]).toEqual([field, true])
    }
    expect(asksForCount(listField('{ Articles { ...page } } fragment page on Articles { totalDocs }'))).toBe(true)
    expect(asksForCount(listField('{ Articles { ... on Articles { docs { id } } } }'))).toBe(true)
  })
})
