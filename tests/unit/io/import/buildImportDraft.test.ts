import { describe, expect, it } from 'vitest'
import { MAX_LISTED_PROBLEMS } from '../../../../src/io/import/problems'
import { draftIsCommittable } from '../../../../src/io/import/draftStatus'
import { draftOf, summarise } from '../helpers'

const codes = (text: string, options = {}) =>
  draftOf(text, options).problems.map((p) => [p.code, p.row, p.columnLetter, p.value])

describe('wide files', () => {
  it('reads people, skills and levels with the rows the spreadsheet shows', () => {
    const draft = draftOf('Name,Email,Team,Title,Writing,SEO\nAnn,ANN@x.org,Core,Lead,3,\n\nBob,,Ops,,expert+,0\n')
    expect(summarise(draft).people).toEqual([
      { row: 2, name: 'Ann', email: 'ann@x.org', team: 'Core', title: 'Lead', cells: { Writing: '3' } },
      { row: 4, name: 'Bob', email: '', team: 'Ops', title: '', cells: { Writing: '4+', SEO: '0' } },
    ])
    expect(draft.dataRows).toBe(2)
    expect(draftIsCommittable(draft)).toBe(true)
  })

  it('counts a cell with a line break as one row, as the spreadsheet does', () => {
    const draft = draftOf('Name,Writing\n"Ann\nSmith",3\nBob,x\n')
    expect(draft.problems.map((p) => [p.row, p.value])).toEqual([[3, 'x']])
  })

  it('takes categories from the row above the header, blank cells continuing the one to their left', () => {
    const draft = draftOf(
      ',,Engagement,,,Content\nName,Team,Moderation,Welcoming,Listening,Writing\nAnn,Core,1,2,3,4\n',
    )
    expect(draft.categoryRow).toBe(1)
    expect(draft.headerRow).toBe(2)
    expect(draft.skills.map((s) => [s.name, s.category])).toEqual([
      ['Moderation', 'Engagement'],
      ['Welcoming', 'Engagement'],
      ['Listening', 'Engagement'],
      ['Writing', 'Content'],
    ])
    expect(summarise(draft).people[0]?.row).toBe(3)
  })

  it('takes a column under a category for a skill, even one headed like a person column', () => {
    const draft = draftOf(',,Tools,\nName,Email,Mail,Group\nAnn,a@x.org,2,3\n')
    expect(draft.columns.map((c) => c.role)).toEqual(['name', 'email', 'skill', 'skill'])
  })

  it('does not take a title row with text above the name column for a category row', () => {
    const draft = draftOf('Skills 2024,,\nName,Writing,SEO\nAnn,1,2\n')
    expect(draft.categoryRow).toBeNull()
    expect(draft.skills.map((s) => s.category)).toEqual(['', ''])
  })

  it('ignores a column of text (codes, notes) with a warning, and guesses the name column when none is headed so', () => {
    const draft = draftOf('Code,Notes,Writing\nA-1,likes tea,3\nB-2,on leave,2\n')
    expect(draft.columns.map((c) => c.role)).toEqual(['name', 'ignore', 'skill'])
    expect(codes('Code,Notes,Writing\nA-1,likes tea,3\nB-2,on leave,2\n')).toEqual([
      ['nameColumnGuessed', 1, 'A', ''],
      ['textColumnIgnored', 1, 'B', ''],
    ])
    expect(draft.people.map((p) => p.name)).toEqual(['A-1', 'B-2'])
  })

  it('refuses the same skill twice in the header, until one column is set to Ignore', () => {
    const text = 'Name,Writing, writing \nAnn,1,2\n'
    const draft = draftOf(text)
    expect(draft.problems.map((p) => [p.code, p.row, p.columnLetter, p.skippable])).toEqual([
      ['duplicateSkillColumn', 1, 'C', false],
    ])
    expect(draftIsCommittable(draftOf(text, { skipProblemRows: true }))).toBe(false)
    const fixed = draftOf(text, { columns: ['name', 'skill', 'ignore'] })
    expect(fixed.problems).toEqual([])
    expect(draftIsCommittable(fixed)).toBe(true)
  })

  it.each([
    ['the same email', 'Name,Email,W\nAnn,a@x.org,1\nAnna,A@x.org,2\n', [['duplicatePerson', 3, 'B', 'a@x.org']]],
    ['the same name without emails', 'Name,Email,W\nAnn,,1\n ann ,,2\n', [['duplicatePerson', 3, 'A', 'ann']]],
    [
      'the same name, one without email',
      'Name,Email,W\nAnn,,1\nAnn,a@x.org,2\n',
      [['duplicatePerson', 3, 'B', 'a@x.org']],
    ],
  ])('refuses the same person twice: %s', (_, text, expected) => {
    expect(codes(text)).toEqual(expected)
    expect(draftOf(text).problems[0]?.otherRow).toBe(2)
  })

  it('keeps two people of the same name with different emails', () => {
    expect(draftOf('Name,Email,W\nAnn,a@x.org,1\nAnn,b@x.org,2\n').people).toHaveLength(2)
  })

  it('lists every bad value with its row, column and value, and imports nothing of those rows', () => {
    const text = 'Name,Writing,SEO\nAnn,3,2\n,aware,1\nCid,expertt,9\nDee,4,4\n'
    expect(codes(text)).toEqual([
      ['missingName', 3, 'A', ''],
      ['unknownLevel', 4, 'B', 'expertt'],
      ['levelOutOfScale', 4, 'C', '9'],
    ])
    const draft = draftOf(text)
    expect(draft.problemRows).toEqual([3, 4])
    expect(draft.people.map((p) => p.name)).toEqual(['Ann', 'Dee'])
    expect(draftIsCommittable(draft)).toBe(false)
  })

  it('imports the other rows when the user skips the rows with problems, and says which', () => {
    const draft = draftOf('Name,Writing,SEO\nAnn,3,2\n,aware,1\nCid,expertt,9\nDee,4,4\n', { skipProblemRows: true })
    expect(draft.skippedRows).toEqual([3, 4])
    expect(summarise(draft).people.map((p) => [p.name, p.cells])).toEqual([
      ['Ann', { Writing: '3', SEO: '2' }],
      ['Dee', { Writing: '4', SEO: '4' }],
    ])
    expect(draftIsCommittable(draft)).toBe(true)
  })

  it('removes exactly the formula guard from names and values', () => {
    const draft = draftOf("Name,Team,'=Skill\n'=HYPERLINK(\"x\"),'+team,'-\n''=kept once,x,3\n")
    expect(draft.people.map((p) => [p.name, p.team])).toEqual([
      ['=HYPERLINK("x")', '+team'],
      ["'=kept once", 'x'],
    ])
    expect(draft.skills.map((s) => s.name)).toEqual(['=Skill'])
  })

  it('lets the user choose another column for the names', () => {
    const draft = draftOf('Id,Full,Writing\n1,Ann,3\n2,Bob,2\n', { columns: ['ignore', 'name', 'skill'] })
    expect(draft.people.map((p) => p.name)).toEqual(['Ann', 'Bob'])
  })

  it('refuses two columns mapped to the same person field', () => {
    expect(codes('Name,Nick,W\nAnn,A,1\n', { columns: ['name', 'name', 'skill'] })).toEqual([
      ['duplicateRole', 1, 'B', 'name'],
    ])
  })

  it('keeps the first problems and counts the rest', () => {
    // One bad cell per row, spread over five columns so that each still reads as a skill column.
    const rows = Array.from({ length: MAX_LISTED_PROBLEMS + 10 }, (_, i) =>
      [`P${i}`, ...[0, 1, 2, 3, 4].map((k) => (k === i % 5 ? 'bad' : '1'))].join(','),
    )
    const draft = draftOf(`Name,A,B,C,D,E\n${rows.join('\n')}\n`)
    expect(draft.problems).toHaveLength(MAX_LISTED_PROBLEMS)
    expect(draft.problemTotal).toBe(MAX_LISTED_PROBLEMS + 10)
    expect(draft.problemRows).toHaveLength(MAX_LISTED_PROBLEMS + 10)
  })

  it('refuses broken quoting with its row', () => {
    const draft = draftOf('Name,Writing\nAnn,1\nBob,"2\nCid,3\n')
    expect(draft.problems[0]).toMatchObject({ code: 'malformedCsv', row: 3 })
    expect(draftIsCommittable(draft)).toBe(false)
  })

  it('refuses a file with a header and no data', () => {
    expect(codes('Name,Writing\n\n')).toEqual([['noData', null, '', '']])
  })
})

