import { interestAt, levelAt } from '../domain/ratings'
import { interestLabel, LEVELS, INTERESTS, levelDef } from '../domain/scale'
import { effectiveRecord } from '../domain/sources'
import { displayName, pickText, type Locale } from '../domain/text'
import type { CsvDelimiter, Id, WorkspaceData } from '../domain/types'
import { buildCsv, UTF8_BOM } from './csvText'
import { interestWord, orderedSkills } from './exportCsv'

/** The texts of a form, in the language it is sent in (the import reads either language back). */
export interface SelfFormLabels {
  title: string
  instructions: string
  /** The workbook form's texts: how to fill it in with its drop-downs, and what a drop-down says. */
  workbook?: {
    instructions: string
    levelPrompt: string
    interestPrompt: string
    notOnList: string
  }
  scaleTitle: string
  interestTitle: string
  columns: {
    name: string
    email: string
    category: string
    skill: string
    currentLevel: string
    currentInterest: string
    yourLevel: string
    yourInterest: string
  }
}

/** One row of the form: a skill of a person, with what the matrix says now. */
export interface SelfFormRow {
  personId: Id
  name: string
  email: string
  category: string
  skill: string
  level: number | null
  interest: number | null
}

/** Rows of the form for some people (all when `personIds` is null), skills in matrix order. */
export function selfFormRows(data: WorkspaceData, personIds: readonly Id[] | null, locale: Locale): SelfFormRow[] {
  const wanted = personIds ? new Set(personIds) : null
  const skills = orderedSkills(data)
  const people = [...data.people].sort((a, b) => a.order - b.order).filter((p) => !wanted || wanted.has(p.id))
  return people.flatMap((person) => {
    const stored = data.ratings.get(person.id)
    const counted = stored ? effectiveRecord(stored, data.workspace.ratingSource) : undefined
    return skills.map(({ skill, category }) => ({
      personId: person.id,
      name: person.name,
      email: person.email,
      category: category ? displayName(category, locale) : '',
      skill: displayName(skill, locale),
      level: levelAt(counted, skill.slot),
      interest: interestAt(stored, skill.slot),
    }))
  })
}

export interface SelfFormOptions {
  delimiter?: CsvDelimiter
  /** Leave out the lead's current level, so the answer is the person's own. */
  hideCurrentLevel?: boolean
}

/** A cell of the form: text, or a number (a level on the scale, a current level). */
export type SelfFormCell = string | number

/** The form as a table, with where its parts are (0-based rows and columns): the CSV and the workbook are written from it. */
export interface SelfFormTable {
  rows: SelfFormCell[][]
  width: number
  /** Rows of the level scale (value, label, hint) and of the interest scale (value, label). */
  levelRows: { first: number; last: number }
  interestRows: { first: number; last: number }
  headerRow: number
  /** The columns the person fills in. */
  yourLevelColumn: number
  yourInterestColumn: number
  /** The column of the lead's current level; -1 when it is left out. */
  currentLevelColumn: number
}

/**
 * A self-assessment form: a title, how to fill it in, the level scale with its hints and the
 * interest scale, then one row per person × skill with the current level and interest and two
 * blank columns ("Your level", "Your interest"). The import recognises it by those column names.
 */
export function selfFormTable(
  data: WorkspaceData,
  personIds: readonly Id[] | null,
  labels: SelfFormLabels,
  locale: Locale,
  date: string,
  options: SelfFormOptions = {},
  instructions = labels.instructions,
): SelfFormTable {
  const { columns } = labels
  const { hideCurrentLevel = false } = options
  const current = (row: SelfFormRow) => (hideCurrentLevel ? [] : [row.level === null ? '' : row.level])
  const header = [
    columns.name,
    columns.email,
    columns.category,
    columns.skill,
    ...(hideCurrentLevel ? [] : [columns.currentLevel]),
    columns.currentInterest,
    columns.yourLevel,
    columns.yourInterest,
  ]
  const scale = data.workspace.scale
  const top: SelfFormCell[][] = [[labels.title, data.workspace.name, date], [instructions], [], [labels.scaleTitle]]
  const levels = LEVELS.map((level) => [
    level,
    pickText(levelDef(scale, level).label, locale),
    pickText(levelDef(scale, level).hint, locale),
  ])
  const interests = INTERESTS.map((interest) => [
    interest,
    interestLabel(data.workspace.interestScale, interest, locale),
  ])
  const rows: SelfFormCell[][] = [
    ...top,
    ...levels,
    [],
    [labels.interestTitle],
    ...interests,
    [],
    header,
    ...selfFormRows(data, personIds, locale).map((row) => [
      row.name,
      row.email,
      row.category,
      row.skill,
      ...current(row),
      row.interest === null ? '' : interestWord(row.interest, locale),
      '',
      '',
    ]),
  ]
  const levelFirst = top.length
  const interestFirst = levelFirst + levels.length + 2
  return {
    rows,
    width: header.length,
    levelRows: { first: levelFirst, last: levelFirst + levels.length - 1 },
    interestRows: { first: interestFirst, last: interestFirst + interests.length - 1 },
    headerRow: interestFirst + interests.length + 1,
    yourLevelColumn: header.length - 2,
    yourInterestColumn: header.length - 1,
    currentLevelColumn: hideCurrentLevel ? -1 : 4,
  }
}

/** The form as CSV (UTF-8 with BOM), every row as wide as the table. */
export function selfAssessmentCsv(
  data: WorkspaceData,
  personIds: readonly Id[] | null,
  labels: SelfFormLabels,
  locale: Locale,
  date: string,
  options: SelfFormOptions = {},
): string {
  const { rows, width } = selfFormTable(data, personIds, labels, locale, date, options)
  // Every row as wide as the table, as spreadsheets save it: the delimiter is then easy to tell.
  const text = rows.map((row) => [...row.map(String), ...Array<string>(Math.max(0, width - row.length)).fill('')])
  return UTF8_BOM + buildCsv(text, options.delimiter ?? ',')
}

/** Everyone in matrix order with a file name each, unique in the set (`…-2.csv` for a second Ann). */
export function personFileNames(
  data: WorkspaceData,
  fileName: (personName: string) => string,
): { personId: Id; name: string }[] {
  const taken = new Set<string>()
  return [...data.people]
    .sort((a, b) => a.order - b.order)
    .map((person) => {
      const base = fileName(person.name)
      let name = base
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = base.replace(/(\.\w+)$/, `-${n}$1`)
      taken.add(name.toLowerCase())
      return { personId: person.id, name }
    })
}

/** One form per person, each holding only that person's rows: a file name (unique in the set) and its CSV. */
export function selfAssessmentFiles(
  data: WorkspaceData,
  fileName: (personName: string) => string,
  labels: SelfFormLabels,
  locale: Locale,
  date: string,
  options: SelfFormOptions = {},
): { name: string; text: string }[] {
  return personFileNames(data, fileName).map(({ personId, name }) => ({
    name,
    text: selfAssessmentCsv(data, [personId], labels, locale, date, options),
  }))
}
