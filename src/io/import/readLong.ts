import { INTEREST_UNSET, NOT_ASSESSED } from '../../domain/scale'
import { nameKey } from '../../domain/text'
import { cellText, isBlankRow } from '../detect'
import type { ColumnRole } from '../types'
import { emailOf, nameIsMissing, oneLine, readLevelCells } from './cells'
import type { Accumulator, DraftInput } from './draftInput'
import { PersonIndex } from './personIndex'
import { problem } from './problems'
import { importsRow, leftOutAsSummary } from './rowChoices'

type LongColumns = Record<Exclude<ColumnRole, 'ignore'>, number>

function longColumns(input: DraftInput): LongColumns {
  return {
    name: input.column('name'),
    email: input.column('email'),
    team: input.column('team'),
    title: input.column('title'),
    category: input.column('category'),
    skill: input.column('skill'),
    level: input.column('level'),
    interest: input.column('interest'),
    selfLevel: input.column('selfLevel'),
  }
}

/** One clean data row of a long file: a person, and a skill with its level unless it only lists the person. */
interface LongRow {
  rowNumber: number
  name: string
  email: string
  skill: string
  personOnly: boolean
  level: number
  interest: number
  self: number
}

/** The cells of every clean row, in file order; packed once all rows are read. */
class LongCells {
  readonly person: Int32Array
  readonly skill: Int32Array
  readonly row: Int32Array
  readonly level: Uint8Array
  readonly interest: Uint8Array
  readonly self: Uint8Array
  count = 0

  constructor(capacity: number, withSelf: boolean) {
    this.person = new Int32Array(capacity)
    this.skill = new Int32Array(capacity)
    this.row = new Int32Array(capacity)
    this.level = new Uint8Array(capacity)
    this.interest = new Uint8Array(capacity)
    this.self = new Uint8Array(withSelf ? capacity : 0)
  }

  push(person: number, skill: number, row: LongRow) {
    const at = this.count++
    this.person[at] = person
    this.skill[at] = skill
    this.row[at] = row.rowNumber
    this.level[at] = row.level
    this.interest[at] = row.interest
    if (this.self.length) this.self[at] = row.self
  }
}

/** Checks one row; its problems are listed and it gives null when it is not imported, else what it holds. `level` and `mark` are scratch space (two cells: the lead's, the self level). */
function readLongRow(
  input: DraftInput,
  acc: Accumulator,
  col: LongColumns,
  row: readonly string[],
  rowNumber: number,
  level: Uint8Array,
  mark: Uint8Array,
): LongRow | null {
  const { columns, problems, reader } = input
  const name = cellText(row[col.name])
  const email = emailOf(row[col.email])
  const skill = cellText(row[col.skill])
  let clean = !input.csvErrorRows.has(rowNumber)
  let cellsClean = true
  if (nameIsMissing(input, name, col.name, rowNumber)) clean = false
  const levelRaw = row[col.level] ?? ''
  const interestRaw = row[col.interest] ?? ''
  const selfRaw = row[col.selfLevel] ?? ''
  // A row with a person and nothing else lists the person (an export keeps unrated people so).
  const personOnly = !skill && cellText(levelRaw) === '' && cellText(interestRaw) === '' && cellText(selfRaw) === ''
  if (!skill && !personOnly && col.skill >= 0) {
    problems.add(problem('missingSkill', { row: rowNumber, column: columns[col.skill], value: levelRaw.trim() }))
    clean = false
  }
  level.fill(NOT_ASSESSED)
  mark.fill(INTEREST_UNSET)
  if (!readLevelCells(input, row, rowNumber, [col.level], level, mark, 0, acc)) cellsClean = false
  if (col.selfLevel >= 0 && !readLevelCells(input, row, rowNumber, [col.selfLevel], level, mark, 1, acc))
    cellsClean = false
  let interest = reader.readInterest(interestRaw)
  if (interest < 0) {
    problems.add(
      problem('unknownInterest', { row: rowNumber, column: columns[col.interest], value: interestRaw.trim() }),
    )
    cellsClean = false
    interest = INTEREST_UNSET
  } else if (interest === INTEREST_UNSET) interest = mark[0] ?? INTEREST_UNSET
  // A row with a problem blocks the import, or is skipped, or (bad cells only) keeps the rest of its cells.
  if (!importsRow(input, acc, rowNumber, name, clean, cellsClean)) return null
  const self = level[1] ?? NOT_ASSESSED
  return { rowNumber, name, email, skill, personOnly, level: level[0] ?? NOT_ASSESSED, interest, self }
}

