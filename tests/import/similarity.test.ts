// Unit tests for headline matching (pure; no database).
import {
  diceCoefficient,
  HEADLINE_MATCH_THRESHOLD,
  headlineKeys,
  headlineSimilarity,
  headlinesMatch,
  normalizeHeadline,
  searchTerms,
} from '../../collections/import/similarity'

describe('normalizeHeadline', () => {
  test('lowercases, drops quotes and apostrophes, turns punctuation into single spaces', () => {
    expect(normalizeHeadline("US to participate in 'coalition of the willing' meeting in Paris")).toBe(
      'us to participate in coalition of the willing meeting in paris',
    )
    expect(normalizeHeadline('Ukraine’s allies — gather   in “Paris”!')).toBe('ukraines allies gather in paris')
    expect(normalizeHeadline('Ukraine will prepare for both options - diplomacy or active defense: Zelenskyy')).toBe(
      'ukraine will prepare for both options diplomacy or active defense zelenskyy',
    )
  })

  test('keeps other scripts', () => {
    expect(normalizeHeadline('Мер обіцяє нові укриття в школах — до кінця року!')).toBe('мер обіцяє нові укриття в школах до кінця року')
  })
})

describe('diceCoefficient', () => {
  test('1 for equal strings, 0 for strings that share no pair', () => {
    expect(diceCoefficient('paris', 'paris')).toBe(1)
    expect(diceCoefficient('abc', 'xyz')).toBe(0)
    expect(diceCoefficient('', 'x')).toBe(0)
  })

  test('counts repeated pairs as a multiset and is symmetric', () => {
    // "aaaa" has the pair "aa" three times, "aa" once: 2 * 1 / (3 + 1)
    expect(diceCoefficient('aaaa', 'aa')).toBeCloseTo(0.5)
    expect(diceCoefficient('night', 'nacht')).toBeCloseTo(diceCoefficient('nacht', 'night'))
    expect(diceCoefficient('night', 'nacht')).toBeCloseTo(0.25)
  })
})

describe('headlineSimilarity', () => {
  const headline = "US to participate in 'coalition of the willing' meeting in Paris"

  test('an exact match after normalisation scores 1', () => {
    expect(headlineSimilarity(headline, 'US to participate in “coalition of the willing” meeting in Paris.')).toBe(1)
  })

  test('a source prefix on either side is ignored', () => {
    expect(headlineSimilarity('Reuters: Allies gather in Paris', 'Allies gather in Paris')).toBe(1)
    expect(headlineSimilarity('Allies gather in Paris', 'The Guardian: Allies gather in Paris')).toBe(1)
  })

  test('a small edit stays above the threshold; a different story falls below it', () => {
    expect(headlineSimilarity(headline, 'US to participate in coalition of the willing meetings in Paris')).toBeGreaterThanOrEqual(
      HEADLINE_MATCH_THRESHOLD,
    )
    expect(headlinesMatch(headline, 'US to participate in the coalition of the willing meeting in Paris')).toBe(true)
    expect(headlinesMatch(headline, 'UK to participate in a meeting of energy ministers in Warsaw')).toBe(false)
    expect(headlinesMatch(headline, 'US to participate')).toBe(false)
  })

  test('works for Cyrillic', () => {
    expect(headlinesMatch('Мер обіцяє нові укриття в школах до кінця року', 'Мер обіцяє нові укриття у школах до кінця року')).toBe(true)
    expect(headlinesMatch('Мер обіцяє нові укриття в школах до кінця року', 'У Львові запрацював новий маршрут тролейбуса')).toBe(false)
  })
})

describe('headlineKeys and searchTerms', () => {
  test('keys are the normalised headline with and without its source prefix', () => {
    expect(headlineKeys('Reuters: Allies gather in Paris')).toEqual(['reuters allies gather in paris', 'allies gather in paris'])
    expect(headlineKeys('Allies gather in Paris')).toEqual(['allies gather in paris'])
  })

  test('search terms are the three longest distinct words, lowercased, as they appear in the raw text', () => {
    expect(searchTerms("Ukraine's allies gather in Paris to coordinate contributions")).toEqual(['contributions', 'coordinate', 'ukraine'])
    expect(searchTerms('У Львові запрацював новий маршрут тролейбуса')).toEqual(['запрацював', 'тролейбуса', 'маршрут'])
    expect(searchTerms('US in EU')).toEqual(['us', 'in', 'eu'])
  })
})
