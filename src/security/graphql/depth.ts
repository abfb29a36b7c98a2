import { type DocumentNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql'

/**
 * The number of fields on the longest path of an operation (`{ a { b } }` is 2), fragments included.
 * Each fragment's depth is computed once: a chain of fragments that each spread the next many times
 * would otherwise be walked an exponential number of times (graphql-depth-limit walks every spread).
 * The document must have passed graphql's NoFragmentCyclesRule and KnownFragmentNamesRule.
 */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const fragmentDepths = new Map<string, number>()

  const selectionDepth = (selectionSet: SelectionSetNode | undefined): number => {
    if (!selectionSet) return 0
    let deepest = 0
    for (const selection of selectionSet.selections) {
      let depth = 0
      if (selection.kind === Kind.FIELD) depth = 1 + selectionDepth(selection.selectionSet)
      else if (selection.kind === Kind.INLINE_FRAGMENT) depth = selectionDepth(selection.selectionSet)
      else {
        const name = selection.name.value
        let known = fragmentDepths.get(name)
        if (known === undefined) {
          known = selectionDepth(fragments.get(name)?.selectionSet)
          fragmentDepths.set(name, known)
        }
        depth = known
      }
      if (depth > deepest) deepest = depth
    }
    return deepest
  }

  return selectionDepth(operation.selectionSet)
}
