import type { Cell, Style, Worksheet } from 'exceljs'
import { computeCoverage, type CoverageStatus } from '../domain/coverage'
import { NOT_ASSESSED, INTEREST_UNSET } from '../domain/scale'
import { effectiveData } from '../domain/sources'
import type { WorkspaceData } from '../domain/types'
import { byOrder } from '../domain/order'
import { interestWord, orderedSkills, WIDE_PERSON_HEADER } from './exportCsv'

/** The app's heat map (styles: --lvl-0 … --lvl-4) as ARGB fills, with a text colour each. */
const LEVEL_FILL = ['FFECEFF3', 'FFFBE3C6', 'FFF6CF72', 'FF8FD19E', 'FF2E8B57'] as const
const LEVEL_FONT = ['FF47505F', 'FF5A3A12', 'FF4A3500', 'FF0F3D1E', 'FFFFFFFF'] as const

/**
 * One style object per level, shared by every cell of that level: exceljs remembers a style by
 * object identity, so 500,000 cells cost five style lookups, not 500,000 (2.5× faster writes).
 */
const LEVEL_STYLE: readonly Partial<Style>[] = LEVEL_FILL.map((argb, level) => ({
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } },
  font: { color: { argb: LEVEL_FONT[level] ?? LEVEL_FONT[0] } },
  alignment: { horizontal: 'center' },
}))
/** "Not assessed": blank, on a grey hatch. */
const NOT_ASSESSED_STYLE: Partial<Style> = {
  fill: { type: 'pattern', pattern: 'lightUp', fgColor: { argb: 'FFB8BEC8' }, bgColor: { argb: 'FFF4F5F7' } },
}
const INTEREST_STYLE: Partial<Style> = { alignment: { horizontal: 'center' } }

/** The sheet beside Matrix holding each cell's interest as a word; the import reads it back. */
export const INTEREST_SHEET = 'Interest'

const STATUS_WORDS: Record<'en' | 'ru', Record<CoverageStatus, string>> = {
  en: { uncovered: 'uncovered', 'at-risk': 'at risk', covered: 'covered', 'not-needed': 'not needed' },
  ru: { uncovered: 'не покрыт', 'at-risk': 'под угрозой', covered: 'покрыт', 'not-needed': 'не нужен' },
}
const COVERAGE_HEADER = {
  en: ['Category', 'Skill', 'Status', 'Holders', 'Target level', 'Target people', 'Missing holders'],
  ru: ['Категория', 'Навык', 'Статус', 'Носители', 'Целевой уровень', 'Нужно людей', 'Не хватает носителей'],
} as const

/** A plan to put on its own sheet: its header and rows as the plan page words them. */
export interface PlanSheet {
  header: readonly string[]
  rows: readonly (readonly (string | number)[])[]
  /** A line above the table, e.g. that the data changed since the plan was made. */
  note?: string
}

/**
 * User text always as a string cell, never a formula: exceljs writes a string value as an inline
 * or shared string, and only `{ formula }` values as formulas, so `=HYPERLINK(…)` stays text.
 */
function text(cell: Cell, value: string) {
  cell.value = value
}

type OrderedSkills = ReturnType<typeof orderedSkills>

/** Rows 1–2 of the Matrix and Interest sheets: categories merged over their skills, then the header. */
function headerRows(sheet: Worksheet, skills: OrderedSkills) {
  const first = WIDE_PERSON_HEADER.length
  const categoryRow = sheet.getRow(1)
  const headerRow = sheet.getRow(2)
  WIDE_PERSON_HEADER.forEach((name, i) => text(headerRow.getCell(i + 1), name))
  // The category over its skills: one merged cell per run of the same category.
  let start = 0
  skills.forEach(({ skill, category }, i) => {
    text(headerRow.getCell(first + i + 1), skill.name)
    const next = skills[i + 1]
    if (next && next.category?.id === category?.id) return
    const from = first + start + 1
    const to = first + i + 1
    text(categoryRow.getCell(from), category?.name ?? '')
    if (to > from) sheet.mergeCells(1, from, 1, to)
    start = i + 1
  })
  headerRow.font = { bold: true }
  categoryRow.font = { bold: true }
  categoryRow.alignment = { horizontal: 'center' }
}

/** The person columns of a row (Name, Email, Team, Title). */
function personCells(sheet: Worksheet, rowNumber: number, person: WorkspaceData['people'][number]) {
  const row = sheet.getRow(rowNumber)
  text(row.getCell(1), person.name)
  text(row.getCell(2), person.email)
  text(row.getCell(3), person.team)
  text(row.getCell(4), person.title)
  return row
}

