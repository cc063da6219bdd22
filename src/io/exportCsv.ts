import { byOrder } from '../domain/order'
import { INTEREST_UNSET, NOT_ASSESSED } from '../domain/scale'
import type { Category, CsvDelimiter, Skill, WorkspaceData } from '../domain/types'
import { buildCsv, escapeCsvField, UTF8_BOM } from './csvText'
import { INTEREST_EXPORT_WORDS } from './interestMarks'

export type CsvExportKind = 'wide' | 'long' | 'skills'

/** How a CSV export is written. */
export interface CsvOptions {
  delimiter: CsvDelimiter
}

const COMMA: CsvOptions = { delimiter: ',' }

export const LONG_HEADER = ['person', 'email', 'team', 'category', 'skill', 'level', 'interest'] as const
export const WIDE_PERSON_HEADER = ['Name', 'Email', 'Team', 'Title'] as const
export const SKILLS_HEADER = [
  'category',
  'category_ru',
  'skill',
  'skill_ru',
  'target_level',
  'target_people',
  'critical',
  'aliases',
] as const

/** Skills in the order the matrix shows them: by category, then within it; each with its category. */
export function orderedSkills(data: WorkspaceData): { skill: Skill; category: Category | null }[] {
  const categories = byOrder(data.categories)
  const known = new Set(categories.map((c) => c.id))
  const result: { skill: Skill; category: Category | null }[] = categories.flatMap((category) =>
    byOrder(data.skills.filter((s) => s.categoryId === category.id)).map((skill) => ({ skill, category })),
  )
  // A skill whose category is missing still gets exported.
  for (const skill of byOrder(data.skills.filter((s) => !known.has(s.categoryId))))
    result.push({ skill, category: null })
  return result
}

/** `skillgrid-<workspace>-wide.csv`, with what file systems refuse taken out of the name. */
export function exportFileName(workspaceName: string, kind: string, extension: string): string {
  const safe = workspaceName
    .trim()
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '')
    .replace(/\s+/g, '-')
  return `skillgrid-${safe || 'workspace'}-${kind}.${extension}`
}

/** Interest as a word (`wants to grow`), blank when unset. */
export function interestWord(interest: number, locale: 'en' | 'ru' = 'en'): string {
  return interest === INTEREST_UNSET ? '' : (INTEREST_EXPORT_WORDS[locale][interest] ?? '')
}

/**
 * A wide cell: the level, then the interest in brackets (`3 (wants to grow)`); only the bracket
 * when the level is not assessed. Words, not marks: a spreadsheet reads `3+` as the number 3.
 */
export function wideCell(level: number, interest: number, locale: 'en' | 'ru' = 'en'): string {
  const word = interestWord(interest, locale)
  if (level === NOT_ASSESSED) return word ? `(${word})` : ''
  return word ? `${level} (${word})` : String(level)
}

const line = (fields: readonly string[], delimiter: CsvDelimiter) =>
  `${fields.map((field) => escapeCsvField(field, delimiter)).join(delimiter)}\r\n`

/** Wide: a category row, the header `Name,Email,Team,Title,<skills…>`, one row per person. UTF-8 with BOM. */
export function exportWide(data: WorkspaceData, { delimiter }: CsvOptions = COMMA): string {
  const skills = orderedSkills(data)
  const slots = skills.map(({ skill }) => skill.slot)
  // A cell is one of a few dozen texts: escape each once, not 500,000 times.
  const cellText = new Map<number, string>()
  const cell = (level: number, interest: number) => {
    const key = level * 256 + interest
    let text = cellText.get(key)
    if (text === undefined) {
      text = escapeCsvField(wideCell(level, interest), delimiter)
      cellText.set(key, text)
    }
    return text
  }
  let out = UTF8_BOM
  out += line([...WIDE_PERSON_HEADER.map(() => ''), ...skills.map(({ category }) => category?.name ?? '')], delimiter)
  out += line([...WIDE_PERSON_HEADER, ...skills.map(({ skill }) => skill.name)], delimiter)
  for (const person of byOrder(data.people)) {
    const record = data.ratings.get(person.id)
    let row = line([person.name, person.email, person.team, person.title], delimiter).slice(0, -2)
    for (const slot of slots)
      row += `${delimiter}${cell(record?.levels[slot] ?? NOT_ASSESSED, record?.interest[slot] ?? INTEREST_UNSET)}`
    out += `${row}\r\n`
  }
  return out
}

/**
 * Long: `person,email,team,category,skill,level,interest`, one row per rated cell, and one row with
 * blank skill for a person without any rating. UTF-8 with BOM.
 */
export function exportLong(data: WorkspaceData, { delimiter }: CsvOptions = COMMA): string {
  const skills = orderedSkills(data).map(({ skill, category }) => ({
    slot: skill.slot,
    text: line([category?.name ?? '', skill.name], delimiter).slice(0, -2),
  }))
  let out = UTF8_BOM + line(LONG_HEADER, delimiter)
  for (const person of byOrder(data.people)) {
    const record = data.ratings.get(person.id)
    const who = line([person.name, person.email, person.team], delimiter).slice(0, -2)
    let rated = false
    for (const { slot, text } of record ? skills : []) {
      const level = record?.levels[slot] ?? NOT_ASSESSED
      const interest = record?.interest[slot] ?? INTEREST_UNSET
      // Not-assessed cells are left out, unless an interest was recorded there.
      if (level === NOT_ASSESSED && interest === INTEREST_UNSET) continue
      out += `${who}${delimiter}${text}${delimiter}${level === NOT_ASSESSED ? '' : level}${delimiter}${escapeCsvField(interestWord(interest), delimiter)}\r\n`
      rated = true
    }
    // Someone without a rating still gets a row (skill and level blank), so replace keeps them.
    if (!rated) out += `${who}${delimiter.repeat(4)}\r\n`
  }
  return out
}

/** The skill list with categories, names in both languages, targets and critical flags. */
export function exportSkills(data: WorkspaceData, { delimiter }: CsvOptions = COMMA): string {
  const rows: string[][] = [[...SKILLS_HEADER]]
  for (const { skill, category } of orderedSkills(data)) {
    rows.push([
      category?.name ?? '',
      category?.nameRu ?? '',
      skill.name,
      skill.nameRu,
      String(skill.target.level),
      String(skill.target.people),
      skill.critical ? 'yes' : 'no',
      skill.aliases.join('; '),
    ])
  }
  return UTF8_BOM + buildCsv(rows, delimiter)
}
