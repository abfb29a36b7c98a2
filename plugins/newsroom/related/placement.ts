/** Where "read also" links go in a story: pure, from the number of paragraphs it has. */

export type PlacementOption =
  | { mode: 'end' }
  | { mode: 'afterParagraph'; paragraph: number }
  | { mode: 'every'; every: number; max: number }

export type Position = { placement: 'end'; afterParagraph: null } | { placement: 'inline'; afterParagraph: number }

const END: Position = { placement: 'end', afterParagraph: null }

/**
 * Positions for `count` links in rank order. A link never goes after the last paragraph (it would
 * read as the end anyway) nor inside a story too short to hold it: those go to the end.
 */
export function placeLinks(count: number, paragraphs: number, option: PlacementOption): Position[] {
  const positions: Position[] = []
  for (let rank = 0; rank < count; rank++) {
    let after: null | number = null
    if (option.mode === 'afterParagraph' && rank === 0) after = option.paragraph
    if (option.mode === 'every' && rank < option.max) after = option.every * (rank + 1)
    positions.push(after !== null && after < paragraphs ? { placement: 'inline', afterParagraph: after } : END)
  }
  return positions
}
