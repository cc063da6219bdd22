import type { Delimiter } from './types'

// Spreadsheets run a cell starting with one of these as a formula (tab and CR too, per OWASP).
const FORMULA_START = /^'*[=+\-@\t\r]/
const GUARDED = /^'+[=+\-@\t\r]/

/**
 * Prefixes `'` to a cell a spreadsheet would run as a formula. A value that already looks
 * guarded gets one more `'`, so `unguardCell` gives every value back exactly.
 */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** Removes exactly the one `'` that `guardCell` added. */
export function unguardCell(value: string): string {
  return value.charCodeAt(0) === 39 && GUARDED.test(value) ? value.slice(1) : value
}

/** One CSV field: quoted when it holds the delimiter, a quote, a line break or edge spaces. A number is a value, written as it is. */
export function escapeCsvField(value: string | number, delimiter: Delimiter = ','): string {
  const guarded = typeof value === 'number' ? String(value) : guardCell(value)
  const needsQuotes =
    guarded.includes(delimiter) ||
    guarded.includes('"') ||
    guarded.includes('\n') ||
    guarded.includes('\r') ||
    guarded !== guarded.trim()
  return needsQuotes ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

export const UTF8_BOM = '\uFEFF'

/** Rows → CSV text with CRLF line ends (what Excel writes), every field guarded and escaped. */
export function buildCsv(rows: readonly (readonly (string | number)[])[], delimiter: Delimiter = ','): string {
  let out = ''
  for (const row of rows) {
    let line = ''
    for (let i = 0; i < row.length; i++) {
      if (i > 0) line += delimiter
      line += escapeCsvField(row[i] ?? '', delimiter)
    }
    out += `${line}\r\n`
  }
  return out
}
