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

/**
 * A self-assessment form as CSV: a title, how to fill it in, the level scale with its hints and
 * the interest scale, then one row per person × skill with the current level and interest and two
 * blank columns ("Your level", "Your interest"). The import recognises it by those column names.
 */
export interface SelfFormOptions {
  delimiter?: CsvDelimiter
  /** Leave out the lead's current level, so the answer is the person's own. */
  hideCurrentLevel?: boolean
}

export function selfAssessmentCsv(
  data: WorkspaceData,
  personIds: readonly Id[] | null,
  labels: SelfFormLabels,
  locale: Locale,
  date: string,
  options: SelfFormOptions = {},
): string {
  const { columns } = labels
  const { delimiter = ',', hideCurrentLevel = false } = options
  const current = (row: SelfFormRow) => (hideCurrentLevel ? [] : [row.level === null ? '' : String(row.level)])
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
  const rows: string[][] = [
    [labels.title, data.workspace.name, date],
    [labels.instructions],
    [],
    [labels.scaleTitle],
    ...LEVELS.map((level) => [
      String(level),
      pickText(levelDef(scale, level).label, locale),
      pickText(levelDef(scale, level).hint, locale),
    ]),
    [],
    [labels.interestTitle],
    ...INTERESTS.map((interest) => [String(interest), interestLabel(data.workspace.interestScale, interest, locale)]),
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
  // Every row as wide as the table, as spreadsheets save it: the delimiter is then easy to tell.
  const width = header.length
  return (
    UTF8_BOM +
    buildCsv(
      rows.map((row) => [...row, ...Array<string>(Math.max(0, width - row.length)).fill('')]),
      delimiter,
    )
  )
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
  const taken = new Set<string>()
  return [...data.people]
    .sort((a, b) => a.order - b.order)
    .map((person) => {
      const base = fileName(person.name)
      let name = base
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = base.replace(/(\.csv)$/, `-${n}$1`)
      taken.add(name.toLowerCase())
      return { name, text: selfAssessmentCsv(data, [person.id], labels, locale, date, options) }
    })
}
