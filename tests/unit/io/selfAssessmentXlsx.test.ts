import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import type { WorkspaceData } from '../../../src/domain/types'
import { createImportSession } from '../../../src/io/importSession'
import type { SelfFormLabels } from '../../../src/io/selfAssessment'
import { selfAssessmentWorkbook, sheetNameFor } from '../../../src/io/selfAssessmentXlsx'
import type { DraftContext } from '../../../src/io/types'
import { demoWorkspace } from '../../fixtures/demo'

const COLUMNS_EN = {
  name: 'Name',
  email: 'Email',
  category: 'Category',
  skill: 'Skill',
  currentLevel: 'Current level',
  currentInterest: 'Current interest',
  yourLevel: 'Your level',
  yourInterest: 'Your interest',
}
const EN: SelfFormLabels = {
  title: 'Skillgrid self-assessment',
  instructions: 'Fill in (CSV).',
  scaleTitle: 'Levels',
  interestTitle: 'Interest',
  columns: COLUMNS_EN,
  workbook: {
    instructions: 'Pick from the lists.',
    levelPrompt: 'Your level',
    interestPrompt: 'Grow?',
    notOnList: 'Pick one.',
  },
}
const RU: SelfFormLabels = {
  title: 'Skillgrid: самооценка',
  instructions: 'Заполните (CSV).',
  scaleTitle: 'Уровни',
  interestTitle: 'Интерес',
  columns: {
    name: 'Имя',
    email: 'Почта',
    category: 'Категория',
    skill: 'Навык',
    currentLevel: 'Текущий уровень',
    currentInterest: 'Текущий интерес',
    yourLevel: 'Ваш уровень',
    yourInterest: 'Ваш интерес',
  },
  workbook: {
    instructions: 'Выберите в списках.',
    levelPrompt: 'Ваш уровень',
    interestPrompt: 'Интерес?',
    notOnList: 'Выберите из списка.',
  },
}

/** What the import store hands the drafting: the workspace's own scale words. */
const contextOf = (data: WorkspaceData): DraftContext => ({
  levelWords: data.workspace.scale.flatMap((def) => [
    [def.label.en, def.value] as const,
    [def.label.ru, def.value] as const,
  ]),
  interestWords: data.workspace.interestScale.flatMap((def) => [
    [def.label.en, def.value] as const,
    [def.label.ru, def.value] as const,
  ]),
})

async function load(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes.slice().buffer as ArrayBuffer)
  return book
}

/** Cells of a sheet as text, row by row (1-based rows and columns as the sheet shows them). */
const textOf = (sheet: ExcelJS.Worksheet, row: number, column: number) => {
  const value = sheet.getRow(row).getCell(column).value
  return value === null || value === undefined ? '' : String(value)
}
const headerRowOf = (sheet: ExcelJS.Worksheet, yourLevel: string) => {
  for (let r = 1; r <= sheet.rowCount; r++) if ((sheet.getRow(r).values as unknown[]).includes(yourLevel)) return r
  return -1
}

const data = demoWorkspace()
const person = data.people.find((p) => data.ratings.get(p.id)?.levels.some((level) => level !== 255))!

