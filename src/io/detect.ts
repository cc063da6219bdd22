import { nameKey, withoutControlCharacters } from '../domain/text'
import { unguardCell } from './csvText'
import { longRoleOf, personRoleOf, selfRoleOf } from './headers'
import { createLevelReader, UNKNOWN_WORD, type LevelReader } from './levels'
import type { ColumnRole, ImportFormat, DraftContext } from './types'

export interface Layout {
  format: ImportFormat
  /** Record index of the header row; -1 when the file has no rows. */
  headerIndex: number
  /** Record index of a category row above a wide header. */
  categoryIndex: number | null
  headers: string[]
  roles: ColumnRole[]
  /** Per column, the category from the category row, blank cells continuing the one to their left. */
  categories: string[]
  /** Column taken as the name column for want of a header saying so. */
  guessedNameColumn: number | null
  /** Columns ignored because their values are text, not levels. */
  textColumns: number[]
  /** Columns with values but no header, ignored. */
  blankHeaderColumns: number[]
}

/** A cell as the user meant it: without the formula guard and edge spaces. */
export const cellText = (raw: string | undefined): string =>
  raw === undefined ? '' : withoutControlCharacters(unguardCell(raw)).trim()

export const isBlankRow = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '')

const HEADER_SEARCH_ROWS = 10
/** A self-assessment form has its scale above the table: its header is searched further down. */
const SELF_HEADER_SEARCH_ROWS = 40
const SAMPLE_VALUES = 200

function headerScore(row: readonly string[]): number {
  return row.filter((cell) => longRoleOf(cellText(cell)) !== null).length
}

/** The header row: the one of the first rows naming the most known columns, else the first one. */
function findHeader(rows: readonly (readonly string[])[]): number {
  const candidates: number[] = []
  for (let i = 0; i < rows.length && candidates.length < HEADER_SEARCH_ROWS; i++) {
    if (!isBlankRow(rows[i] ?? [])) candidates.push(i)
  }
  let best = -1
  let bestScore = 0
  for (const index of candidates) {
    const score = headerScore(rows[index] ?? [])
    if (score > bestScore) {
      best = index
      bestScore = score
    }
  }
  if (best >= 0) return best
  const [first, second] = candidates
  if (first === undefined) return -1
  // Nothing known: a first row that leaves the first cell blank above a full row is a category row.
  const firstRow = rows[first] ?? []
  if (
    second !== undefined &&
    second === first + 1 &&
    cellText(firstRow[0]) === '' &&
    cellText(rows[second]?.[0]) !== ''
  )
    return second
  return first
}

/** Continues each category to the right over blank cells, as merged cells are exported. */
function fillCategories(row: readonly string[], width: number): string[] {
  const categories: string[] = []
  let current = ''
  for (let i = 0; i < width; i++) {
    const text = cellText(row[i])
    if (text) current = text
    categories.push(current)
  }
  return categories
}

/** A column whose first non-blank values are mostly not levels holds text (codes, notes), not a skill. */
function isTextColumn(
  rows: readonly (readonly string[])[],
  from: number,
  column: number,
  reader: LevelReader,
  brokenRecords: ReadonlySet<number>,
): boolean {
  let values = 0
  let text = 0
  for (let i = from; i < rows.length && values < SAMPLE_VALUES; i++) {
    // A record with broken quoting swallowed other rows: it says nothing about the column.
    if (brokenRecords.has(i)) continue
    const raw = rows[i]?.[column] ?? ''
    if (raw.trim() === '') continue
    values++
    if (reader.read(raw) === UNKNOWN_WORD) text++
  }
  return values > 0 && text / values >= 0.8
}

function hasValues(rows: readonly (readonly string[])[], from: number, column: number): boolean {
  for (let i = from; i < rows.length; i++) if ((rows[i]?.[column] ?? '').trim() !== '') return true
  return false
}

