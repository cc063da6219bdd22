import { describe, expect, it } from 'vitest'
import { INTEREST_UNSET, NOT_ASSESSED } from '../../../src/domain/scale'
import {
  BLANK_CELL,
  createLevelReader,
  interestOfCode,
  levelOfCode,
  lowestValueFor,
  mapToLevel,
  OFF_SCALE,
  OUTSIDE_SOURCE_SCALE,
  suggestScale,
  UNKNOWN_WORD,
} from '../../../src/io/levels'
import { NO_WORDS } from './helpers'

const read = (raw: string, scale: Parameters<typeof createLevelReader>[1] = null) => {
  const code = createLevelReader(NO_WORDS, scale).read(raw)
  return code < 0 ? code : [levelOfCode(code), interestOfCode(code)]
}

describe('reading a level cell', () => {
  it.each([
    ['0', 0],
    ['4', 4],
    [' 3 ', 3],
    ['none', 0],
    ['НЕТ', 0],
    ['aware', 1],
    ['Beginner', 1],
    ['BASIC', 1],
    ['знаком', 1],
    ['Начальный', 1],
    ['practitioner', 2],
    ['Intermediate', 2],
    ['практик', 2],
    ['СРЕДНИЙ', 2],
    ['proficient', 3],
    ['Advanced', 3],
    ['уверенно', 3],
    ['Продвинутый', 3],
    ['expert', 4],
    ['ЭКСПЕРТ', 4],
    ['Expert.', 4],
  ])('reads %j as level %i', (raw, level) => {
    expect(read(raw)).toEqual([level, INTEREST_UNSET])
  })

  it.each(['', '   ', '-', '—', '?', 'n/a', 'Н/Д'])('reads %j as not assessed', (raw) => {
    expect(createLevelReader(NO_WORDS, null).read(raw)).toBe(BLANK_CELL)
  })

  it.each([
    ['3+', [3, 2]],
    ['3~', [3, 1]],
    ['3-', [3, 0]],
    ['expert+', [4, 2]],
    ['?+', [NOT_ASSESSED, 2]],
  ])('reads the interest mark of %j', (raw, expected) => {
    expect(read(raw)).toEqual(expected)
  })

  it('reads a guarded lone dash as a placeholder, not as "not interested"', () => {
    expect(createLevelReader(NO_WORDS, null).read("'-")).toBe(BLANK_CELL)
  })

  it.each(['expertt', 'x', 'Writing', '+', '3 4'])('does not know %j', (raw) => {
    expect(read(raw)).toBe(UNKNOWN_WORD)
  })

  it.each(['5', '-1', '2.5', '3,5', '10'])('refuses %j without a scale mapping: never clipped or rounded', (raw) => {
    expect(read(raw)).toBe(OFF_SCALE)
  })

  it('knows the workspace’s own scale labels', () => {
    const reader = createLevelReader(
      {
        levelWords: [
          ['Rockstar', 4],
          ['Рок-звезда', 4],
        ],
        interestWords: [],
      },
      null,
    )
    expect(levelOfCode(reader.read('rockstar'))).toBe(4)
    expect(levelOfCode(reader.read('РОК-ЗВЕЗДА'))).toBe(4)
  })

  it('maps numbers from the chosen scale, and refuses numbers outside it', () => {
    expect(read('5', '1-5')).toEqual([4, INTEREST_UNSET])
    expect(read('1', '1-5')).toEqual([0, INTEREST_UNSET])
    expect(read('4,75', '0-7')).toEqual([3, INTEREST_UNSET])
    expect(read('8', '0-7')).toBe(OUTSIDE_SOURCE_SCALE)
    expect(read('0', '1-5')).toBe(OUTSIDE_SOURCE_SCALE)
  })

  it('records the range of the numbers it read', () => {
    const reader = createLevelReader(NO_WORDS, null)
    for (const raw of ['1', '4', '0.5', '6', 'expert']) reader.read(raw)
    expect(reader.numbers()).toEqual({ min: 0.5, max: 6, hasDecimals: true })
  })
})

describe('reading an interest cell', () => {
  it.each([
    ['', INTEREST_UNSET],
    ['0', 0],
    ['2', 2],
    ['not interested', 0],
    ['Open', 1],
    ['wants to grow', 2],
    ['Хочет развиваться', 2],
    ['нет', 0],
    ['да', 2],
    ['nope', -1],
    ['3', -1],
  ])('reads %j as %i', (raw, interest) => {
    expect(createLevelReader(NO_WORDS, null).readInterest(raw)).toBe(interest)
  })

  it('knows the workspace’s interest labels', () => {
    expect(
      createLevelReader({ levelWords: [], interestWords: [['Готов(а) попробовать', 1]] }, null).readInterest(
        'готов(а) попробовать',
      ),
    ).toBe(1)
  })
})

describe('scale mapping', () => {
  it.each([
    ['1-5', [1, 2, 3, 4, 5], [0, 1, 2, 3, 4]],
    ['0-10', [0, 2.5, 5, 7.5, 10], [0, 1, 2, 3, 4]],
    ['0-7', [0, 0.87, 0.88, 3.5, 6, 7], [0, 0, 1, 2, 3, 4]],
  ] as const)('maps %s linearly onto 0–4', (scale, values, levels) => {
    expect(values.map((v) => mapToLevel(v, scale))).toEqual(levels)
  })

  it('names the lowest value that gives each level', () => {
    expect([0, 1, 2, 3, 4].map((level) => lowestValueFor(level, '0-7'))).toEqual([0, 0.875, 2.625, 4.375, 6.125])
  })

  it.each([
    [{ min: 1, max: 5, offScaleCells: 3, numericCells: 15 }, '1-5'],
    [{ min: 0, max: 5, offScaleCells: 3, numericCells: 12 }, '0-5'],
    [{ min: 0, max: 6, offScaleCells: 900, numericCells: 1200 }, '0-7'],
    [{ min: 0, max: 9, offScaleCells: 9, numericCells: 9 }, '0-10'],
    [{ min: 0, max: 3.5, offScaleCells: 2, numericCells: 3 }, '0-4'],
    [{ min: 0, max: 4, offScaleCells: 0, numericCells: 50 }, null],
    [{ min: -1, max: 4, offScaleCells: 2, numericCells: 2 }, null],
    // One stray number is a typo, and so is a handful among many levels.
    [{ min: 0, max: 9, offScaleCells: 1, numericCells: 1 }, null],
    [{ min: 0, max: 9, offScaleCells: 3, numericCells: 100 }, null],
  ])('suggests a scale for %o', (stats, scale) => {
    expect(suggestScale(stats)).toBe(scale)
  })
})
