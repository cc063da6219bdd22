import { looseKey, nameKey } from '../../domain/text'
import { cellText } from '../detect'
import type { Accumulator, DraftInput } from './draftInput'

/** What a totals row is called, the whole name cell (looseKey). */
const SUMMARY_NAMES = new Set(
  [
    'Total',
    'Totals',
    'Grand total',
    'Subtotal',
    'Sum',
    'Average',
    'Avg',
    'Mean',
    'Итого',
    'Итог',
    'Всего',
    'Сумма',
    'Среднее',
    'Средний',
    'В среднем',
    'Среднее значение',
    'Средний балл',
  ].map(looseKey),
)
/** Words that make a totals row when they start its name ("Итого по команде", "Average level"). */
const SUMMARY_FIRST_WORDS = new Set(['total', 'totals', 'subtotal', 'average', 'итого', 'всего', 'среднее'])
const NUMBER = /^[-+]?\d+([.,]\d+)?%?$/

function isSummaryName(name: string): boolean {
  if (SUMMARY_NAMES.has(looseKey(name))) return true
  const [first] = nameKey(name).split(/[^\p{L}\p{N}]+/u)
  return first !== undefined && SUMMARY_FIRST_WORDS.has(first)
}

/** The name of a row that looks like a totals row ('' for numbers without a name), else null. */
export function summaryRowLabel(row: readonly string[], nameColumn: number): string | null {
  if (nameColumn < 0) return null
  const name = cellText(row[nameColumn])
  if (name) return isSummaryName(name) ? name : null
  // No name, and nothing but numbers (at least two): sums or averages under the table.
  let numbers = 0
  for (const cell of row) {
    const text = cellText(cell)
    if (text === '') continue
    if (!NUMBER.test(text)) return null
    numbers++
  }
  return numbers >= 2 ? '' : null
}

/** A totals row is noted and left out, unless the user keeps it; true when it is left out. */
export function leftOutAsSummary(input: DraftInput, acc: Accumulator, row: readonly string[], rowNumber: number) {
  const label = summaryRowLabel(row, input.column('name'))
  if (label === null) return false
  const kept = input.keepSummaryRows?.has(rowNumber) ?? false
  acc.summaryRows.push({ row: rowNumber, label, kept })
  // A row left out blocks nothing, not even with broken quoting.
  if (!kept) input.csvErrorRows.delete(rowNumber)
  return !kept
}

/**
 * Whether a row is imported. A row with a problem of its own (no name, a duplicate, broken
 * quoting) never is; one whose only problems are bad cells is when the user chose to leave those
 * cells not assessed. A row with problems is noted with its name either way.
 */
export function importsRow(
  input: DraftInput,
  acc: Accumulator,
  rowNumber: number,
  name: string,
  rowClean: boolean,
  cellsClean: boolean,
): boolean {
  if (rowClean && cellsClean) return true
  input.problems.markRow(rowNumber)
  acc.problemRowNames[rowNumber] = name
  if (!rowClean || !input.blankBadCells) return false
  acc.blankedRows.push(rowNumber)
  return true
}
