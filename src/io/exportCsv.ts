import { byOrder } from '../domain/order'
import { INTEREST_UNSET, NOT_ASSESSED } from '../domain/scale'
import type { Category, CsvDelimiter, Skill, WorkspaceData } from '../domain/types'
import { buildCsv, escapeCsvField, UTF8_BOM } from './csvText'
import { INTEREST_EXPORT_WORDS } from './interestMarks'

export type CsvExportKind = 'wide' | 'long' | 'skills'

/** The language of an export's headers, names and words: the stored (English) names, or Russian. */
export type ExportNames = 'en' | 'ru'

/** How a CSV export is written. */
export interface CsvOptions {
  delimiter: CsvDelimiter
  /** 'ru' ("Names in Russian"): Russian headers, category and skill names (where they have one) and interest words. */
  names?: ExportNames
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

/** Every header and word an export writes, per language; the import reads both (io/headers.ts). */
export const EXPORT_WORDS = {
  en: {
    long: LONG_HEADER,
    selfLevel: 'self_level',
    widePerson: WIDE_PERSON_HEADER,
    skills: SKILLS_HEADER,
    yes: 'yes',
    no: 'no',
  },
  ru: {
    long: ['участник', 'почта', 'команда', 'категория', 'навык', 'уровень', 'интерес'],
    selfLevel: 'уровень по самооценке',
    widePerson: ['Имя', 'Эл. почта', 'Команда', 'Должность'],
    skills: [
      'категория',
      'категория по-русски',
      'навык',
      'навык по-русски',
      'целевой уровень',
      'нужно людей',
      'критичный',
      'другие названия',
    ],
    yes: 'да',
    no: 'нет',
  },
} as const satisfies Record<ExportNames, unknown>

/** A category's or skill's name as an export in this language writes it. */
const nameIn = (entity: { name: string; nameRu: string } | null, names: ExportNames) =>
  entity ? (names === 'ru' && entity.nameRu ? entity.nameRu : entity.name) : ''

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
export function exportWide(data: WorkspaceData, { delimiter, names = 'en' }: CsvOptions = COMMA): string {
  const words = EXPORT_WORDS[names]
  const skills = orderedSkills(data)
  const slots = skills.map(({ skill }) => skill.slot)
  // A cell is one of a few dozen texts: escape each once, not 500,000 times.
  const cellText = new Map<number, string>()
  const cell = (level: number, interest: number) => {
    const key = level * 256 + interest
    let text = cellText.get(key)
    if (text === undefined) {
      text = escapeCsvField(wideCell(level, interest, names), delimiter)
      cellText.set(key, text)
    }
    return text
  }
  let out = UTF8_BOM
  out += line([...words.widePerson.map(() => ''), ...skills.map(({ category }) => nameIn(category, names))], delimiter)
  out += line([...words.widePerson, ...skills.map(({ skill }) => nameIn(skill, names))], delimiter)
  for (const person of byOrder(data.people)) {
    const record = data.ratings.get(person.id)
    let row = line([person.name, person.email, person.team, person.title], delimiter).slice(0, -2)
    for (const slot of slots)
      row += `${delimiter}${cell(record?.levels[slot] ?? NOT_ASSESSED, record?.interest[slot] ?? INTEREST_UNSET)}`
    out += `${row}\r\n`
  }
  return out
}

/** True when someone has a self level: the long export then has a self level column. */
function hasSelfLevels(data: WorkspaceData): boolean {
  for (const record of data.ratings.values()) if (record.self.some((level) => level !== NOT_ASSESSED)) return true
  return false
}

const levelText = (level: number) => (level === NOT_ASSESSED ? '' : String(level))

/**
 * Long: `person,email,team,category,skill,level,interest`, then `self_level` when anyone has a self
 * level; one row per cell with a level, an interest or a self level, and one row with blank skill
 * for a person without any. UTF-8 with BOM.
 */
export function exportLong(data: WorkspaceData, { delimiter, names = 'en' }: CsvOptions = COMMA): string {
  const words = EXPORT_WORDS[names]
  const withSelf = hasSelfLevels(data)
  const skills = orderedSkills(data).map(({ skill, category }) => ({
    slot: skill.slot,
    text: line([nameIn(category, names), nameIn(skill, names)], delimiter).slice(0, -2),
  }))
  let out = UTF8_BOM + line(withSelf ? [...words.long, words.selfLevel] : words.long, delimiter)
  for (const person of byOrder(data.people)) {
    const record = data.ratings.get(person.id)
    const who = line([person.name, person.email, person.team], delimiter).slice(0, -2)
    let rated = false
    for (const { slot, text } of record ? skills : []) {
      const level = record?.levels[slot] ?? NOT_ASSESSED
      const interest = record?.interest[slot] ?? INTEREST_UNSET
      const self = withSelf ? (record?.self[slot] ?? NOT_ASSESSED) : NOT_ASSESSED
      // Not-assessed cells are left out, unless an interest or a self level was recorded there.
      if (level === NOT_ASSESSED && interest === INTEREST_UNSET && self === NOT_ASSESSED) continue
      out += `${who}${delimiter}${text}${delimiter}${levelText(level)}${delimiter}${escapeCsvField(interestWord(interest, names), delimiter)}`
      out += withSelf ? `${delimiter}${levelText(self)}\r\n` : '\r\n'
      rated = true
    }
    // Someone without a rating still gets a row (skill and level blank), so replace keeps them.
    if (!rated) out += `${who}${delimiter.repeat(withSelf ? 5 : 4)}\r\n`
  }
  return out
}

/** The skill list with categories, names in both languages, targets and critical flags. */
export function exportSkills(data: WorkspaceData, { delimiter, names = 'en' }: CsvOptions = COMMA): string {
  const words = EXPORT_WORDS[names]
  const rows: string[][] = [[...words.skills]]
  for (const { skill, category } of orderedSkills(data)) {
    rows.push([
      category?.name ?? '',
      category?.nameRu ?? '',
      skill.name,
      skill.nameRu,
      String(skill.target.level),
      String(skill.target.people),
      skill.critical ? words.yes : words.no,
      skill.aliases.join('; '),
    ])
  }
  return UTF8_BOM + buildCsv(rows, delimiter)
}
