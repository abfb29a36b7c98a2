// `npm run import:score [DIR]`: scores the wire parser field by field on a directory of stories, each
// `NAME.txt` beside a `NAME.expected.json` (the format of tests/fixtures/wire/shapes, the default), and
// prints the per-shape table. Exits 1 when a file does not import or fewer than 95% of fields are right,
// so held-back real pages can be measured the same way as the fixtures. No database needed.
import path from 'node:path'

import { FIELDS, SHAPES_DIR, scoreShapes, scoreTable } from './wireScore'

const dir = process.argv[2] ? path.resolve(process.cwd(), process.argv[2]) : SHAPES_DIR
const scores = scoreShapes(dir)
console.log(scoreTable(scores))
const right = scores.reduce((sum, score) => sum + score.right, 0)
const share = scores.length === 0 ? 0 : right / (scores.length * FIELDS.length)
process.exit(scores.every((score) => score.imported) && share >= 0.95 ? 0 : 1)
