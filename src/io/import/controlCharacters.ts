import { hasControlCharacters, withoutControlCharacters } from '../../domain/text'
import type { Layout } from '../detect'
import { isBlankRow } from '../detect'
import type { ColumnInfo, ColumnRole } from '../types'
import type { Problems } from './problems'
import { problem } from './problems'

/** The text columns of each format; a level cell with a control character is not a level, and says so. */
const TEXT_ROLES: readonly ColumnRole[] = ['name', 'email', 'team', 'title', 'category', 'skill']

/**
 * NUL and other control characters are stripped from what is imported (cellText); each cell that
 * held one is a warning naming it, so the user knows the text they see is not quite the file's.
 */
export function controlCharacterWarnings(
  rows: readonly (readonly string[])[],
  layout: Layout,
  columns: ColumnInfo[],
  problems: Problems,
) {
  if (layout.headerIndex < 0) return
  const warn = (rowIndex: number, column: ColumnInfo | undefined, raw: string) => {
    problems.add(
      problem('controlCharacters', {
        row: rowIndex + 1,
        column: column ?? null,
        value: withoutControlCharacters(raw),
        severity: 'warning',
      }),
    )
  }
  for (const rowIndex of [layout.categoryIndex, layout.headerIndex]) {
    if (rowIndex === null) continue
    ;(rows[rowIndex] ?? []).forEach((raw, i) => {
      if (hasControlCharacters(raw)) warn(rowIndex, columns[i], raw)
    })
  }
  const textColumns = columns.filter(
    (c) => TEXT_ROLES.includes(c.role) && (layout.format !== 'wide' || c.role !== 'skill'),
  )
  if (textColumns.length === 0) return
  for (let i = layout.headerIndex + 1; i < rows.length; i++) {
    const row = rows[i] ?? []
    if (isBlankRow(row)) continue
    for (const column of textColumns) {
      const raw = row[column.index]
      if (raw !== undefined && hasControlCharacters(raw)) warn(i, column, raw)
    }
  }
}
