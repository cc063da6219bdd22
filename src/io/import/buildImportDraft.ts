import { NOT_ASSESSED } from '../../domain/scale'
import type { CsvTable } from '../csv'
import { detectLayout, isBlankRow } from '../detect'
import { createLevelReader, suggestScale, type LevelReader } from '../levels'
import type {
  Delimiter,
  DraftContext,
  DraftOptions,
  DraftWorkbook,
  ImportDraft,
  NumberStats,
  SourceScaleId,
  TextEncodingName,
} from '../types'
import { columnLetter } from '../headers'
import { chosenRoles, columnInfos } from './columns'
import { emptyAccumulator, type Accumulator, type DraftInput } from './draftInput'
import { controlCharacterWarnings } from './controlCharacters'
import { fieldCountRows } from './fieldCounts'
import { headerProblems } from './headerProblems'
import { cachedInterestReader, interestSheetMismatch } from './interestSheet'
import { problem, Problems } from './problems'
import { readLong } from './readLong'
import { readWide } from './readWide'

export interface ReadTable extends CsvTable {
  encoding: TextEncodingName
  bom: boolean
  delimiter: Delimiter
  /** Read from an .xlsx workbook: which sheet, and what the sheet says beyond its text. */
  workbook?: DraftWorkbook & {
    hiddenRows: number[]
    hiddenColumns: number[]
    typedCells: ReadonlyMap<number, 'date' | 'boolean'>
    /** The workbook's interest sheet (see interestSheet.ts), read with a wide sheet when it lines up. */
    interest?: { sheet: string; rows: string[][] }
  }
}

/** Hidden rows and columns of a sheet are imported, and the preview says which they are. */
function hiddenWarnings(workbook: NonNullable<ReadTable['workbook']>, problems: Problems) {
  const list = (items: string[]) =>
    items.length > 20 ? `${items.slice(0, 20).join(', ')}, … (${items.length})` : items.join(', ')
  if (workbook.hiddenColumns.length)
    problems.addFirst(
      problem('hiddenColumns', {
        row: null,
        value: list(workbook.hiddenColumns.map(columnLetter)),
        severity: 'warning',
        skippable: false,
      }),
    )
  if (workbook.hiddenRows.length)
    problems.addFirst(
      problem('hiddenRows', {
        row: null,
        value: list(workbook.hiddenRows.map(String)),
        severity: 'warning',
        skippable: false,
      }),
    )
}

/**
 * The interest sheet beside a wide sheet, when it lines up with it (its name is then returned);
 * else a warning naming the first cell that does not, and the interest comes from this sheet only.
 */
function useInterestSheet(table: ReadTable, input: DraftInput): string | null {
  const interest = table.workbook?.interest
  if (!interest || input.layout.format !== 'wide' || input.layout.headerIndex < 0) return null
  const read = cachedInterestReader(input.reader)
  const mismatch = interestSheetMismatch(table.rows, interest.rows, input.layout.headerIndex, input.columns, read)
  if (mismatch) {
    input.problems.addFirst(
      problem('interestSheetIgnored', {
        row: mismatch.row,
        column: input.columns[mismatch.column] ?? { ...NO_COLUMN, letter: columnLetter(mismatch.column) },
        value: interest.sheet,
        severity: 'warning',
        skippable: false,
      }),
    )
    return null
  }
  input.interestSheet = { rows: interest.rows, read }
  return interest.sheet
}

const NO_COLUMN = { index: -1, letter: '', header: '', role: 'ignore', detectedRole: 'ignore', category: '' } as const

/** A record the parser could not read is a problem of its row (shown as the text it holds); gives those rows. */
function malformedRows(table: ReadTable, problems: Problems): Set<number> {
  const rows = new Set<number>()
  for (const error of table.errors) {
    const row = error.record + 1
    rows.add(row)
    const text = (table.rows[error.record] ?? []).join(table.delimiter).replace(/\r?\n/g, ' ⏎ ')
    problems.add(problem('malformedCsv', { row, value: text }))
  }
  return rows
}

/** Rows with only a quoting error and nothing else: still skipped/blocked. */
function addMalformedRows(problems: Problems, csvErrorRows: Set<number>) {
  for (const row of csvErrorRows) if (!problems.rowsWithErrors.includes(row)) problems.rowsWithErrors.push(row)
  problems.rowsWithErrors.sort((a, b) => a - b)
}

