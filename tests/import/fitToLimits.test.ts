// Values too long for their fields are moved or left out with a warning naming their line, never refused.
import { fitToLimits, type StoryLimits } from '../../collections/import/fitToLimits'
import { parseWireStory } from '../../collections/import/parseWireStory'

const roomy: StoryLimits = { source: 100, lead: 2000, quote: 5000, attribution: 500, headline: 300, name: 200, role: 300 }

const text = [
  'A headline about the limits',
  'The lead is here.',
  'First paragraph.',
  'A quote that is rather long for a small limit',
  '- said someone',
  'A related headline that is long enough04.01.26, 20:10 • 3 views',
  'Second paragraph.',
  'Source: A source with a long name',
].join('\n')

test('within the limits nothing changes', () => {
  const story = parseWireStory(text)
  expect(fitToLimits(story, roomy)).toEqual(story)
})

test('a long lead becomes the first paragraph; a long quote and headline become paragraphs; a long source is left out; positions follow', () => {
  const story = fitToLimits(parseWireStory(text), { ...roomy, lead: 10, quote: 20, headline: 20, source: 10 })
  expect(story.lead).toBeNull()
  expect(story.source).toBeNull()
  expect(story.quotes).toEqual([])
  expect(story.related).toEqual([])
  expect(story.body.map((part) => [part.type, part.line])).toEqual([
    ['paragraph', 2],
    ['paragraph', 3],
    ['paragraph', 4],
    ['paragraph', 6],
    ['paragraph', 7],
  ])
  expect(story.warnings.map((warning) => [warning.line, warning.message.replace(/ is \d+ characters.*?:/u, ':')])).toEqual([
    [2, 'the lead: kept as the first paragraph, the lead is left empty'],
    [4, 'this quote or its attribution: kept as a paragraph'],
    [6, 'this "read also" headline: kept as a paragraph'],
    [8, 'the source: left out'],
  ])
})

test('a kept quote after a headline turned paragraph moves one paragraph down', () => {
  const parsed = parseWireStory(['Headline here', 'Lead.', 'A related headline that is long enough04.01.26, 20:10 • 3 views', 'Short quote', '- said someone'].join('\n'))
  expect(parsed.quotes[0].afterParagraph).toBe(0)
  expect(fitToLimits(parsed, { ...roomy, headline: 10 }).quotes[0]).toMatchObject({ text: 'Short quote', afterParagraph: 1 })
})
