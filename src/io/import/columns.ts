import type { Layout } from '../detect'
import { columnLetter } from '../headers'
import type { ColumnInfo, ColumnRole, DraftOptions } from '../types'
import { LONG_ROLES, WIDE_ROLES } from '../types'

/** The roles the user chose, when they fit this file's columns and format; else the detected ones. */
export function chosenRoles(layout: Layout, options: DraftOptions): readonly ColumnRole[] {
  const allowed = layout.format === 'wide' ? WIDE_ROLES : LONG_ROLES
  const chosen = options.columns
  if (chosen && chosen.length === layout.headers.length && chosen.every((role) => allowed.includes(role))) return chosen
  return layout.roles
}

export function columnInfos(layout: Layout, roles: readonly ColumnRole[]): ColumnInfo[] {
  return layout.headers.map((header, index) => ({
    index,
    letter: columnLetter(index),
    header,
    role: roles[index] ?? 'ignore',
    detectedRole: layout.roles[index] ?? 'ignore',
    category: layout.categories[index] ?? '',
  }))
}