describe('numbers on another scale', () => {
  const fivePoint = 'Name,Writing,SEO\nAnn,5,1\nBob,3,5\nCid,2,4\n'

  it('refuses them as they are, offering a mapping instead of clipping', () => {
    const draft = draftOf(fivePoint)
    expect(draft.suggestedScale).toBe('1-5')
    expect(draft.appliedScale).toBeNull()
    expect(draft.problems.map((p) => [p.code, p.row, p.value])).toEqual([
      ['scaleSuggested', null, '1–5'],
      ['levelOutOfScale', 2, '5'],
      ['levelOutOfScale', 3, '5'],
    ])
    expect(draft.people.map((p) => p.name)).toEqual(['Cid'])
    expect(draftIsCommittable(draft)).toBe(false)
  })

  it('maps them onto 0–4 once the user chooses the mapping, and shows the result', () => {
    const draft = draftOf(fivePoint, { scale: '1-5' })
    expect(summarise(draft).people.map((p) => p.cells)).toEqual([
      { Writing: '4', SEO: '0' },
      { Writing: '2', SEO: '4' },
      { Writing: '1', SEO: '3' },
    ])
    expect(draft.levelCounts).toEqual([1, 1, 1, 1, 2])
    expect(draft.problems).toEqual([])
  })

  it('refuses numbers outside the chosen scale', () => {
    expect(codes('Name,W\nAnn,11\nBob,3\n', { scale: '0-10' })).toEqual([['outsideSourceScale', 2, 'B', '11']])
  })
})