describe('the self-assessment workbook', () => {
  it('is one sheet named after the person, the lead’s level left out, the cells to fill as drop-downs of the scale’s words', async () => {
    const book = await load(
      await selfAssessmentWorkbook(data, person.id, EN, 'en', '2026-05-01', { hideCurrentLevel: true }),
    )
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([sheetNameFor(person.name)])
    const sheet = book.worksheets[0]!
    const header = headerRowOf(sheet, 'Your level')
    expect((sheet.getRow(header).values as unknown[]).slice(1)).toEqual([
      'Name',
      'Email',
      'Category',
      'Skill',
      'Current interest',
      'Your level',
      'Your interest',
    ])
    expect(textOf(sheet, 2, 1)).toBe('Pick from the lists.')
    // The scale: values 0–4 with their words in column B, which the level drop-down lists.
    const levelWords = [5, 6, 7, 8, 9].map((row) => textOf(sheet, row, 2))
    expect(levelWords).toEqual(['None', 'Aware', 'Practitioner', 'Proficient', 'Expert'])
    expect(sheet.getCell(`F${header + 1}`).dataValidation).toMatchObject({
      type: 'list',
      allowBlank: true,
      formulae: ['$B$5:$B$9'],
      showErrorMessage: true,
      error: 'Pick one.',
    })
    expect(sheet.getCell(`G${header + data.skills.length}`).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['$B$12:$B$14'],
    })
    expect([12, 13, 14].map((row) => textOf(sheet, row, 2))).toEqual([
      'Not interested',
      'Open to it',
      'Wants to grow here',
    ])
    expect(sheet.rowCount).toBe(header + data.skills.length)
    expect(sheet.getCell(`F${header + data.skills.length + 1}`).dataValidation).toBeUndefined()
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header })
  })

  it('in Russian offers the Russian words and, when asked, shows the lead’s current level as a number', async () => {
    const book = await load(await selfAssessmentWorkbook(data, person.id, RU, 'ru', '2026-05-01'))
    const sheet = book.worksheets[0]!
    const header = headerRowOf(sheet, 'Ваш уровень')
    expect((sheet.getRow(header).values as unknown[]).slice(5, 9)).toEqual([
      'Текущий уровень',
      'Текущий интерес',
      'Ваш уровень',
      'Ваш интерес',
    ])
    expect([5, 6, 7, 8, 9].map((row) => textOf(sheet, row, 2))).toEqual([
      'Нет',
      'Знаком',
      'Практик',
      'Уверенно',
      'Эксперт',
    ])
    expect(sheet.getCell(`G${header + 1}`).dataValidation?.formulae).toEqual(['$B$5:$B$9'])
    const levels = [...data.ratings.get(person.id)!.levels]
    const shown = Array.from({ length: data.skills.length }, (_, i) => sheet.getCell(`E${header + 1 + i}`).value)
    expect(shown.filter((value) => typeof value === 'number')).toHaveLength(levels.filter((l) => l !== 255).length)
  })

  it('names its sheet as Excel allows', () => {
    expect(sheetNameFor('Anna [ops]: a/b?*\\')).toBe('Anna ops a b')
    expect(sheetNameFor("'Quoted'")).toBe('Quoted')
    expect(sheetNameFor('Ю'.repeat(40))).toHaveLength(31)
    expect(sheetNameFor(' :: ')).toBe('Form')
  })
})

describe('a filled-in form saved by LibreOffice Calc, imported back', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillgrid-self-xlsx-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each([
    ['en', EN, 'Your level', ['Expert', 'Practitioner', 'None'], 'Wants to grow here'],
    ['ru', RU, 'Ваш уровень', ['Эксперт', 'Практик', 'Нет'], 'Хочет развиваться'],
  ] as const)(
    'in %s keeps the drop-downs and the picked words, and the import reads the self levels',
    async (locale, labels, yourLevel, picked, interest) => {
      const form = await load(await selfAssessmentWorkbook(data, person.id, labels, locale, '2026-05-01'))
      const sheet = form.worksheets[0]!
      const header = headerRowOf(sheet, yourLevel)
      // The person picks three levels and one interest, as the drop-downs offer them.
      picked.forEach((word, i) => (sheet.getCell(`G${header + 1 + i}`).value = word))
      sheet.getCell(`H${header + 1}`).value = interest
      const filled = join(dir, `filled-${locale}.xlsx`)
      writeFileSync(filled, new Uint8Array(await form.xlsx.writeBuffer()))
      const out = join(dir, `out-${locale}`)
      mkdirSync(out)
      await promisify(execFile)(
        'soffice',
        ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx', '--outdir', out, filled],
        { timeout: 120_000 },
      )
      const saved = new Uint8Array(readFileSync(join(out, `filled-${locale}.xlsx`)))

      const again = (await load(saved)).worksheets[0]!
      expect(again.name).toBe(sheetNameFor(person.name))
      expect(again.getCell(`G${header + 1}`).value).toBe(picked[0])
      expect(again.getCell(`H${header + 1}`).value).toBe(interest)
      // The drop-downs survived: LibreOffice wrote the list validations back over the same cells.
      // (LibreOffice adds an unused second formula, "0".)
      const levelList = again.getCell(`G${header + 1}`).dataValidation
      const interestList = again.getCell(`H${header + data.skills.length}`).dataValidation
      expect([levelList?.type, levelList?.formulae?.[0], levelList?.showErrorMessage]).toEqual([
        'list',
        '$B$5:$B$9',
        true,
      ])
      expect([interestList?.type, interestList?.formulae?.[0]]).toEqual(['list', '$B$12:$B$14'])

      const draft = await createImportSession(saved).draft({ read: {}, draft: {}, context: contextOf(data) })
      expect(draft.format).toBe('self')
      expect(draft.problems.filter((p) => p.severity === 'error')).toEqual([])
      expect(draft.people.map((p) => p.name)).toEqual([person.name])
      const width = draft.skills.length
      expect(width).toBe(data.skills.length)
      expect([...draft.levels.slice(0, 4)]).toEqual([4, 2, 0, 255])
      expect(draft.interest[0]).toBe(2)
      expect([...draft.levels.slice(3)].every((level) => level === 255)).toBe(true)
    },
    150_000,
  )
})
