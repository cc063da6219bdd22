import { INTEREST_UNSET, NOT_ASSESSED } from '../domain/scale'
import { nameKey } from '../domain/text'
import type { CsvTable } from './csv'
import { cellText, detectLayout, isBlankRow, type Layout } from './detect'
import { columnLetter } from './headers'
import {
  createLevelReader,
  interestOfCode,
  levelOfCode,
  NUMERIC_FLAG,
  OFF_SCALE,
  OFF_SCALE_FLAG,
  OUTSIDE_SOURCE_SCALE,
  suggestScale,
  UNKNOWN_WORD,
  type LevelReader,
} from './levels'
import type {
  ColumnInfo,
  ColumnRole,
  Delimiter,
  ImportDraft,
  ImportProblem,
  DraftContext,
  DraftPerson,
  DraftSkill,
  DraftOptions,
  ProblemCode,
  TextEncodingName,
} from './types'
import { LONG_ROLES, WIDE_ROLES } from './types'

export interface ReadTable extends CsvTable {
  encoding: TextEncodingName
  bom: boolean
  delimiter: Delimiter
}

/** More problems than this are counted but not kept: a preview cannot show 500,000 of them. */
export const MAX_LISTED_PROBLEMS = 5000
const SINGLE_ROLES: readonly ColumnRole[] = ['name', 'email', 'team', 'title', 'category', 'level', 'interest']

class Problems {
  readonly list: ImportProblem[] = []
  total = 0
  readonly rowsWithErrors: number[] = []
  headerBlocked = false

