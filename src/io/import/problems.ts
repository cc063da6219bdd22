import type { ColumnInfo, ImportProblem, ProblemCode } from '../types'

/** More problems than this are counted but not kept: a preview cannot show 500,000 of them. */
export const MAX_LISTED_PROBLEMS = 5000

/** The problems of one draft: the first MAX_LISTED_PROBLEMS kept, all counted, blocked rows noted. */
export class Problems {
  readonly list: ImportProblem[] = []
  total = 0
  readonly rowsWithErrors: number[] = []
  headerBlocked = false
  /** The listed problems by what they say: the same problem again only counts. */
  private readonly listed = new Map<string, ImportProblem>()

  add(problem: ImportProblem) {
    this.total++
    if (problem.severity === 'error' && !problem.skippable) this.headerBlocked = true
    const key = problemKey(problem)
    const same = this.listed.get(key)
    if (same) {
      same.count = (same.count ?? 1) + 1
      return
    }
    if (this.list.length < MAX_LISTED_PROBLEMS) {
      this.list.push(problem)
      this.listed.set(key, problem)
    }
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

const problemKey = (p: ImportProblem) =>
  JSON.stringify([p.code, p.severity, p.row, p.columnLetter, p.column, p.value, p.otherRow ?? null, p.fields ?? null])

/** Values longer than this are cut in a problem line (a 100,000-character cell is not printed whole). */
export const MAX_PROBLEM_VALUE = 80

/** A value as a problem line shows it: at most MAX_PROBLEM_VALUE characters, then an ellipsis. */
export function shortValue(value: string): string {
  const chars = Array.from(value.length > MAX_PROBLEM_VALUE * 2 ? value.slice(0, MAX_PROBLEM_VALUE * 2) : value)
  return chars.length > MAX_PROBLEM_VALUE || value.length > MAX_PROBLEM_VALUE * 2
    ? `${chars.slice(0, MAX_PROBLEM_VALUE).join('')}…`
    : value
}

export function problem(
  code: ProblemCode,
  fields: {
    row: number | null
    column?: ColumnInfo | null
    value?: string
    otherRow?: number
    severity?: 'error' | 'warning'
    skippable?: boolean
    fields?: ImportProblem['fields']
  },
): ImportProblem {
  const result: ImportProblem = {
    code,
    severity: fields.severity ?? 'error',
    row: fields.row,
    column: shortValue(fields.column?.header ?? ''),
    columnLetter: fields.column?.letter ?? '',
    value: shortValue(fields.value ?? ''),
    skippable: fields.skippable ?? fields.row !== null,
  }
  if (fields.otherRow !== undefined) result.otherRow = fields.otherRow
  if (fields.fields !== undefined) result.fields = fields.fields
  return result
}
