import type { ColumnInfo, ImportProblem, ProblemCode } from '../types'

/** More problems than this are counted but not kept: a preview cannot show 500,000 of them. */
export const MAX_LISTED_PROBLEMS = 5000

/** The problems of one draft: the first MAX_LISTED_PROBLEMS kept, all counted, blocked rows noted. */
export class Problems {
  readonly list: ImportProblem[] = []
  total = 0
  readonly rowsWithErrors: number[] = []
  headerBlocked = false

  add(problem: ImportProblem) {
    this.total++
    if (problem.severity === 'error' && !problem.skippable) this.headerBlocked = true
    if (this.list.length < MAX_LISTED_PROBLEMS) this.list.push(problem)
  }

  /** Puts a problem about the whole file before the row problems, where a capped list still shows it. */
  addFirst(problem: ImportProblem) {
    this.total++
    this.list.unshift(problem)
    if (this.list.length > MAX_LISTED_PROBLEMS) this.list.pop()
  }

  /** Marks a row as having a blocking problem (once per row; rows come in ascending order). */
  markRow(row: number) {
    if (this.rowsWithErrors.at(-1) !== row) this.rowsWithErrors.push(row)
  }
}

export function problem(
  code: ProblemCode,
  fields: { row: number | null; column?: ColumnInfo | null; value?: string; otherRow?: number; severity?: 'error' | 'warning'; skippable?: boolean },
): ImportProblem {
  const result: ImportProblem = {
    code,
    severity: fields.severity ?? 'error',
    row: fields.row,
    column: fields.column?.header ?? '',
    columnLetter: fields.column?.letter ?? '',
    value: fields.value ?? '',
    skippable: fields.skippable ?? fields.row !== null,
  }
  if (fields.otherRow !== undefined) result.otherRow = fields.otherRow
  return result
}