/** Frozen names and header, an autofilter over the table, wide name and email columns. */
function tableLayout(sheet: Worksheet, people: number, skills: number) {
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }]
  sheet.autoFilter = {
    from: { row: 2, column: 1 },
    to: { row: Math.max(2, people + 2), column: WIDE_PERSON_HEADER.length + skills },
  }
  sheet.getColumn(1).width = 28
  sheet.getColumn(2).width = 28
}

/** Levels as numbers, coloured like the heat map; "not assessed" blank on a hatch. */
function matrixSheet(sheet: Worksheet, data: WorkspaceData, skills: OrderedSkills) {
  const first = WIDE_PERSON_HEADER.length
  headerRows(sheet, skills)
  const people = byOrder(data.people)
  people.forEach((person, p) => {
    const row = personCells(sheet, p + 3, person)
    const levels = data.ratings.get(person.id)?.levels
    skills.forEach(({ skill }, k) => {
      const cell = row.getCell(first + k + 1)
      const level = levels?.[skill.slot] ?? NOT_ASSESSED
      const style = level === NOT_ASSESSED ? NOT_ASSESSED_STYLE : LEVEL_STYLE[level]
      if (!style) return
      if (level !== NOT_ASSESSED) cell.value = level
      cell.style = style
    })
  })
  tableLayout(sheet, people.length, skills.length)
}

/** The same shape as Matrix, each cell the interest as a word (blank when not asked). */
function interestSheet(sheet: Worksheet, data: WorkspaceData, skills: OrderedSkills, locale: 'en' | 'ru') {
  const first = WIDE_PERSON_HEADER.length
  headerRows(sheet, skills)
  const words = [0, 1, 2].map((interest) => interestWord(interest, locale))
  const people = byOrder(data.people)
  people.forEach((person, p) => {
    const row = personCells(sheet, p + 3, person)
    const interest = data.ratings.get(person.id)?.interest
    skills.forEach(({ skill }, k) => {
      const word = words[interest?.[skill.slot] ?? INTEREST_UNSET]
      if (!word) return
      const cell = row.getCell(first + k + 1)
      text(cell, word)
      cell.style = INTEREST_STYLE
    })
  })
  tableLayout(sheet, people.length, skills.length)
}

function coverageSheet(sheet: Worksheet, data: WorkspaceData, locale: 'en' | 'ru') {
  const report = computeCoverage(effectiveData(data))
  const header = sheet.getRow(1)
  COVERAGE_HEADER[locale].forEach((name, i) => text(header.getCell(i + 1), name))
  header.font = { bold: true }
  orderedSkills(data).forEach(({ skill, category }, i) => {
    const coverage = report.bySkill.get(skill.id)
    const row = sheet.getRow(i + 2)
    text(row.getCell(1), category?.name ?? '')
    text(row.getCell(2), skill.name)
    text(row.getCell(3), coverage ? STATUS_WORDS[locale][coverage.status] : '')
    row.getCell(4).value = coverage?.holders ?? 0
    row.getCell(5).value = skill.target.level
    row.getCell(6).value = skill.target.people
    row.getCell(7).value = coverage?.deficit ?? 0
  })
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  sheet.getColumn(2).width = 28
}

/** The plan's table under its note (when there is one), header frozen. */
function planSheet(sheet: Worksheet, plan: PlanSheet) {
  const top = plan.note ? 2 : 1
  if (plan.note) {
    const note = sheet.getRow(1).getCell(1)
    text(note, plan.note)
    note.font = { bold: true, color: { argb: 'FFB42318' } }
  }
  const header = sheet.getRow(top)
  plan.header.forEach((name, i) => text(header.getCell(i + 1), name))
  header.font = { bold: true }
  plan.rows.forEach((values, r) => {
    const row = sheet.getRow(top + r + 1)
    values.forEach((value, c) => {
      if (typeof value === 'number') row.getCell(c + 1).value = value
      else text(row.getCell(c + 1), value)
    })
  })
  sheet.views = [{ state: 'frozen', ySplit: top }]
  sheet.getColumn(2).width = 28
  sheet.getColumn(7).width = 60
}

/**
 * The matrix workbook: sheets Matrix (levels as numbers), Interest (the same shape, interest as
 * words), Coverage and, when there is one, Plan. exceljs loads here, on first use.
 */
export async function matrixWorkbook(
  data: WorkspaceData,
  options: { locale: 'en' | 'ru'; plan?: PlanSheet | null },
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Skillgrid'
  const skills = orderedSkills(data)
  matrixSheet(workbook.addWorksheet('Matrix'), data, skills)
  interestSheet(workbook.addWorksheet(INTEREST_SHEET), data, skills, options.locale)
  coverageSheet(workbook.addWorksheet('Coverage'), data, options.locale)
  if (options.plan) planSheet(workbook.addWorksheet('Plan'), options.plan)
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