/** The numbers the file holds and the source scale they suggest; the suggestion heads the problem list. */
function numberScale(reader: LevelReader, acc: Accumulator, scale: SourceScaleId | null, problems: Problems) {
  const seen = reader.numbers()
  const numbers: NumberStats | null = seen
    ? { ...seen, offScaleCells: acc.offScaleCells, numericCells: acc.numericCells }
    : null
  const suggestedScale = numbers ? suggestScale(numbers) : null
  if (numbers && scale === null && suggestedScale !== null) {
    problems.addFirst(
      problem('scaleSuggested', {
        row: null,
        value: `${numbers.min}–${numbers.max}`,
        severity: 'warning',
        skippable: false,
      }),
    )
  }
  return { numbers, suggestedScale }
}

/** The workbook as the preview shows it: a sheet the interest was read from is not "skipped". */
function draftWorkbook(workbook: NonNullable<ReadTable['workbook']>, interestSheet: string | null): DraftWorkbook {
  const { sheet, sheets, skipped } = workbook
  if (!interestSheet) return { sheet, sheets, skipped }
  return { sheet, sheets, skipped: skipped.filter((name) => name !== interestSheet), interestSheet }
}

/** The problem rows left out: all but those imported with their bad cells blank. */
function skipped(problemRows: number[], blankedRows: number[]): number[] {
  if (blankedRows.length === 0) return problemRows
  const blanked = new Set(blankedRows)
  return problemRows.filter((row) => !blanked.has(row))
}

/** How many imported cells got each level 0–4. */
function levelCounts(levels: Uint8Array): number[] {
  const counts = new Uint32Array(256)
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i] ?? NOT_ASSESSED
    counts[level] = (counts[level] ?? 0) + 1
  }
  return [...counts.subarray(0, 5)]
}

/**
 * Rows → a validated import draft: people, skills, packed levels and every problem, each naming
 * the row the spreadsheet shows, the column and the value. Pure: nothing is written anywhere.
 */
export function buildImportDraft(table: ReadTable, options: DraftOptions, context: DraftContext): ImportDraft {
  const layout = detectLayout(table.rows, context, options.format, new Set(table.errors.map((error) => error.record)))
  const roles = chosenRoles(layout, options)
  const columns = columnInfos(layout, roles)
  const problems = new Problems()
  const scale = options.scale ?? null
  const reader = createLevelReader(context, scale)
  const csvErrorRows = malformedRows(table, problems)
  // A file of blank rows has no header row to name: it only says it has no data.
  if (layout.headerIndex >= 0) headerProblems(layout, columns, problems)
  for (const row of fieldCountRows(table.rows, layout, table.delimiter, csvErrorRows, problems)) csvErrorRows.add(row)
  controlCharacterWarnings(table.rows, layout, columns, problems)
  if (table.rows.slice(layout.headerIndex + 1).every((row) => isBlankRow(row))) {
    problems.add(problem('noData', { row: null, skippable: false }))
  }
  const acc = emptyAccumulator()
  const input: DraftInput = {
    rows: table.rows,
    layout,
    columns,
    reader,
    problems,
    csvErrorRows,
    column: (role) => roles.indexOf(role),
    blankBadCells: Boolean(options.skipProblemRows && options.blankBadCells),
    keepSummaryRows: new Set(options.keepSummaryRows ?? []),
  }
  const typedCells = table.workbook?.typedCells
  if (typedCells?.size) input.cellType = (row, column) => typedCells.get(row * 16384 + column)
  const interestSheet = useInterestSheet(table, input)
  if (layout.headerIndex >= 0) {
    if (layout.format === 'wide') readWide(input, acc)
    else readLong(input, acc)
  }
  addMalformedRows(problems, csvErrorRows)
  const { numbers, suggestedScale } = numberScale(reader, acc, scale, problems)
  if (table.workbook) hiddenWarnings(table.workbook, problems)

  return {
    encoding: table.encoding,
    bom: table.bom,
    delimiter: table.delimiter,
    format: layout.format,
    headerRow: layout.headerIndex + 1,
    categoryRow: layout.categoryIndex === null ? null : layout.categoryIndex + 1,
    columns,
    skills: acc.skills,
    people: acc.people,
    fields: { email: roles.includes('email'), team: roles.includes('team'), title: roles.includes('title') },
    levels: acc.levels,
    interest: acc.interest,
    ...(acc.self ? { self: acc.self } : {}),
    problems: problems.list,
    problemTotal: problems.total,
    problemRows: problems.rowsWithErrors,
    skippedRows: options.skipProblemRows ? skipped(problems.rowsWithErrors, acc.blankedRows) : [],
    blankedRows: acc.blankedRows,
    problemRowNames: acc.problemRowNames,
    summaryRows: acc.summaryRows,
    headerBlocked: problems.headerBlocked,
    numbers,
    suggestedScale,
    appliedScale: scale,
    levelCounts: levelCounts(acc.levels),
    dataRows: acc.dataRows,
    ...(table.workbook ? { workbook: draftWorkbook(table.workbook, interestSheet) } : {}),
  }
}