/** The row of a self-assessment form's header: a skill column and a "Your level" column; -1 when none. */
function findSelfHeader(rows: readonly (readonly string[])[]): number {
  for (let i = 0; i < Math.min(rows.length, SELF_HEADER_SEARCH_ROWS); i++) {
    const headers = (rows[i] ?? []).map((cell) => cellText(cell))
    const roles = headers.map((h) => longRoleOf(h))
    // The lead's level beside a self level is a long export (self_level), not a form.
    if (roles.includes('level') && roles.includes('selfLevel')) return -1
    if (headers.some((h) => selfRoleOf(h) === 'level') && roles.includes('skill')) return i
  }
  return -1
}

/** Roles of a form's columns: "Your level/interest" are read; the current level and interest beside them are not. */
function selfRoles(headers: readonly string[]): (ColumnRole | null)[] {
  const hasOwnColumns = headers.some((h) => selfRoleOf(h) !== null)
  return headers.map((header) => {
    const own = selfRoleOf(header)
    if (own) return own
    const role = longRoleOf(header)
    return hasOwnColumns && (role === 'level' || role === 'interest' || role === 'selfLevel') ? null : role
  })
}

export function detectLayout(
  rows: readonly (readonly string[])[],
  context: DraftContext,
  forcedFormat?: ImportFormat,
  brokenRecords: ReadonlySet<number> = new Set(),
): Layout {
  const selfHeader = forcedFormat === undefined || forcedFormat === 'self' ? findSelfHeader(rows) : -1
  const headerIndex = selfHeader >= 0 ? selfHeader : findHeader(rows)
  const headerRow = rows[headerIndex] ?? []
  const headers = headerRow.map((cell) => cellText(cell))
  const width = headers.length
  const longRoles = headers.map((header) => longRoleOf(header))
  const format: ImportFormat =
    forcedFormat ??
    (selfHeader >= 0 ? 'self' : longRoles.includes('skill') && longRoles.includes('level') ? 'long' : 'wide')
  const layout: Layout = {
    format,
    headerIndex,
    categoryIndex: null,
    headers,
    roles: [],
    categories: headers.map(() => ''),
    guessedNameColumn: null,
    textColumns: [],
    blankHeaderColumns: [],
  }
  const dataFrom = headerIndex + 1
  const reader = createLevelReader(context, null)
  const knownSkills = new Set((context.skillNames ?? []).map((name) => nameKey(name)).filter((key) => key !== ''))
  const taken = new Set<ColumnRole>()
  const claim = (role: ColumnRole | null): ColumnRole | null => {
    if (role === null || taken.has(role)) return null
    taken.add(role)
    return role
  }

  if (format === 'long') {
    layout.roles = longRoles.map((role) => claim(role) ?? 'ignore')
    return layout
  }
  if (format === 'self') {
    layout.roles = selfRoles(headers).map((role) => claim(role) ?? 'ignore')
    return layout
  }

  const above = headerIndex > 0 ? rows[headerIndex - 1] : undefined
  // The first column of each person field; a later "Mail" may well be a skill under a category.
  const personColumns = new Set<number>()
  const seen = new Set<ColumnRole>()
  headers.forEach((header, column) => {
    const role = personRoleOf(header)
    if (role && !seen.has(role)) {
      seen.add(role)
      personColumns.add(column)
    }
  })
  if (above && !isBlankRow(above) && above.every((cell, i) => cellText(cell) === '' || !personColumns.has(i))) {
    layout.categoryIndex = headerIndex - 1
    layout.categories = fillCategories(above, width)
  }

  layout.roles = headers.map((header, column) => {
    if (header === '') {
      if (hasValues(rows, dataFrom, column)) layout.blankHeaderColumns.push(column)
      return 'ignore'
    }
    // Under a category a column is a skill, even one called "Mail" or "Group".
    if (layout.categories[column]) return 'skill'
    const role = claim(personRoleOf(header))
    if (role) return role
    // A column headed with a skill of the workspace is that skill: a cell that is not a level is a problem of its row.
    if (knownSkills.has(nameKey(header))) return 'skill'
    if (isTextColumn(rows, dataFrom, column, reader, brokenRecords)) {
      layout.textColumns.push(column)
      return 'ignore'
    }
    return 'skill'
  })
  if (!taken.has('name')) {
    const guess = layout.textColumns.shift()
    if (guess !== undefined) {
      layout.roles[guess] = 'name'
      layout.guessedNameColumn = guess
    }
  }
  return layout
}
