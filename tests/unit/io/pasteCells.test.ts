import { describe, expect, it } from 'vitest'
import { readPastedLevels } from '../../../src/io/pasteCells'
import { INTEREST_UNSET, NOT_ASSESSED } from '../../../src/domain/scale'

const context = { levelWords: [['Уверенно', 3] as const], interestWords: [] }

describe('readPastedLevels', () => {
  it('reads a block copied from Excel (tabs, CRLF, trailing line break)', () => {
    expect(readPastedLevels('3\t4\r\n2\t1\r\n', context)).toEqual({
      problem: null,
      cells: [
        [
          { level: 3, interest: INTEREST_UNSET },
          { level: 4, interest: INTEREST_UNSET },
        ],
        [
          { level: 2, interest: INTEREST_UNSET },
          { level: 1, interest: INTEREST_UNSET },
        ],
      ],
    })
  })

  it.each([
    ['expert', 4],
    ['Practitioner', 2],
    ['эксперт', 4],
    ['Уверенно', 3],
  ])('reads the level word "%s"', (word, level) => {
    expect(readPastedLevels(word, context).cells?.[0]?.[0]?.level).toBe(level)
  })

  it('reads an interest mark after the level, as the wide export writes it', () => {
    expect(readPastedLevels('3+\t1-', context).cells?.[0]).toEqual([
      { level: 3, interest: 2 },
      { level: 1, interest: 0 },
    ])
  })

  it('treats an empty cell as "not assessed" (pasting a blank clears)', () => {
    expect(readPastedLevels('3\t\t2', context).cells?.[0]?.[1]).toEqual({
      level: NOT_ASSESSED,
      interest: INTEREST_UNSET,
    })
  })

  it.each([
    ['a word it does not know', '3\tguru', { row: 1, column: 2, value: 'guru' }],
    ['a level above the scale', '1\n7', { row: 2, column: 1, value: '7' }],
  ])('refuses the whole block for %s, naming the cell', (_, text, problem) => {
    expect(readPastedLevels(text, context)).toEqual({ cells: null, problem })
  })
})
