import type { Cell, Workbook, Worksheet } from 'exceljs'
import type { CsvTable } from './csv'

/** A cell whose type is not text or a number: refused where a level is expected. */
export type TypedCell = 'date' | 'boolean'

/** One sheet read as rows of text, with what the workbook said beyond the text. */
export interface SheetTable extends CsvTable {
  sheet: string
  /** Spreadsheet row numbers (1-based) hidden in the sheet. */
  hiddenRows: number[]
  /** Column indexes (0-based) hidden in the sheet. */
  hiddenColumns: number[]
  /** `row * 16384 + column` (row 1-based, column 0-based) → the type of a date or boolean cell. */
  typedCells: Map<number, TypedCell>
}

export const typedCellKey = (row: number, column: number) => row * 16384 + column

/** Loads a workbook with exceljs, loaded on first use (its own chunk, never in the initial JS). */
export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  // exceljs types `load` with Node's Buffer; in the browser it takes an ArrayBuffer.
  await workbook.xlsx.load(bytes.slice().buffer as unknown as Parameters<typeof workbook.xlsx.load>[0])
  return workbook
}

/** The sheets a user can pick (worksheets, not chart sheets), in workbook order. */
export const sheetNames = (workbook: Workbook): string[] => workbook.worksheets.map((sheet) => sheet.name)

const two = (value: number) => String(value).padStart(2, '0')
const isoDate = (date: Date) => `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`

type Plain =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { error: string }
  | { richText: { text: string }[] }
  | { text: string }
  | object

/** A value as text, and its type when it is a date or a boolean. Formulas give their cached result. */
function plainText(value: Plain): { text: string; type?: TypedCell } {
  if (value === null || value === undefined) return { text: '' }
  if (typeof value === 'string') return { text: value }
  if (typeof value === 'number') return { text: String(value) }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', type: 'boolean' }
  if (value instanceof Date) return { text: isoDate(value), type: 'date' }
  if ('richText' in value && Array.isArray(value.richText))
    return { text: value.richText.map((run) => run.text).join('') }
  if ('result' in value) return plainText((value as { result?: Plain }).result)
  if ('formula' in value || 'sharedFormula' in value) return { text: '' }
  if ('error' in value && typeof value.error === 'string') return { text: value.error }
  if ('text' in value && typeof value.text === 'string') return { text: value.text }
  return { text: '' }
}

function cellValue(cell: Cell): { text: string; type?: TypedCell } {
  // A merged cell holds its range's value: the category over every column of the merge.
  const source = cell.isMerged ? cell.master : cell
  return plainText(source.value as Plain)
}

/** A worksheet → rows of text from A1 on, so that row and column numbers are the sheet's own. */
export function readSheet(sheet: Worksheet): SheetTable {
  const rows: string[][] = []
  const typedCells = new Map<number, TypedCell>()
  const hiddenRows: number[] = []
  let width = 0
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber)
    const out: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const { text, type } = cellValue(cell)
      out[columnNumber - 1] = text
      if (type && text) typedCells.set(typedCellKey(rowNumber, columnNumber - 1), type)
    })
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = ''
    if (out.length > width) width = out.length
    rows[rowNumber - 1] = out
  })
  // Every row as wide as the sheet: a workbook has no delimiter, so no row has "too few fields".
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ??= [])
    while (row.length < width) row.push('')
  }
  // Trailing blank rows (formatting only) make no data.
  while (rows.length && (rows.at(-1) ?? []).every((cell) => cell.trim() === '')) rows.pop()
  const hiddenColumns: number[] = []
  for (let c = 1; c <= Math.max(width, sheet.columnCount); c++)
    if (c <= width && sheet.getColumn(c).hidden) hiddenColumns.push(c - 1)
  return {
    rows,
    errors: [],
    sheet: sheet.name,
    hiddenRows: hiddenRows.filter((row) => row <= rows.length),
    hiddenColumns,
    typedCells,
  }
}
