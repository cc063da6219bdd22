// O*NET 27.x Skills (Level) matrix derived from the O*NET Database by USDOL/ETA, CC BY 4.0; modified (pivot) — not endorsed by USDOL/ETA.
// See tests/fixtures/corpora/onet/PROVENANCE.txt.
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../src/io/csv'
import { decodeBytes } from '../../../src/io/decode'
import { mapToLevel } from '../../../src/io/levels'
import { draftIsCommittable } from '../../../src/io/import/draftStatus'
import { fixtureBytes, draftOf } from './helpers'

const bytes = fixtureBytes('corpora', 'onet', 'skills_LV_matrix.csv')

describe('the O*NET Skills (Level) matrix', () => {
  it('is detected as a wide file of 873 people × 35 skills', () => {
    const draft = draftOf(bytes)
    expect(draft.format).toBe('wide')
    expect(draft.delimiter).toBe(',')
    expect(draft.headerRow).toBe(1)
    expect(draft.dataRows).toBe(873)
    expect(draft.skills).toHaveLength(35)
    // No column is headed Name: the occupation code is taken for names, with a warning; Title is the title.
    expect(draft.columns.slice(0, 2).map((c) => [c.header, c.role])).toEqual([
      ['O*NET-SOC Code', 'name'],
      ['Title', 'title'],
    ])
    expect(draft.problems).toContainEqual(
      expect.objectContaining({ code: 'nameColumnGuessed', severity: 'warning', columnLetter: 'A' }),
    )
  })

  it('has its values recognised as a scale other than 0–4, and offers a mapping', () => {
    const draft = draftOf(bytes)
    expect(draft.numbers).toMatchObject({ min: 0, max: 6, hasDecimals: true })
    expect(draft.suggestedScale).toBe('0-7')
    // Listed first, so that the capped list of 23,000 cell problems still shows it.
    expect(draft.problems[0]).toMatchObject({ code: 'scaleSuggested', severity: 'warning', value: '0–6' })
  })

  it('clips nothing while no mapping is chosen: every off-scale value is a problem and no row is imported', () => {
    const draft = draftOf(bytes)
    expect(draft.appliedScale).toBeNull()
    expect(draft.people).toEqual([])
    expect(draft.levels).toHaveLength(0)
    expect(draft.problemTotal).toBeGreaterThanOrEqual(draft.numbers?.offScaleCells ?? Infinity)
    expect(draft.problems.find((p) => p.code === 'levelOutOfScale')).toMatchObject({
      row: 2,
      columnLetter: 'C',
      column: 'Reading Comprehension',
      value: '4.75',
    })
    expect(draftIsCommittable(draft)).toBe(false)
    expect(draftIsCommittable(draftOf(bytes, { skipProblemRows: true }))).toBe(false)
  })

  it('maps every value from 0–7 onto 0–4 once the user chooses that mapping', () => {
    const draft = draftOf(bytes, { scale: '0-7' })
    expect(draft.people).toHaveLength(873)
    expect(draft.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(draftIsCommittable(draft)).toBe(true)
    // Check every cell against the file as parsed, not against the planner's own arithmetic path.
    const { rows } = parseCsv(decodeBytes(bytes).text, ',')
    const width = draft.skills.length
    rows.slice(1).forEach((row, person) => {
      row.slice(2).forEach((raw, k) => expect(draft.levels[person * width + k]).toBe(mapToLevel(Number(raw), '0-7')))
    })
    expect(draft.people[0]).toMatchObject({ name: '11-1011.00', title: 'Chief Executives' })
    // Chief Executives, Reading Comprehension 4.75 → 4.75 / 7 × 4 = 2.71 → 3.
    expect(draft.levels[0]).toBe(3)
    expect(draft.levelCounts.reduce((a, b) => a + b, 0)).toBe(873 * 35)
  })
})
