import type { ResourceFields } from '../domain/edits/resources'
import { idRecord } from '../domain/idRecord'
import { resourcesByOrder } from '../domain/order'
import { isLevel, type Level } from '../domain/scale'
import { looseKey, nameKey, withoutControlCharacters } from '../domain/text'
import type { CsvDelimiter, Id, Skill, WorkspaceData } from '../domain/types'
import { detectDelimiter, parseCsv } from './csv'
import { buildCsv, UTF8_BOM, unguardCell } from './csvText'
import { decodeBytes } from './decode'

// The catalogue of learning resources as a CSV of its own: one row per resource, the skills it
// teaches in one cell ("Moderation: 3; Facilitating connections: 3"), by the skill's name.

export const RESOURCES_HEADER = [
  'id',
  'title_en',
  'title_ru',
  'url',
  'kind',
  'language',
  'teaches',
  'seats',
  'cost_per_seat',
  'cost_per_session',
  'note',
] as const

type Column = (typeof RESOURCES_HEADER)[number]

/** Header words read besides the written ones (case, spaces and punctuation ignored). */
const SYNONYMS: Record<Column, string[]> = {
  id: ['id'],
  title_en: ['title_en', 'title', 'название', 'name', 'titleen'],
  title_ru: ['title_ru', 'название_ru', 'названиеru', 'titleru'],
  url: ['url', 'link', 'address', 'ссылка', 'адрес'],
  kind: ['kind', 'type', 'вид', 'тип'],
  language: ['language', 'lang', 'язык'],
  teaches: ['teaches', 'skills', 'учит', 'навыки'],
  seats: ['seats', 'seats_per_session', 'мест', 'места'],
  cost_per_seat: ['cost_per_seat', 'seat_cost', 'цена_места', 'стоимость_места'],
  cost_per_session: ['cost_per_session', 'session_cost', 'цена_сессии', 'стоимость_сессии'],
  note: ['note', 'notes', 'заметка', 'примечание'],
}

/** The catalogue as CSV text: UTF-8 with BOM, every cell guarded against formulas. */
export function exportResourcesCsv(data: WorkspaceData, delimiter: CsvDelimiter = ','): string {
  const skillName = new Map(data.skills.map((s) => [s.id, s.name]))
  const rows = resourcesByOrder(data.resources).map((r) => [
    r.id,
    r.title.en,
    r.title.ru,
    r.url ?? '',
    r.kind,
    r.language,
    Object.entries(r.teaches)
      .flatMap(([skillId, level]) => {
        const name = skillName.get(skillId)
        return name ? [`${name}: ${level}`] : []
      })
      .join('; '),
    r.seats ?? '',
    r.costPerSeat,
    r.seats === null ? '' : r.costPerSession,
    r.note,
  ])
  return UTF8_BOM + buildCsv([[...RESOURCES_HEADER], ...rows], delimiter)
}

export type ResourceCsvProblemCode =
  'empty' | 'noTitleColumn' | 'fieldCount' | 'titleMissing' | 'unknownSkill' | 'badLevel' | 'badTeaches' | 'badNumber'

/** Where a resource row is wrong: row and column as the spreadsheet shows them (1-based, A…). */
export interface ResourceCsvProblem {
  code: ResourceCsvProblemCode
  row: number
  column: string
  value: string
}

export interface ResourceCsvRow {
  row: number
  /** The id column, when the file came from an export (used to match the resource it was). */
  id: Id
  fields: ResourceFields
}

export interface ResourceCsvRead {
  rows: ResourceCsvRow[]
  problems: ResourceCsvProblem[]
}

const letter = (index: number): string =>
  index < 26 ? String.fromCharCode(65 + index) : letter(Math.floor(index / 26) - 1) + letter(index % 26)

const clip = (value: string) => (value.length > 80 ? `${value.slice(0, 79)}…` : value)