/** The person of a row, added on first sight. Team and title: a later non-blank value wins, as ratings do; the email is the first one. */
function personOf(
  acc: Accumulator,
  index: PersonIndex,
  col: LongColumns,
  row: readonly string[],
  long: LongRow,
): number {
  const key = nameKey(long.name)
  let person = index.find(key, long.email)
  if (person === undefined) {
    person = acc.people.length
    acc.people.push({ row: long.rowNumber, name: long.name, email: long.email, team: '', title: '' })
  }
  index.add(key, long.email, person)
  const entry = acc.people[person]
  if (entry) {
    const team = cellText(row[col.team])
    const title = cellText(row[col.title])
    if (long.email && !entry.email) entry.email = long.email
    if (team) entry.team = team
    if (title) entry.title = title
  }
  return person
}

/** The skill of a row, added on first sight; a skill first seen without a category takes a later row's. */
function skillOf(
  acc: Accumulator,
  index: Map<string, number>,
  col: LongColumns,
  row: readonly string[],
  skill: string,
): number {
  const skillKey = nameKey(skill)
  let skillAt = index.get(skillKey)
  if (skillAt === undefined) {
    skillAt = acc.skills.length
    index.set(skillKey, skillAt)
    acc.skills.push({ name: oneLine(skill), category: oneLine(cellText(row[col.category])), column: -1 })
  } else {
    const known = acc.skills[skillAt]
    if (known && !known.category) known.category = oneLine(cellText(row[col.category]))
  }
  return skillAt
}

/** Packs the cells people × skills; a second cell of the same person and skill wins, with a warning. */
function packCells(input: DraftInput, acc: Accumulator, cells: LongCells, skillColumn: number) {
  const width = acc.skills.length
  acc.levels = new Uint8Array(acc.people.length * width).fill(NOT_ASSESSED)
  acc.interest = new Uint8Array(acc.people.length * width).fill(INTEREST_UNSET)
  const self = cells.self.length ? new Uint8Array(acc.people.length * width).fill(NOT_ASSESSED) : null
  if (self) acc.self = self
  const rowOfCell = new Int32Array(acc.people.length * width)
  for (let c = 0; c < cells.count; c++) {
    const at = (cells.person[c] ?? 0) * width + (cells.skill[c] ?? 0)
    const earlier = rowOfCell[at] ?? 0
    if (earlier > 0) {
      const skill = acc.skills[cells.skill[c] ?? 0]?.name ?? ''
      const person = acc.people[cells.person[c] ?? 0]?.name ?? ''
      input.problems.add(
        problem('laterRowWins', {
          row: cells.row[c] ?? 0,
          column: input.columns[skillColumn],
          value: `${person} × ${skill}`,
          otherRow: earlier,
          severity: 'warning',
        }),
      )
    }
    rowOfCell[at] = cells.row[c] ?? 0
    acc.levels[at] = cells.level[c] ?? NOT_ASSESSED
    acc.interest[at] = cells.interest[c] ?? INTEREST_UNSET
    if (self) self[at] = cells.self[c] ?? NOT_ASSESSED
  }
}

/** A long file: one row per person and skill (or per person only). */
export function readLong(input: DraftInput, acc: Accumulator) {
  const { rows, layout } = input
  const col = longColumns(input)
  const cells = new LongCells(Math.max(0, rows.length - layout.headerIndex - 1), col.selfLevel >= 0)
  const people = new PersonIndex()
  const skills = new Map<string, number>()
  const level = new Uint8Array(2)
  const mark = new Uint8Array(2)
  for (let i = layout.headerIndex + 1; i < rows.length; i++) {
    const row = rows[i] ?? []
    const rowNumber = i + 1
    if (isBlankRow(row) || leftOutAsSummary(input, acc, row, rowNumber)) continue
    acc.dataRows++
    const long = readLongRow(input, acc, col, row, rowNumber, level, mark)
    if (!long) continue
    const person = personOf(acc, people, col, row, long)
    if (long.personOnly) continue
    cells.push(person, skillOf(acc, skills, col, row, long.skill), long)
  }
  packCells(input, acc, cells, col.skill)
}
