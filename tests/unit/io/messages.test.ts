import { describe, expect, it } from 'vitest'
import { messages } from '../../fixtures/i18n'
import type { ProblemCode } from '../../../src/io/types'

// Problems about one cell or row: their text must say where, and what was found, in both languages.
const CELL_PROBLEMS: ProblemCode[] = [
  'unknownLevel',
  'levelOutOfScale',
  'outsideSourceScale',
  'unknownInterest',
  'missingName',
  'missingSkill',
  'duplicatePerson',
  'duplicateSkillColumn',
  'duplicateRole',
]
const ALL_PROBLEMS: ProblemCode[] = [
  ...CELL_PROBLEMS,
  'malformedCsv',
  'noNameColumn',
  'noSkillColumn',
  'noLevelColumn',
  'noData',
  'laterRowWins',
  'nameColumnGuessed',
  'textColumnIgnored',
  'blankHeaderIgnored',
  'scaleSuggested',
]

describe.each(['en', 'ru'] as const)('import problem messages in %s', (locale) => {
  const problem = (messages[locale].importExport as Record<string, unknown>).problem as Record<string, string>

  it('has a message for every problem code', () => {
    expect(ALL_PROBLEMS.filter((code) => !problem[code])).toEqual([])
  })

  it.each(CELL_PROBLEMS)('names the row, the column and the value in %s', (code) => {
    expect(problem[code]).toMatch(/\{row\}/)
    expect(problem[code]).toMatch(/\{column\}/)
    expect(problem[code]).toMatch(/\{value\}/)
  })

  it('names the row and the value of broken quoting, and both rows of a later value', () => {
    expect(problem.malformedCsv).toMatch(/\{row\}.*\{value\}/)
    expect(problem.laterRowWins).toMatch(/\{row\}.*\{otherRow\}/)
  })
})
