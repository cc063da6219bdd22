import { describe, expect, it } from 'vitest'
import { draftIsCommittable } from '../../../../src/io/import/draftStatus'
import { summaryRowLabel } from '../../../../src/io/import/rowChoices'
import { draftOf, summarise } from '../helpers'

const cells = (draft: ReturnType<typeof draftOf>) => summarise(draft).people.map((p) => [p.name, p.cells])

describe('summaryRowLabel', () => {
  it.each([
    [['Итого', '12', '9'], 'Итого'],
    [['Всего:', '12', '9'], 'Всего:'],
    [['Total', '12', '9'], 'Total'],
    [['TOTALS', '', '9'], 'TOTALS'],
    [['Grand total', '12', '9'], 'Grand total'],
    [['Average', '2.5', '3'], 'Average'],
    [['Среднее', '2,5', '3'], 'Среднее'],
    [['В среднем', '2,5', '3'], 'В среднем'],
    [['Итого по команде', '12', '9'], 'Итого по команде'],
    [['Average level', '2.5', '3'], 'Average level'],
    [['', '12', '9'], ''],
    [['', '2.5', '75%'], ''],
  ])('takes %j for a totals row, named %j', (row, label) => {
    expect(summaryRowLabel(row, 0)).toBe(label)
  })

  it.each([
    [['Ann Lee', '12', '9']],
    [['Всеволод', '3', '2']],
    [['Totally Real', '3', '2']],
    // A nameless row with an email or a word is a person whose name is missing.
    [['', 'a@x.org', '3', '2']],
    [['', 'expert', '3']],
    // One number alone says too little.
    [['', '3', '']],
    [['', '', '']],
  ])('does not take %j for one', (row) => {
    expect(summaryRowLabel(row, 0)).toBeNull()
  })

  it('needs a name column to judge', () => {
    expect(summaryRowLabel(['Итого', '3'], -1)).toBeNull()
  })
})

describe('totals rows in a file', () => {
  const wide = 'Name,Writing,SEO\nAnn,3,2\nBob,1,4\nИтого,4,6\n,2,3\n'

  it('are flagged and left out: no problem, no person, no scale suggestion', () => {
    const draft = draftOf(wide)
    expect(draft.summaryRows).toEqual([
      { row: 4, label: 'Итого', kept: false },
      { row: 5, label: '', kept: false },
    ])
    expect(draft.people.map((p) => p.name)).toEqual(['Ann', 'Bob'])
    expect(draft.problems).toEqual([])
    expect(draft.numbers?.max).toBe(4)
    expect(draft.dataRows).toBe(2)
    expect(draftIsCommittable(draft)).toBe(true)
  })

  it('is imported like any row when the user keeps it, problems and all', () => {
    const draft = draftOf(wide, { keepSummaryRows: [4] })
    expect(draft.summaryRows.map((r) => [r.row, r.kept])).toEqual([
      [4, true],
      [5, false],
    ])
    expect(draft.people.map((p) => p.name)).toEqual(['Ann', 'Bob'])
    expect(draft.problems.map((p) => [p.code, p.row, p.value])).toEqual([['levelOutOfScale', 4, '6']])
    expect(draftOf('Name,Writing\nAnn,3\nTotal,4\n', { keepSummaryRows: [3] }).people.map((p) => p.name)).toEqual([
      'Ann',
      'Total',
    ])
  })

  it('are left out of a long file too', () => {
    const draft = draftOf('person,skill,level\nAnn,Writing,3\nИтого,,3\n')
    expect(draft.summaryRows).toEqual([{ row: 3, label: 'Итого', kept: false }])
    expect(draft.problems).toEqual([])
    expect(draft.people.map((p) => p.name)).toEqual(['Ann'])
  })
})

describe('rows with problems', () => {
  const text = 'Name,Email,Writing,SEO\nAnn,,3,2\nБорис Петров,,expertt,4\n,c@x.org,1,1\nDee,,9,x\nAnn,,2,2\n'

  it('name the person of each problem row', () => {
    const draft = draftOf(text)
    expect(draft.problemRows).toEqual([3, 4, 5, 6])
    expect(draft.problemRowNames).toEqual({ 3: 'Борис Петров', 4: '', 5: 'Dee', 6: 'Ann' })
  })

  it('are skipped whole by default when the user skips them', () => {
    const draft = draftOf(text, { skipProblemRows: true })
    expect(draft.skippedRows).toEqual([3, 4, 5, 6])
    expect(draft.blankedRows).toEqual([])
    expect(cells(draft)).toEqual([['Ann', { Writing: '3', SEO: '2' }]])
    expect(draftIsCommittable(draft)).toBe(true)
  })

  it('with bad cells only, are imported with just those cells not assessed, if the user says so', () => {
    const draft = draftOf(text, { skipProblemRows: true, blankBadCells: true })
    expect(draft.blankedRows).toEqual([3, 5])
    // No name and a second Ann are problems of the row: those rows are still skipped.
    expect(draft.skippedRows).toEqual([4, 6])
    expect(cells(draft)).toEqual([
      ['Ann', { Writing: '3', SEO: '2' }],
      ['Борис Петров', { SEO: '4' }],
      ['Dee', {}],
    ])
    expect(draftIsCommittable(draft)).toBe(true)
  })

  it('leave no cell blank unless rows are skipped at all', () => {
    const draft = draftOf(text, { blankBadCells: true })
    expect([draft.blankedRows, draft.skippedRows, draftIsCommittable(draft)]).toEqual([[], [], false])
  })

  it('in a long file: a bad level or interest leaves that cell out, a missing skill skips the row', () => {
    const long = 'person,skill,level,interest\nAnn,Writing,3,\nAnn,SEO,expertt,open\nBob,Writing,2,lots\nBob,,3,\n'
    const draft = draftOf(long, { skipProblemRows: true, blankBadCells: true })
    expect(draft.blankedRows).toEqual([3, 4])
    expect(draft.skippedRows).toEqual([5])
    expect(cells(draft)).toEqual([
      ['Ann', { Writing: '3', SEO: '?~' }],
      ['Bob', { Writing: '2' }],
    ])
  })
})