describe('long files', () => {
  it('detects the long format from Russian headers too', () => {
    const draft = draftOf('Сотрудник;Навык;Уровень;Интерес;Категория\nАнна;Модерация;эксперт;да;Вовлечение\n')
    expect(draft.format).toBe('long')
    expect(summarise(draft).people).toEqual([
      { row: 2, name: 'Анна', email: '', team: '', title: '', cells: { Модерация: '4+' } },
    ])
    expect(draft.skills).toEqual([{ name: 'Модерация', category: 'Вовлечение', column: -1 }])
  })

  it('lets a later row for the same person and skill win, with a warning', () => {
    const draft = draftOf('person,skill,level\nAnn,SEO,1\nBob,SEO,2\nann,seo,3\n')
    expect(summarise(draft).people.map((p) => p.cells)).toEqual([{ SEO: '3' }, { SEO: '2' }])
    expect(draft.problems.map((p) => [p.code, p.severity, p.row, p.otherRow, p.value])).toEqual([
      ['laterRowWins', 'warning', 4, 2, 'Ann × SEO'],
    ])
    expect(draftIsCommittable(draft)).toBe(true)
  })

  it('keeps a person listed without any skill, and refuses a level without a skill', () => {
    const draft = draftOf('person,skill,level\nAnn,,\nBob,,3\n')
    expect(draft.people.map((p) => p.name)).toEqual(['Ann'])
    expect(draft.problems.map((p) => [p.code, p.row, p.value])).toEqual([['missingSkill', 3, '3']])
  })

  it('takes the interest column over a mark in the level', () => {
    const draft = draftOf('person,skill,level,interest\nAnn,SEO,3+,0\nBob,SEO,2+,\n')
    expect(summarise(draft).people.map((p) => p.cells)).toEqual([{ SEO: '3-' }, { SEO: '2+' }])
  })

  it('refuses an interest it does not know', () => {
    expect(codes('person,skill,level,interest\nAnn,SEO,3,very\n')).toEqual([['unknownInterest', 2, 'D', 'very']])
  })

  it('refuses a long file without a level column', () => {
    expect(codes('person,skill,level\nAnn,SEO,1\n', { columns: ['name', 'skill', 'ignore'] })).toEqual([
      ['noLevelColumn', 1, '', ''],
    ])
  })

  it('reads a long file as wide when the user says so', () => {
    expect(draftOf('person,skill,level\nAnn,SEO,1\n', { format: 'wide' }).format).toBe('wide')
  })
})
