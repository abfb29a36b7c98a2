// The parser on every layout issue 13 lists, scored field by field against what an editor reads in each
// fixture (tests/fixtures/wire/shapes: our own sentences in the agencies' shapes).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { FIELDS, SHAPES_DIR, scoreShapes, scoreTable } from '../../scripts/import/wireScore'

const scores = scoreShapes()

test('there is a fixture for every agency and layout the importer claims to understand', () => {
  expect(scores.length).toBeGreaterThanOrEqual(12)
})

test('every fixture imports, and at least 95% of all fields are right', () => {
  // The table is the per-shape result the issue asks for; printed so a failure shows where it went wrong.
  console.log(`Wire shapes, fields right per fixture:\n${scoreTable(scores)}`)
  expect(scores.filter((score) => !score.imported).map((score) => `${score.file}: ${score.error}`)).toEqual([])
  const right = scores.reduce((sum, score) => sum + score.right, 0)
  expect(right / (scores.length * FIELDS.length)).toBeGreaterThanOrEqual(0.95)
})

test('the scorer counts a wrong field: a fixture scored against a changed expectation loses exactly that field', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wire-score-'))
  fs.copyFileSync(path.join(SHAPES_DIR, 'unn-en-older.txt'), path.join(dir, 'unn-en-older.txt'))
  const expected = JSON.parse(fs.readFileSync(path.join(SHAPES_DIR, 'unn-en-older.expected.json'), 'utf8'))
  fs.writeFileSync(path.join(dir, 'unn-en-older.expected.json'), JSON.stringify({ ...expected, views: 1 }))
  const [score] = scoreShapes(dir)
  expect(score.right).toBe(FIELDS.length - 1)
  expect(score.wrong).toEqual([{ field: 'views', expected: 1, got: 13417 }])
})