function skillIndex(skills: readonly Skill[]): Map<string, Id> {
  const byName = new Map<string, Id>()
  for (const skill of skills)
    for (const name of [skill.name, skill.nameRu, ...skill.aliases]) if (name) byName.set(nameKey(name), skill.id)
  return byName
}

/**
 * Reads a resources CSV (any encoding and delimiter the matrix import takes). Each skill is named
 * as in the workspace, in English, Russian or by an alias. Nothing is returned as a row when a
 * problem is found in it: the caller imports only a file without problems.
 */
export function readResourcesCsv(bytes: Uint8Array, skills: readonly Skill[]): ResourceCsvRead {
  const { text } = decodeBytes(bytes)
  const table = parseCsv(text, detectDelimiter(text)).rows.map((row) =>
    row.map((cell) => withoutControlCharacters(unguardCell(cell))),
  )
  const problems: ResourceCsvProblem[] = []
  const headerIndex = table.findIndex((row) => row.some((cell) => cell.trim() !== ''))
  if (headerIndex < 0) return { rows: [], problems: [{ code: 'empty', row: 0, column: '', value: '' }] }
  const header = table[headerIndex]!
  const columnOf = new Map<Column, number>()
  header.forEach((cell, index) => {
    const key = looseKey(cell)
    const column = RESOURCES_HEADER.find((c) => SYNONYMS[c].some((word) => looseKey(word) === key))
    if (column && !columnOf.has(column)) columnOf.set(column, index)
  })
  if (!columnOf.has('title_en') && !columnOf.has('title_ru'))
    return {
      rows: [],
      problems: [{ code: 'noTitleColumn', row: headerIndex + 1, column: '', value: clip(header.join(' | ')) }],
    }
  const skillIds = skillIndex(skills)
  const rows: ResourceCsvRow[] = []
  for (let r = headerIndex + 1; r < table.length; r++) {
    const cells = table[r]!
    if (cells.every((cell) => cell.trim() === '')) continue
    const row = r + 1
    const found: ResourceCsvProblem[] = []
    const problem = (code: ResourceCsvProblemCode, column: Column | null, value: string) =>
      found.push({ code, row, column: column === null ? '' : letter(columnOf.get(column) ?? 0), value: clip(value) })
    if (cells.length !== header.length) problem('fieldCount', null, String(cells.length))
    const cell = (column: Column) => {
      const index = columnOf.get(column)
      return index === undefined ? '' : (cells[index] ?? '').trim()
    }
    const amount = (column: Column, whole: boolean): number | null => {
      const raw = cell(column)
      if (!raw) return null
      const value = Number(raw.replace(',', '.').replace(/\s/g, ''))
      if (!Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value))) {
        problem('badNumber', column, raw)
        return null
      }
      return value
    }
    const title = { en: cell('title_en'), ru: cell('title_ru') }
    if (!title.en && !title.ru) problem('titleMissing', columnOf.has('title_en') ? 'title_en' : 'title_ru', '')
    const teaches: Record<Id, Level> = idRecord()
    for (const part of cell('teaches').split(';')) {
      if (!part.trim()) continue
      const colon = part.lastIndexOf(':')
      if (colon < 0) {
        problem('badTeaches', 'teaches', part.trim())
        continue
      }
      const name = part.slice(0, colon).trim()
      const level = Number(part.slice(colon + 1).trim())
      const skillId = skillIds.get(nameKey(name))
      if (!skillId) problem('unknownSkill', 'teaches', name)
      else if (!isLevel(level)) problem('badLevel', 'teaches', part.trim())
      else teaches[skillId] = level
    }
    const seats = amount('seats', true)
    const fields: ResourceFields = {
      title,
      url: cell('url') || null,
      kind: cell('kind'),
      language: cell('language'),
      teaches,
      seats: seats === 0 ? null : seats,
      costPerSeat: amount('cost_per_seat', false) ?? 0,
      costPerSession: amount('cost_per_session', false) ?? 0,
      note: cell('note'),
    }
    problems.push(...found)
    if (!found.length) rows.push({ row, id: cell('id'), fields })
  }
  return { rows, problems }
}
