import type { DataValidation, Worksheet } from 'exceljs'
import type { Locale } from '../domain/text'
import type { Id, WorkspaceData } from '../domain/types'
import { selfFormTable, type SelfFormLabels, type SelfFormOptions, type SelfFormTable } from './selfAssessment'

const TO_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4CC' } } as const
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF1' } } as const
const THIN = { style: 'thin', color: { argb: 'FFB8BEC8' } } as const
const COLUMN_WIDTHS = [26, 28, 24, 38, 16, 20, 20, 22]

/** Excel refuses `[]:*?/\` in a sheet name, a leading or trailing apostrophe, and more than 31 characters. */
export function sheetNameFor(personName: string): string {
  const name = personName
    .replace(/[[\]:*?/\\]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, 31)
    .trim()
  return name || 'Form'
}

/** `$B$5:$B$9`: the labels column of a scale, the list a drop-down offers. */
const labelRange = ({ first, last }: { first: number; last: number }) => `$B$${first + 1}:$B$${last + 1}`

/** The form's rows as cells: text always as text (never a formula), levels as numbers. */
function writeRows(sheet: Worksheet, table: SelfFormTable) {
  table.rows.forEach((values, r) => {
    const row = sheet.getRow(r + 1)
    values.forEach((value, c) => {
      if (value !== '') row.getCell(c + 1).value = value
    })
  })
}

/** A drop-down (list validation) over a column of the table: only the scale's words, or blank. */
function dropDown(
  sheet: Worksheet,
  table: SelfFormTable,
  column: number,
  list: string,
  prompt: string | undefined,
  notOnList: string | undefined,
) {
  const first = table.headerRow + 2
  const last = table.rows.length
  if (last < first) return
  const validation: DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [list],
    showErrorMessage: true,
    errorStyle: 'stop',
    ...(notOnList ? { error: notOnList } : {}),
    ...(prompt ? { showInputMessage: true, prompt } : {}),
  }
  // exceljs writes equal validations of a column as one range.
  for (let r = first; r <= last; r++) sheet.getRow(r).getCell(column + 1).dataValidation = validation
}

/** Looks: a bold title and header, the cells to fill in shaded and framed, the header frozen. */
function layout(sheet: Worksheet, table: SelfFormTable) {
  sheet.getRow(1).font = { bold: true, size: 14 }
  for (const row of [table.levelRows.first - 1, table.interestRows.first - 1])
    sheet.getRow(row + 1).font = { bold: true }
  const header = sheet.getRow(table.headerRow + 1)
  for (let c = 1; c <= table.width; c++) {
    const cell = header.getCell(c)
    cell.font = { bold: true }
    cell.fill = HEADER_FILL
    cell.border = { bottom: THIN }
  }
  for (let r = table.headerRow + 2; r <= table.rows.length; r++)
    for (const column of [table.yourLevelColumn, table.yourInterestColumn]) {
      const cell = sheet.getRow(r).getCell(column + 1)
      cell.fill = TO_FILL
      cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN }
    }
  if (table.currentLevelColumn >= 0)
    for (let r = table.headerRow + 2; r <= table.rows.length; r++)
      sheet.getRow(r).getCell(table.currentLevelColumn + 1).alignment = { horizontal: 'center' }
  COLUMN_WIDTHS.slice(0, table.width).forEach((width, c) => (sheet.getColumn(c + 1).width = width))
  sheet.views = [{ state: 'frozen', ySplit: table.headerRow + 1 }]
}

/**
 * One person's self-assessment form as a workbook: the CSV form's rows on one sheet named after
 * them, "Your level" and "Your interest" as drop-downs of the scale's words in the form's
 * language (the lists are the scale rows above the table, so any word fits). The import reads it
 * back like the CSV form: it finds the "Your level" header and reads the words. exceljs loads here.
 */
export async function selfAssessmentWorkbook(
  data: WorkspaceData,
  personId: Id,
  labels: SelfFormLabels,
  locale: Locale,
  date: string,
  options: SelfFormOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs')
  const table = selfFormTable(data, [personId], labels, locale, date, options, labels.workbook?.instructions)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Skillgrid'
  const person = data.people.find((p) => p.id === personId)
  const sheet = workbook.addWorksheet(sheetNameFor(person?.name ?? ''))
  writeRows(sheet, table)
  const { workbook: texts } = labels
  dropDown(sheet, table, table.yourLevelColumn, labelRange(table.levelRows), texts?.levelPrompt, texts?.notOnList)
  dropDown(
    sheet,
    table,
    table.yourInterestColumn,
    labelRange(table.interestRows),
    texts?.interestPrompt,
    texts?.notOnList,
  )
  layout(sheet, table)
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