  add(problem: ImportProblem) {
    this.total++
    if (problem.severity === 'error' && !problem.skippable) this.headerBlocked = true
    if (this.list.length < MAX_LISTED_PROBLEMS) this.list.push(problem)
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

function problem(
  code: ProblemCode,
  fields: { row: number | null; column?: ColumnInfo | null; value?: string; otherRow?: number; severity?: 'error' | 'warning'; skippable?: boolean },
): ImportProblem {
  const result: ImportProblem = {
    code,
    severity: fields.severity ?? 'error',
    row: fields.row,
    column: fields.column?.header ?? '',
    columnLetter: fields.column?.letter ?? '',
    value: fields.value ?? '',
    skippable: fields.skippable ?? fields.row !== null,
  }
  if (fields.otherRow !== undefined) result.otherRow = fields.otherRow
  return result
}

const LEVEL_PROBLEM: Record<number, ProblemCode> = {
  [UNKNOWN_WORD]: 'unknownLevel',
  [OFF_SCALE]: 'levelOutOfScale',
  [OUTSIDE_SOURCE_SCALE]: 'outsideSourceScale',
}

/** Finds the same person twice: same email, or same name where one of the two has no email. */
class PersonIndex {
  private byEmail = new Map<string, number>()
  private byName = new Map<string, number>()
  private byNameWithoutEmail = new Map<string, number>()

  /** The index an earlier entry got, or undefined; `add` registers a new one. `key` is the name's nameKey. */
  find(key: string, email: string): number | undefined {
    if (email) return this.byEmail.get(email) ?? this.byNameWithoutEmail.get(key)
    return this.byName.get(key)
  }

  add(key: string, email: string, value: number) {
    if (email) this.byEmail.set(email, value)
    else if (!this.byNameWithoutEmail.has(key)) this.byNameWithoutEmail.set(key, value)
    if (!this.byName.has(key)) this.byName.set(key, value)
  }
}

interface Accumulator {
  people: DraftPerson[]
  skills: DraftSkill[]
  levels: Uint8Array
  interest: Uint8Array
  dataRows: number
  numericCells: number
  offScaleCells: number
}

interface DraftInput {
  rows: readonly (readonly string[])[]
  layout: Layout
  columns: ColumnInfo[]
  reader: LevelReader
  problems: Problems
  csvErrorRows: Set<number>
  column: (role: ColumnRole) => number
}

const emailOf = (raw: string | undefined) => cellText(raw).toLowerCase()
/** Skill and category names: runs of spaces and line breaks become one space ("Grant  writing"). */
const oneLine = (text: string) => text.replace(/\s+/g, ' ')

function readLevelCells(
  input: DraftInput,
  row: readonly string[],
  rowNumber: number,
  skillColumns: readonly number[],
  levels: Uint8Array,
  interest: Uint8Array,
  offset: number,
  acc: Accumulator,
): boolean {
  let clean = true
  for (let k = 0; k < skillColumns.length; k++) {
    const column = skillColumns[k] ?? 0
    const raw = row[column] ?? ''
    const code = input.reader.read(raw)
    if (code < 0) {
      if (code === OFF_SCALE) acc.offScaleCells++
      if (code !== UNKNOWN_WORD) acc.numericCells++
      input.problems.add(problem(LEVEL_PROBLEM[code] ?? 'unknownLevel', { row: rowNumber, column: input.columns[column], value: raw.trim() }))
      clean = false
      continue
    }
    if (code & NUMERIC_FLAG) acc.numericCells++
    if (code & OFF_SCALE_FLAG) acc.offScaleCells++
    levels[offset + k] = levelOfCode(code)
    interest[offset + k] = interestOfCode(code)
  }
  return clean
}

function readWide(input: DraftInput, acc: Accumulator) {
  const { rows, layout, columns, problems } = input
  const skillColumns = columns.filter((c) => c.role === 'skill').map((c) => c.index)
  acc.skills = skillColumns.map((index) => ({ name: oneLine(columns[index]?.header ?? ''), category: oneLine(layout.categories[index] ?? ''), column: index }))
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
    if (isBlankRow(row)) continue
    acc.dataRows++
    const rowNumber = i + 1
    const name = cellText(row[nameColumn])
    const email = emailOf(row[emailColumn])
    let clean = !input.csvErrorRows.has(rowNumber)
    // Without a name column the header problem says it once, not once per row.
    if (!name && nameColumn >= 0) {
      problems.add(problem('missingName', { row: rowNumber, column: columns[nameColumn] }))
      clean = false
    }
    const key = nameKey(name)
    const earlier = name ? index.find(key, email) : undefined
    if (earlier !== undefined) {
      problems.add(problem('duplicatePerson', { row: rowNumber, column: columns[email && emailColumn >= 0 ? emailColumn : nameColumn], value: email || name, otherRow: earlier }))
      clean = false
    } else if (name) index.add(key, email, rowNumber)
    rowLevels.fill(NOT_ASSESSED)
    rowInterest.fill(INTEREST_UNSET)
    if (!readLevelCells(input, row, rowNumber, skillColumns, rowLevels, rowInterest, 0, acc)) clean = false
    // A row with a problem is never imported: it blocks the import, or is skipped.
    if (!clean) {
      problems.markRow(rowNumber)
      continue
    }
    const offset = acc.people.length * width
    acc.levels.set(rowLevels, offset)
    acc.interest.set(rowInterest, offset)
    acc.people.push({ row: rowNumber, name, email, team: cellText(row[input.column('team')]), title: cellText(row[input.column('title')]) })
  }
  acc.levels = acc.levels.slice(0, acc.people.length * width)
  acc.interest = acc.interest.slice(0, acc.people.length * width)
}

function readLong(input: DraftInput, acc: Accumulator) {
  const { rows, layout, columns, problems, reader } = input
  const col = {
    name: input.column('name'),
    email: input.column('email'),
    team: input.column('team'),
    title: input.column('title'),
    category: input.column('category'),
    skill: input.column('skill'),
    level: input.column('level'),
    interest: input.column('interest'),
  }
  const count = Math.max(0, rows.length - layout.headerIndex - 1)
  const cellPerson = new Int32Array(count)
  const cellSkill = new Int32Array(count)
  const cellRow = new Int32Array(count)
  const cellLevel = new Uint8Array(count)
  const cellInterest = new Uint8Array(count)
  let cells = 0
  const index = new PersonIndex()
  const skillIndex = new Map<string, number>()
  const level = new Uint8Array(1)
  const markInterest = new Uint8Array(1)
  for (let i = layout.headerIndex + 1; i < rows.length; i++) {
    const row = rows[i] ?? []
    if (isBlankRow(row)) continue
    acc.dataRows++
    const rowNumber = i + 1
    const name = cellText(row[col.name])
    const email = emailOf(row[col.email])
    const skill = cellText(row[col.skill])
    let clean = !input.csvErrorRows.has(rowNumber)
    if (!name && col.name >= 0) {
      problems.add(problem('missingName', { row: rowNumber, column: columns[col.name] }))
      clean = false
    }
    const levelRaw = row[col.level] ?? ''
    const interestRaw = row[col.interest] ?? ''
    // A row with a person and nothing else lists the person (an export keeps unrated people so).
    const personOnly = !skill && cellText(levelRaw) === '' && cellText(interestRaw) === ''
    if (!skill && !personOnly && col.skill >= 0) {
      problems.add(problem('missingSkill', { row: rowNumber, column: columns[col.skill], value: levelRaw.trim() }))
      clean = false
    }
    level[0] = NOT_ASSESSED
    markInterest[0] = INTEREST_UNSET
    if (!readLevelCells(input, row, rowNumber, [col.level], level, markInterest, 0, acc)) clean = false
    let interest = reader.readInterest(interestRaw)
    if (interest < 0) {
      problems.add(problem('unknownInterest', { row: rowNumber, column: columns[col.interest], value: interestRaw.trim() }))
      clean = false
    } else if (interest === INTEREST_UNSET) interest = markInterest[0] ?? INTEREST_UNSET
    // A row with a problem is never imported: it blocks the import, or is skipped.
    if (!clean) {
      problems.markRow(rowNumber)
      continue
    }
    const key = nameKey(name)
    let person = index.find(key, email)
    if (person === undefined) {
      person = acc.people.length
      acc.people.push({ row: rowNumber, name, email, team: '', title: '' })
    }
    index.add(key, email, person)
    const entry = acc.people[person]
    if (entry) {
      // Team and title: a later non-blank value wins, as ratings do; the email is the first one.
      const team = cellText(row[col.team])
      const title = cellText(row[col.title])
      if (email && !entry.email) entry.email = email
      if (team) entry.team = team
      if (title) entry.title = title
    }
    if (personOnly) continue
    const skillKey = nameKey(skill)
    let skillAt = skillIndex.get(skillKey)
    if (skillAt === undefined) {
      skillAt = acc.skills.length
      skillIndex.set(skillKey, skillAt)
      acc.skills.push({ name: oneLine(skill), category: oneLine(cellText(row[col.category])), column: -1 })
    } else {
      const known = acc.skills[skillAt]
      if (known && !known.category) known.category = oneLine(cellText(row[col.category]))
    }
    cellPerson[cells] = person
    cellSkill[cells] = skillAt
    cellRow[cells] = rowNumber
    cellLevel[cells] = level[0] ?? NOT_ASSESSED
    cellInterest[cells] = interest
    cells++
  }
  const width = acc.skills.length
  acc.levels = new Uint8Array(acc.people.length * width).fill(NOT_ASSESSED)
  acc.interest = new Uint8Array(acc.people.length * width).fill(INTEREST_UNSET)
  const rowOfCell = new Int32Array(acc.people.length * width)
  for (let c = 0; c < cells; c++) {
    const at = (cellPerson[c] ?? 0) * width + (cellSkill[c] ?? 0)
    const earlier = rowOfCell[at] ?? 0
    if (earlier > 0) {
      const skill = acc.skills[cellSkill[c] ?? 0]?.name ?? ''
      const person = acc.people[cellPerson[c] ?? 0]?.name ?? ''
      problems.add(problem('laterRowWins', { row: cellRow[c] ?? 0, column: columns[col.skill], value: `${person} × ${skill}`, otherRow: earlier, severity: 'warning' }))
    }
    rowOfCell[at] = cellRow[c] ?? 0
    acc.levels[at] = cellLevel[c] ?? NOT_ASSESSED
    acc.interest[at] = cellInterest[c] ?? INTEREST_UNSET
  }
}

function columnInfos(layout: Layout, roles: readonly ColumnRole[]): ColumnInfo[] {
  return layout.headers.map((header, index) => ({
    index,
    letter: columnLetter(index),
    header,
    role: roles[index] ?? 'ignore',
    detectedRole: layout.roles[index] ?? 'ignore',
    category: layout.categories[index] ?? '',
  }))
}

function chosenRoles(layout: Layout, options: DraftOptions): readonly ColumnRole[] {
  const allowed = layout.format === 'wide' ? WIDE_ROLES : LONG_ROLES
  const chosen = options.columns
  if (chosen && chosen.length === layout.headers.length && chosen.every((role) => allowed.includes(role))) return chosen
  return layout.roles
}

function headerProblems(layout: Layout, columns: ColumnInfo[], problems: Problems) {
  const headerRow = layout.headerIndex + 1
  const seenRoles = new Map<ColumnRole, ColumnInfo>()
  const seenSkills = new Map<string, ColumnInfo>()
  for (const column of columns) {
    if (SINGLE_ROLES.includes(column.role) || (layout.format !== 'wide' && column.role === 'skill')) {
      if (seenRoles.has(column.role)) problems.add(problem('duplicateRole', { row: headerRow, column, value: column.role, skippable: false }))
      else seenRoles.set(column.role, column)
    } else if (column.role === 'skill') {
      const key = nameKey(column.header)
      const first = seenSkills.get(key)
      if (first) problems.add(problem('duplicateSkillColumn', { row: headerRow, column, value: column.header, skippable: false }))
      else seenSkills.set(key, column)
    }
  }
  const need: ColumnRole[] = layout.format === 'wide' ? ['name'] : ['name', 'skill', 'level']
  const codes: Partial<Record<ColumnRole, ProblemCode>> = { name: 'noNameColumn', skill: 'noSkillColumn', level: 'noLevelColumn' }
  for (const role of need) {
    if (!seenRoles.has(role)) problems.add(problem(codes[role] ?? 'noNameColumn', { row: headerRow, skippable: false }))
  }
  if (layout.format === 'wide' && seenSkills.size === 0) problems.add(problem('noSkillColumn', { row: headerRow, skippable: false }))
  if (layout.guessedNameColumn !== null && columns[layout.guessedNameColumn]?.role === 'name') {
    problems.add(problem('nameColumnGuessed', { row: headerRow, column: columns[layout.guessedNameColumn], severity: 'warning', skippable: false }))
  }
  for (const index of layout.textColumns) {
    if (columns[index]?.role === 'ignore') problems.add(problem('textColumnIgnored', { row: headerRow, column: columns[index], severity: 'warning', skippable: false }))
  }
  for (const index of layout.blankHeaderColumns) {
    if (columns[index]?.role === 'ignore') problems.add(problem('blankHeaderIgnored', { row: headerRow, column: columns[index], severity: 'warning', skippable: false }))
  }
}

/**
 * Rows → a validated import draft: people, skills, packed levels and every problem, each naming
 * the row the spreadsheet shows, the column and the value. Pure: nothing is written anywhere.
 */
export function buildImportDraft(table: ReadTable, options: DraftOptions, context: DraftContext): ImportDraft {
  const layout = detectLayout(table.rows, context, options.format, new Set(table.errors.map((error) => error.record)))
  const roles = chosenRoles(layout, options)
  const columns = columnInfos(layout, roles)
  const problems = new Problems()
  const scale = options.scale ?? null
  const reader = createLevelReader(context, scale)
  const csvErrorRows = new Set<number>()
  for (const error of table.errors) {
    const row = error.record + 1
    csvErrorRows.add(row)
    const text = (table.rows[error.record] ?? []).join(table.delimiter).replace(/\r?\n/g, ' ⏎ ')
    problems.add(problem('malformedCsv', { row, value: text.length > 80 ? `${text.slice(0, 80)}…` : text }))
  }
  headerProblems(layout, columns, problems)
  if (layout.headerIndex >= 0 && table.rows.slice(layout.headerIndex + 1).every((row) => isBlankRow(row))) {
    problems.add(problem('noData', { row: null, skippable: false }))
  }
  const acc: Accumulator = {
    people: [],
    skills: [],
    levels: new Uint8Array(0),
    interest: new Uint8Array(0),
    dataRows: 0,
    numericCells: 0,
    offScaleCells: 0,
  }
  const input: DraftInput = {
    rows: table.rows,
    layout,
    columns,
    reader,
    problems,
    csvErrorRows,
    column: (role) => roles.indexOf(role),
  }
  if (layout.headerIndex >= 0) {
    if (layout.format === 'wide') readWide(input, acc)
    else readLong(input, acc)
  }
  // Rows with only a quoting error and nothing else: still skipped/blocked.
  for (const row of csvErrorRows) if (!problems.rowsWithErrors.includes(row)) problems.rowsWithErrors.push(row)
  problems.rowsWithErrors.sort((a, b) => a - b)

  const seen = reader.numbers()
  const numbers = seen ? { ...seen, offScaleCells: acc.offScaleCells, numericCells: acc.numericCells } : null
  const suggestedScale = numbers ? suggestScale(numbers) : null
  if (numbers && scale === null && suggestedScale !== null) {
    problems.addFirst(problem('scaleSuggested', { row: null, value: `${numbers.min}–${numbers.max}`, severity: 'warning', skippable: false }))
  }
  const counts = new Uint32Array(256)
  for (let i = 0; i < acc.levels.length; i++) {
    const level = acc.levels[i] ?? NOT_ASSESSED
    counts[level] = (counts[level] ?? 0) + 1
  }
  const levelCounts = [...counts.subarray(0, 5)]

  return {
    encoding: table.encoding,
    bom: table.bom,
    delimiter: table.delimiter,
    format: layout.format,
    headerRow: layout.headerIndex + 1,
    categoryRow: layout.categoryIndex === null ? null : layout.categoryIndex + 1,
    columns,
    skills: acc.skills,
    people: acc.people,
    fields: { email: roles.includes('email'), team: roles.includes('team'), title: roles.includes('title') },
    levels: acc.levels,
    interest: acc.interest,
    problems: problems.list,
    problemTotal: problems.total,
    problemRows: problems.rowsWithErrors,
    skippedRows: options.skipProblemRows ? problems.rowsWithErrors : [],
    headerBlocked: problems.headerBlocked,
    numbers,
    suggestedScale,
    appliedScale: scale,
    levelCounts,
    dataRows: acc.dataRows,
  }
}
