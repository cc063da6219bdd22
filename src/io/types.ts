/** Shapes shared by the import pipeline (decode → parse → detect → draft), in a worker or not. */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252'
export const TEXT_ENCODINGS: readonly TextEncodingName[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1251',
  'windows-1252',
]

export type Delimiter = ',' | ';' | '\t'
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t']

/** 'self': a filled-in self-assessment form (long, its levels are the person's own). */
export type ImportFormat = 'wide' | 'long' | 'self'

/** What a column holds. Wide files use name…title + skill; long files also category, level, interest and the self level. */
export type ColumnRole =
  'name' | 'email' | 'team' | 'title' | 'skill' | 'category' | 'level' | 'interest' | 'selfLevel' | 'ignore'
export const WIDE_ROLES: readonly ColumnRole[] = ['name', 'email', 'team', 'title', 'skill', 'ignore']
export const LONG_ROLES: readonly ColumnRole[] = [
  'name',
  'email',
  'team',
  'title',
  'category',
  'skill',
  'level',
  'interest',
  'selfLevel',
  'ignore',
]

/** A source scale the numbers of a file may be on, mapped linearly onto 0–4 when the user picks it. */
export type SourceScaleId = '0-4' | '1-5' | '0-5' | '0-7' | '1-7' | '0-10' | '1-10' | '0-100'

export type ProblemCode =
  | 'malformedCsv'
  | 'unknownLevel'
  | 'levelOutOfScale'
  | 'unknownInterest'
  | 'missingName'
  | 'missingSkill'
  | 'duplicatePerson'
  | 'duplicateSkillColumn'
  | 'skillColumnNameless'
  | 'duplicateRole'
  | 'noNameColumn'
  | 'noSkillColumn'
  | 'noLevelColumn'
  | 'noData'
  | 'laterRowWins'
  | 'nameColumnGuessed'
  | 'textColumnIgnored'
  | 'blankHeaderIgnored'
  | 'scaleSuggested'
  | 'outsideSourceScale'
  | 'fieldCount'
  | 'fieldCountDelimiter'
  | 'controlCharacters'
  | 'dateNotLevel'
  | 'booleanNotLevel'
  | 'hiddenRows'
  | 'hiddenColumns'
  | 'interestSheetIgnored'

export type Severity = 'error' | 'warning'

/**
 * One thing the user must know about the file. `row` is the row number the spreadsheet shows
 * (1-based, header rows counted); `column` the header text, `columnLetter` the spreadsheet letter.
 */
export interface ImportProblem {
  code: ProblemCode
  severity: Severity
  row: number | null
  column: string
  columnLetter: string
  value: string
  /** Another row involved: the first row of a duplicate, the row a later value replaced. */
  otherRow?: number
  /** A skipped-row error can be got around by skipping its row; a header error cannot. */
  skippable: boolean
  /** How many times the same problem was found (identical problems are listed once). */
  count?: number
  /** A row with another number of fields than the header: how many it has, how many the header has, and a delimiter that would split it right. */
  fields?: { found: number; expected: number; delimiter?: Delimiter }
}

export interface ReadOptions {
  /** Forced by the user; detected when absent. */
  encoding?: TextEncodingName
  delimiter?: Delimiter
  /** The worksheet of an .xlsx workbook; the first that looks like a matrix when absent. */
  sheet?: string
}

/** The workbook a draft was read from: the sheet read, every sheet, the ones skipped. */
export interface DraftWorkbook {
  sheet: string
  sheets: string[]
  skipped: string[]
  /** The sheet the interest was read from (the matrix workbook's "Interest"), when it lined up. */
  interestSheet?: string
}

export interface DraftOptions {
  format?: ImportFormat
  /** Per column index, as chosen by the user; detected when absent. */
  columns?: readonly ColumnRole[]
  /** Map numbers from this scale onto 0–4; null keeps values as they are (0–4 only). */
  scale?: SourceScaleId | null
  skipProblemRows?: boolean
  /** With `skipProblemRows`: a row whose only problems are cells that are not levels is imported, those cells left not assessed. */
  blankBadCells?: boolean
  /** Totals rows (spreadsheet row numbers) the user keeps as people; every other one is left out. */
  keepSummaryRows?: readonly number[]
}

/** A row that looks like a totals or summary row: "Итого", "Average", or only numbers and no name. */
export interface SummaryRow {
  row: number
  /** The text of its name cell ('' for a row of numbers without a name). */
  label: string
  /** Kept by the user: read like any other row. */
  kept: boolean
}

/** Words of the workspace's own scale (its labels), added to the built-in level words. */
export interface DraftContext {
  levelWords: readonly (readonly [string, number])[]
  interestWords: readonly (readonly [string, number])[]
  /** The workspace's skill names, Russian names and aliases: a column headed with one is a skill column, whatever its values. */
  skillNames?: readonly string[]
}

export interface ColumnInfo {
  index: number
  letter: string
  header: string
  role: ColumnRole
  detectedRole: ColumnRole
  /** Category from the category row above a wide header ('' when none). */
  category: string
}

export interface DraftSkill {
  name: string
  category: string
  /** Column index in a wide file, -1 in a long one. */
  column: number
}

export interface DraftPerson {
  row: number
  name: string
  email: string
  team: string
  title: string
}

export interface NumberStats {
  min: number
  max: number
  hasDecimals: boolean
  /** Cells holding a number that is not a whole 0–4. */
  offScaleCells: number
  /** Cells holding any number, on the scale or not. */
  numericCells: number
}

/** Everything the preview shows and the commit needs. Levels are packed people × skills, row-major. */
export interface ImportDraft {
  encoding: TextEncodingName
  bom: boolean
  delimiter: Delimiter
  format: ImportFormat
  /** Spreadsheet row numbers (1-based); 0 when not found. */
  headerRow: number
  categoryRow: number | null
  columns: ColumnInfo[]
  skills: DraftSkill[]
  people: DraftPerson[]
  /** Which person fields the file has a column for (a long file has no title). */
  fields: { email: boolean; team: boolean; title: boolean }
  levels: Uint8Array
  interest: Uint8Array
  /** The person's own levels, packed like `levels`: a long file with a self level column (`self_level`). */
  self?: Uint8Array
  problems: ImportProblem[]
  /** Problems found; more than `problems.length` when the list was capped. */
  problemTotal: number
  /** Rows with a blocking problem that skipping can get around, ascending. */
  problemRows: number[]
  /** Rows left out because the user chose to skip rows with problems. */
  skippedRows: number[]
  /** Rows imported with their bad cells left not assessed (`blankBadCells`), ascending. */
  blankedRows: number[]
  /** The name in each problem row ('' when blank), by row number: what the skip list shows. */
  problemRowNames: Record<number, string>
  /** Rows that look like totals (left out unless kept), ascending. */
  summaryRows: SummaryRow[]
  /** A blocking problem no row skipping can get around (a header or mapping problem). */
  headerBlocked: boolean
  numbers: NumberStats | null
  suggestedScale: SourceScaleId | null
  appliedScale: SourceScaleId | null
  /** How many imported cells got each level 0–4. */
  levelCounts: number[]
  dataRows: number
  /** Set when the file is an .xlsx workbook (encoding and delimiter then mean nothing). */
  workbook?: DraftWorkbook
}
