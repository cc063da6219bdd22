import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { matrixWorkbook } from '../../../src/io/exportXlsx'
import { createImportSession, type ImportRequest } from '../../../src/io/importSession'
import { generateWorkspace } from '../../fixtures/generate'
import type { DraftOptions } from '../../../src/io/types'

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/xlsx', name)))
const request = (read: ImportRequest['read'] = {}, draft: DraftOptions = {}): ImportRequest => ({
  read,
  draft,
  context: { levelWords: [], interestWords: [] },
})
const NA = 255

describe('importing an .xlsx workbook (fixtures written by LibreOffice Calc)', () => {
  it('reads merged category cells over every skill of the merge, Russian level words and numbers stored as text', async () => {
    const draft = await createImportSession(fixture('merged-categories-ru.xlsx')).draft(request())
    expect(draft.workbook).toEqual({ sheet: 'Матрица', sheets: ['Матрица'], skipped: [] })
    expect([draft.categoryRow, draft.headerRow]).toEqual([1, 2])
    expect(draft.skills.map((skill) => [skill.name, skill.category])).toEqual([
      ['Python', 'Разработка'],
      ['SQL', 'Разработка'],
      ['Переговоры', 'Консалтинг'],
      ['Фасилитация', 'Консалтинг'],
    ])
    expect(draft.people.map((person) => [person.row, person.name, person.team])).toEqual([
      [3, 'Анна Петрова', 'Аналитика'],
      [4, 'Борис Иванов', 'Аналитика'],
      [5, 'Вера Смирнова', 'Продажи'],
    ])
    // эксперт 4, продвинутый 3, знаком 1, blank; средний 2, '3' (text) 3, нет 0, эксперт 4; …
    expect([...draft.levels]).toEqual([4, 3, 1, NA, 2, 3, 0, 4, NA, 1, 3, 2])
    expect(draft.problems).toEqual([])
  })

  it('picks the first sheet that looks like a matrix and says which sheets were skipped; another can be picked', async () => {
    const session = createImportSession(fixture('multi-sheet.xlsx'))
    const draft = await session.draft(request())
    expect(draft.workbook).toEqual({
      sheet: 'Matrix',
      sheets: ['Notes', 'Matrix', 'Levels'],
      skipped: ['Notes', 'Levels'],
    })
    expect(draft.people.map((person) => person.name)).toEqual(['Ann Lee', 'Bob Stone', 'Cleo Park'])
    expect([...draft.levels]).toEqual([3, 2, 4, 1, 0, 2, 4, NA, 1])
    const notes = await session.draft(request({ sheet: 'Notes' }))
    expect(notes.workbook?.sheet).toBe('Notes')
    expect(notes.headerBlocked).toBe(true)
  })

  it('reads formulas by their cached value, flags hidden rows and columns, and refuses dates and booleans as levels', async () => {
    const session = createImportSession(fixture('formulas-hidden.xlsx'))
    const draft = await session.draft(request())
    const codes = draft.problems.map((p) => [p.code, p.row, p.columnLetter, p.value])
    expect(codes).toContainEqual(['hiddenRows', null, '', '4'])
    expect(codes).toContainEqual(['hiddenColumns', null, '', 'D, H'])
    expect(codes).toContainEqual(['dateNotLevel', 5, 'E', '2026-03-01'])
    expect(codes).toContainEqual(['booleanNotLevel', 5, 'F', 'TRUE'])
    // The hidden "Total" column (a SUM) is read by its cached value: 9 is off the scale.
    expect(codes).toContainEqual(['levelOutOfScale', 2, 'H', '9'])
    const roles = draft.columns.map((column) => column.role)
    roles[7] = 'ignore'
    const mapped = await session.draft(request({}, { columns: roles, skipProblemRows: true }))
    expect(mapped.people.map((person) => [person.row, person.name])).toEqual([
      [2, 'Ann Lee'],
      [3, 'Bob Stone'],
      [4, 'Cleo Park'],
    ])
    // Ann: =1+2, =MIN(4;2), 4; Bob: 1, 0, =E3+1; Cleo (a hidden row): 4, 3, 1.
    expect([...mapped.levels]).toEqual([3, 2, 4, 1, 0, 2, 4, 3, 1])
    expect(mapped.skippedRows).toEqual([5])
  })

  it('reads a workbook renamed .csv and a CSV renamed .xlsx by their bytes (the session never sees the name)', async () => {
    const csv = await createImportSession(new TextEncoder().encode('Name,Python\nAnn,3\n')).draft(request())
    expect([csv.workbook, csv.people.length]).toEqual([undefined, 1])
  })
})

describe('importing the matrix workbook: levels from Matrix, interest from the Interest sheet beside it', () => {
  const data = generateWorkspace(40, 12)
  const people = [...data.people].sort((a, b) => a.order - b.order)
  const expected = (field: 'levels' | 'interest') =>
    people.flatMap((person) => [...(data.ratings.get(person.id)?.[field] ?? [])].slice(0, 12))

  it.each(['en', 'ru'] as const)(
    'gives back every level and interest exactly (interest words in %s)',
    async (locale) => {
      const draft = await createImportSession(await matrixWorkbook(data, { locale })).draft(request())
      expect(draft.workbook).toEqual({
        sheet: 'Matrix',
        sheets: ['Matrix', 'Interest', 'Coverage'],
        skipped: ['Coverage'],
        interestSheet: 'Interest',
      })
      expect(draft.problems).toEqual([])
      expect(draft.people.map((person) => person.name)).toEqual(people.map((person) => person.name))
      expect([...draft.levels]).toEqual(expected('levels'))
      expect([...draft.interest]).toEqual(expected('interest'))
      expect(expected('interest').filter((value) => value !== NA).length).toBeGreaterThan(100)
    },
  )

  it('reads no interest from an Interest sheet sorted on its own, says where it stops lining up, and still reads the levels', async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await matrixWorkbook(data, { locale: 'en' })).buffer as ArrayBuffer)
    const interest = book.getWorksheet('Interest')!
    // The person in row 5 and the one in row 6 swapped on the Interest sheet only.
    const five = interest.getRow(5).values
    interest.getRow(5).values = interest.getRow(6).values as ExcelJS.CellValue[]
    interest.getRow(6).values = five as ExcelJS.CellValue[]
    const bytes = new Uint8Array(await book.xlsx.writeBuffer())
    const draft = await createImportSession(bytes).draft(request())
    expect(draft.workbook?.interestSheet).toBeUndefined()
    expect(draft.workbook?.skipped).toEqual(['Interest', 'Coverage'])
    expect(draft.problems.map((p) => [p.code, p.severity, p.row, p.columnLetter, p.value])).toEqual([
      ['interestSheetIgnored', 'warning', 5, 'A', 'Interest'],
    ])
    expect([...draft.levels]).toEqual(expected('levels'))
    expect([...draft.interest].every((value) => value === NA)).toBe(true)
  })

  it('refuses an interest sheet holding something that is not an interest, naming its cell', async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await matrixWorkbook(data, { locale: 'en' })).buffer as ArrayBuffer)
    book.getWorksheet('Interest')!.getCell('G9').value = 'maybe later'
    const draft = await createImportSession(new Uint8Array(await book.xlsx.writeBuffer())).draft(request())
    expect(draft.problems.map((p) => [p.code, p.row, p.columnLetter])).toEqual([['interestSheetIgnored', 9, 'G']])
    // A warning: the levels still import.
    expect([draft.headerBlocked, draft.problemRows]).toEqual([false, []])
  })
})
