import type { Cell, Worksheet } from 'exceljs'
import { computeCoverage, type CoverageStatus } from '../domain/coverage'
import { NOT_ASSESSED, INTEREST_UNSET } from '../domain/scale'
import { effectiveData } from '../domain/sources'
import type { WorkspaceData } from '../domain/types'
import { byOrder } from '../domain/order'
import { orderedSkills, WIDE_PERSON_HEADER, wideCell } from './exportCsv'

/** The app's heat map (styles: --lvl-0 … --lvl-4) as ARGB fills, with a text colour each. */
const LEVEL_FILL = ['FFECEFF3', 'FFFBE3C6', 'FFF6CF72', 'FF8FD19E', 'FF2E8B57'] as const
const LEVEL_FONT = ['FF47505F', 'FF5A3A12', 'FF4A3500', 'FF0F3D1E', 'FFFFFFFF'] as const
/** "Not assessed": blank, on a grey hatch. */
const NOT_ASSESSED_FILL = {
  type: 'pattern',
  pattern: 'lightUp',
  fgColor: { argb: 'FFB8BEC8' },
  bgColor: { argb: 'FFF4F5F7' },
} as const

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
}

/**
 * User text always as a string cell, never a formula: exceljs writes a string value as an inline
 * or shared string, and only `{ formula }` values as formulas, so `=HYPERLINK(…)` stays text.
 */
function text(cell: Cell, value: string) {
  cell.value = value
}

function matrixSheet(sheet: Worksheet, data: WorkspaceData) {
  const skills = orderedSkills(data)
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
  const people = byOrder(data.people)
  people.forEach((person, p) => {
    const row = sheet.getRow(p + 3)
    const ratings = data.ratings.get(person.id)
    text(row.getCell(1), person.name)
    text(row.getCell(2), person.email)
    text(row.getCell(3), person.team)
    text(row.getCell(4), person.title)
    skills.forEach(({ skill }, k) => {
      const cell = row.getCell(first + k + 1)
      const level = ratings?.levels[skill.slot] ?? NOT_ASSESSED
      const interest = ratings?.interest[skill.slot] ?? INTEREST_UNSET
      // A level is a number; with an interest it is the wide CSV's text ("3 (wants to grow)"), which the import reads back.
      if (interest !== INTEREST_UNSET) text(cell, wideCell(level, interest))
      else if (level !== NOT_ASSESSED) cell.value = level
      if (level === NOT_ASSESSED) cell.fill = NOT_ASSESSED_FILL
      else {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LEVEL_FILL[level] ?? LEVEL_FILL[0] } }
        cell.font = { color: { argb: LEVEL_FONT[level] ?? LEVEL_FONT[0] } }
        cell.alignment = { horizontal: 'center' }
      }
    })
  })
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }]
  sheet.autoFilter = {
    from: { row: 2, column: 1 },
    to: { row: Math.max(2, people.length + 2), column: first + skills.length },
  }
  sheet.getColumn(1).width = 28
  sheet.getColumn(2).width = 28
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

function planSheet(sheet: Worksheet, plan: PlanSheet) {
  const header = sheet.getRow(1)
  plan.header.forEach((name, i) => text(header.getCell(i + 1), name))
  header.font = { bold: true }
  plan.rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2)
    values.forEach((value, c) => {
      if (typeof value === 'number') row.getCell(c + 1).value = value
      else text(row.getCell(c + 1), value)
    })
  })
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
}

/** The matrix workbook: sheets Matrix, Coverage and (when there is one) Plan. exceljs loads here, on first use. */
export async function matrixWorkbook(
  data: WorkspaceData,
  options: { locale: 'en' | 'ru'; plan?: PlanSheet | null },
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Skillgrid'
  matrixSheet(workbook.addWorksheet('Matrix'), data)
  coverageSheet(workbook.addWorksheet('Coverage'), data, options.locale)
  if (options.plan) planSheet(workbook.addWorksheet('Plan'), options.plan)
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
