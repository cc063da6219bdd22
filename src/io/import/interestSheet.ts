import { looseKey } from '../../domain/text'
import { cellText } from '../detect'
import type { LevelReader } from '../levels'
import type { ColumnInfo } from '../types'

/** Names of a sheet holding the interest beside a matrix sheet (the matrix workbook writes "Interest"). */
const INTEREST_SHEET_NAMES = new Set(['interest', 'интерес'].map(looseKey))

/** The workbook's interest sheet for the sheet being read, if it has one (never that sheet itself). */
export function interestSheetName(sheets: readonly string[], reading: string): string | null {
  return sheets.find((name) => name !== reading && INTEREST_SHEET_NAMES.has(looseKey(name))) ?? null
}

/** Interest 0–2, INTEREST_UNSET for blank, -1 for a word it does not know; one parse per distinct text. */
export function cachedInterestReader(reader: LevelReader): (raw: string) => number {
  const cache = new Map<string, number>()
  return (raw) => {
    let value = cache.get(raw)
    if (value === undefined) {
      value = reader.readInterest(raw)
      cache.set(raw, value)
    }
    return value
  }
}

/** The first cell (row 1-based, column 0-based) where the interest sheet does not line up, with its text there. */
export interface InterestMismatch {
  row: number
  column: number
  value: string
}

/**
 * An interest sheet lines up with the wide sheet being read when it has the same header rows, the
 * same person (name and email) in every row, and in each skill cell an interest word or nothing.
 * A sheet sorted or edited on its own does not: its interest would land on the wrong people.
 */
export function interestSheetMismatch(
  rows: readonly (readonly string[])[],
  interestRows: readonly (readonly string[])[],
  headerIndex: number,
  columns: readonly ColumnInfo[],
  readInterest: (raw: string) => number,
): InterestMismatch | null {
  const width = Math.max(columns.length, ...interestRows.slice(0, headerIndex + 1).map((row) => row.length))
  const differs = (i: number, c: number) => cellText(rows[i]?.[c]) !== cellText(interestRows[i]?.[c])
  const at = (i: number, c: number): InterestMismatch => ({ row: i + 1, column: c, value: interestRows[i]?.[c] ?? '' })
  for (let i = 0; i <= headerIndex; i++) for (let c = 0; c < width; c++) if (differs(i, c)) return at(i, c)
  const personColumns = columns.filter((c) => c.role === 'name' || c.role === 'email').map((c) => c.index)
  const skillColumns = columns.filter((c) => c.role === 'skill').map((c) => c.index)
  for (let i = headerIndex + 1; i < Math.max(rows.length, interestRows.length); i++) {
    for (const c of personColumns) if (differs(i, c)) return at(i, c)
    const row = interestRows[i]
    if (row) for (const c of skillColumns) if (readInterest(row[c] ?? '') < 0) return at(i, c)
  }
  return null
}
