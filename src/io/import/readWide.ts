import { INTEREST_UNSET, NOT_ASSESSED } from '../../domain/scale'
import { nameKey } from '../../domain/text'
import { cellText, isBlankRow } from '../detect'
import { emailOf, nameIsMissing, oneLine, readLevelCells } from './cells'
import type { Accumulator, DraftInput } from './draftInput'
import { PersonIndex } from './personIndex'
import { problem } from './problems'
import { importsRow, leftOutAsSummary } from './rowChoices'

/** A second row of the same person (same email, or same name where one has no email) is a problem of the later row. */
function isDuplicate(input: DraftInput, index: PersonIndex, name: string, email: string, rowNumber: number): boolean {
  if (!name) return false
  const key = nameKey(name)
  const earlier = index.find(key, email)
  if (earlier === undefined) {
    index.add(key, email, rowNumber)
    return false
  }
  const nameColumn = input.column('name')
  const emailColumn = input.column('email')
  const column = input.columns[email && emailColumn >= 0 ? emailColumn : nameColumn]
  input.problems.add(problem('duplicatePerson', { row: rowNumber, column, value: email || name, otherRow: earlier }))
  return true
}

/** The interest of a row from the interest sheet (checked beforehand to hold only interest words). */
function readInterestRow(
  read: ((raw: string) => number) | undefined,
  row: readonly string[],
  skillColumns: readonly number[],
  rowInterest: Uint8Array,
) {
  if (!read) return
  for (let k = 0; k < skillColumns.length; k++) {
    const value = read(row[skillColumns[k] ?? -1] ?? '')
    if (value >= 0 && value !== INTEREST_UNSET) rowInterest[k] = value
  }
}

/** A wide file: one row per person, one column per skill. */
export function readWide(input: DraftInput, acc: Accumulator) {
  const { rows, layout, columns } = input
  const skillColumns = columns.filter((c) => c.role === 'skill').map((c) => c.index)
  acc.skills = skillColumns.map((index) => ({
    name: oneLine(columns[index]?.header ?? ''),
    category: oneLine(layout.categories[index] ?? ''),
    column: index,
  }))
  const width = skillColumns.length
  const capacity = Math.max(0, rows.length - layout.headerIndex - 1)
  acc.levels = new Uint8Array(capacity * width).fill(NOT_ASSESSED)
  acc.interest = new Uint8Array(capacity * width).fill(INTEREST_UNSET)
  const rowLevels = new Uint8Array(width)
  const rowInterest = new Uint8Array(width)
  const nameColumn = input.column('name')
  const emailColumn = input.column('email')
  const index = new PersonIndex()
  for (let i = layout.headerIndex + 1; i < rows.length; i++) {
    const row = rows[i] ?? []
    const rowNumber = i + 1
    if (isBlankRow(row) || leftOutAsSummary(input, acc, row, rowNumber)) continue
    acc.dataRows++
    const name = cellText(row[nameColumn])
    const email = emailOf(row[emailColumn])
    let clean = !input.csvErrorRows.has(rowNumber)
    if (nameIsMissing(input, name, nameColumn, rowNumber)) clean = false
    if (isDuplicate(input, index, name, email, rowNumber)) clean = false
    rowLevels.fill(NOT_ASSESSED)
    rowInterest.fill(INTEREST_UNSET)
    const cellsClean = readLevelCells(input, row, rowNumber, skillColumns, rowLevels, rowInterest, 0, acc)
    const interestRow = input.interestSheet?.rows[i]
    if (interestRow) readInterestRow(input.interestSheet?.read, interestRow, skillColumns, rowInterest)
    // A row with a problem blocks the import, or is skipped, or (bad cells only) keeps the rest of its cells.
    if (!importsRow(input, acc, rowNumber, name, clean, cellsClean)) continue
    const offset = acc.people.length * width
    acc.levels.set(rowLevels, offset)
    acc.interest.set(rowInterest, offset)
    acc.people.push({
      row: rowNumber,
      name,
      email,
      team: cellText(row[input.column('team')]),
      title: cellText(row[input.column('title')]),
    })
  }
  acc.levels = acc.levels.slice(0, acc.people.length * width)
  acc.interest = acc.interest.slice(0, acc.people.length * width)
}
