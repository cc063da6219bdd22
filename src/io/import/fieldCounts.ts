import type { Layout } from '../detect'
import { isBlankRow } from '../detect'
import type { Delimiter } from '../types'
import { DELIMITERS } from '../types'
import type { Problems } from './problems'
import { problem } from './problems'

/** How many fields `text` splits into by `delimiter`, outside quotes. */
function fieldsBy(text: string, delimiter: Delimiter): number {
  let fields = 1
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && char === delimiter) fields++
  }
  return fields
}

/** A row longer than the header only by blank cells (a trailing delimiter) fits it. */
function fits(row: readonly string[], width: number): boolean {
  if (row.length === width) return true
  return row.length > width && row.slice(width).every((cell) => cell.trim() === '')
}

/**
 * A data row whose field count differs from the header's is a problem of its row (one with a
 * mixed-in delimiter would otherwise import "Ann,ann@x.org,T,3" as a name): it names the counts and,
 * when another delimiter would split the row into the header's fields, that delimiter. Gives the rows.
 */
export function fieldCountRows(
  rows: readonly (readonly string[])[],
  layout: Layout,
  delimiter: Delimiter,
  skip: ReadonlySet<number>,
  problems: Problems,
): Set<number> {
  const flagged = new Set<number>()
  const width = layout.headers.length
  if (layout.headerIndex < 0 || width < 2 || layout.format === 'self') return flagged
  for (let i = layout.headerIndex + 1; i < rows.length; i++) {
    const row = rows[i] ?? []
    const rowNumber = i + 1
    if (skip.has(rowNumber) || isBlankRow(row) || fits(row, width)) continue
    const text = row.join(delimiter)
    const other = DELIMITERS.find((d) => d !== delimiter && fieldsBy(text, d) === width)
    const fields = other
      ? { found: row.length, expected: width, delimiter: other }
      : { found: row.length, expected: width }
    problems.add(
      problem(other ? 'fieldCountDelimiter' : 'fieldCount', {
        row: rowNumber,
        value: text.replace(/\r?\n/g, ' ⏎ '),
        fields,
      }),
    )
    flagged.add(rowNumber)
  }
  return flagged
}
