import type { Layout } from '../detect'
import type { LevelReader } from '../levels'
import type { ColumnInfo, ColumnRole, DraftPerson, DraftSkill, SummaryRow } from '../types'
import type { Problems } from './problems'

/** What reading the data rows of a wide or a long file starts from. */
export interface DraftInput {
  rows: readonly (readonly string[])[]
  layout: Layout
  columns: ColumnInfo[]
  reader: LevelReader
  problems: Problems
  csvErrorRows: Set<number>
  column: (role: ColumnRole) => number
  /** A row whose only problems are bad cells is imported with those cells not assessed. */
  blankBadCells?: boolean
  /** Totals rows the user keeps (spreadsheet row numbers). */
  keepSummaryRows?: ReadonlySet<number>
  /** A workbook's date or boolean cell (row 1-based, column 0-based): never a level. */
  cellType?: (row: number, column: number) => 'date' | 'boolean' | undefined
  /** A workbook's interest sheet that lines up with this one: each skill cell's interest as a word. */
  interestSheet?: { rows: readonly (readonly string[])[]; read: (raw: string) => number }
}

/** What reading the data rows gives: people, skills, their packed levels and cell counts. */
export interface Accumulator {
  people: DraftPerson[]
  skills: DraftSkill[]
  levels: Uint8Array
  interest: Uint8Array
  /** A long file's self levels, packed like `levels`, when it has a self level column. */
  self?: Uint8Array
  dataRows: number
  numericCells: number
  offScaleCells: number
  summaryRows: SummaryRow[]
  blankedRows: number[]
  problemRowNames: Record<number, string>
}

export function emptyAccumulator(): Accumulator {
  return {
    people: [],
    skills: [],
    levels: new Uint8Array(0),
    interest: new Uint8Array(0),
    dataRows: 0,
    numericCells: 0,
    offScaleCells: 0,
    summaryRows: [],
    blankedRows: [],
    problemRowNames: {},
  }
}
