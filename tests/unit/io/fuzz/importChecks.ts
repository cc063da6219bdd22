import { expect } from 'vitest'
import { applyDelta } from '../../../../src/domain/changes'
import { EditError } from '../../../../src/domain/edits/editError'
import { buildImportChange } from '../../../../src/domain/import/buildImportChange'
import type { ImportMode } from '../../../../src/domain/import/importSource'
import { resolveImport } from '../../../../src/domain/import/resolveImport'
import { hasControlCharacters } from '../../../../src/domain/text'
import type { WorkspaceData } from '../../../../src/domain/types'
import { backupJson, parseBackup } from '../../../../src/io/backup'
import { sniffFileKind, type FileKind } from '../../../../src/io/fileKind'
import { MAX_PROBLEM_VALUE, shortValue } from '../../../../src/io/import/problems'
import { createImportSession, readTable } from '../../../../src/io/importSession'
import type { DraftContext, ImportDraft, ImportProblem } from '../../../../src/io/types'
import {
  CASE_TIME_LIMIT_MS,
  CASE_WALL_LIMIT_MS,
  startTiming,
  timingOf,
  type WizardChoices,
} from '../../../fixtures/importFuzz'
import { messages } from '../../../fixtures/i18n'
import type { MessageTree } from '../../../../src/i18n/merge'

/** Fails when a stage took longer than a file may: in CPU time, and (loosely) in wall time. */
export function expectWithinBounds(stage: string, started: ReturnType<typeof startTiming>) {
  const { cpuMs, wallMs } = timingOf(started)
  expect(cpuMs, `${stage} took ${Math.round(cpuMs)} ms of CPU`).toBeLessThan(CASE_TIME_LIMIT_MS)
  expect(wallMs, `${stage} took ${Math.round(wallMs)} ms`).toBeLessThan(CASE_WALL_LIMIT_MS)
}

/** Runs one stage of the pipeline, failing when it takes longer than a file may. */
export function timed<T>(stage: string, run: () => T): T {
  const started = startTiming()
  const result = run()
  expectWithinBounds(stage, started)
  return result
}

export function hasMessage(key: string): boolean {
  return (['en', 'ru'] as const).every((locale) => {
    let node: string | MessageTree | undefined = messages[locale]
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
    return typeof node === 'string' && node.trim() !== ''
  })
}

/** The workspace's words and skill names, as the import store gives them to the drafting. */
export function contextOf(data: WorkspaceData): DraftContext {
  return {
    levelWords: data.workspace.scale.flatMap((def) => [
      [def.label.en, def.value] as const,
      [def.label.ru, def.value] as const,
    ]),
    interestWords: data.workspace.interestScale.flatMap((def) => [
      [def.label.en, def.value] as const,
      [def.label.ru, def.value] as const,
    ]),
    skillNames: data.skills.flatMap((skill) => [skill.name, skill.nameRu, ...skill.aliases]),
  }
}

/** Spreadsheet letters → 0-based column index (A → 0, AA → 26). */
export function columnIndex(letter: string): number {
  let n = 0
  for (const char of letter) n = n * 26 + (char.charCodeAt(0) - 64)
  return n - 1
}

const where = (p: ImportProblem) => `${p.code} row ${p.row} column ${p.columnLetter || '-'} (${p.column.slice(0, 40)})`

/**
 * Every problem names a row the file has (1…rows) and a column of the header or of that row, or is
 * about the whole file (no row, no column). Gives what is wrong, empty when nothing is.
 */
export function locationErrors(draft: ImportDraft, rows: readonly (readonly string[])[]): string[] {
  const errors: string[] = []
  const rowExists = (row: number) => Number.isInteger(row) && row >= 1 && row <= rows.length
  for (const p of draft.problems) {
    if (p.row === null) {
      if (p.columnLetter !== '') errors.push(`${where(p)}: a file-level problem names a column`)
    } else if (!rowExists(p.row)) errors.push(`${where(p)}: the file has ${rows.length} rows`)
    if (p.columnLetter !== '') {
      const index = columnIndex(p.columnLetter)
      const width = Math.max(draft.columns.length, p.row === null ? 0 : (rows[p.row - 1]?.length ?? 0))
      if (!(index >= 0 && index < width)) errors.push(`${where(p)}: the row is ${width} columns wide`)
      else if (p.column !== shortValue(draft.columns[index]?.header ?? ''))
        errors.push(`${where(p)}: not that column's header`)
    }
    if (p.otherRow !== undefined && !rowExists(p.otherRow)) errors.push(`${where(p)}: other row ${p.otherRow}`)
  }
  const ascending = (list: number[]) => list.every((row, i) => rowExists(row) && (i === 0 || row > (list[i - 1] ?? 0)))
  if (!ascending(draft.problemRows)) errors.push(`problem rows ${draft.problemRows.slice(0, 10).join(',')}`)
  if (!ascending(draft.skippedRows)) errors.push(`skipped rows ${draft.skippedRows.slice(0, 10).join(',')}`)
  for (const person of draft.people)
    if (!rowExists(person.row)) errors.push(`person ${person.name} at row ${person.row}`)
  // A row held back says why, and nobody is imported from it.
  const complete = draft.problems.length === draft.problemTotal
  const errorRows = new Set(draft.problems.filter((p) => p.severity === 'error').map((p) => p.row))
  if (complete)
    for (const row of draft.problemRows)
      if (!errorRows.has(row)) errors.push(`row ${row} is held back without a problem`)
  const held = new Set(draft.problemRows)
  for (const person of draft.people)
    if (held.has(person.row)) errors.push(`person ${person.name} from held-back row ${person.row}`)
  return errors
}

/** A draft is what the commit may take: packed arrays of the right size and range, names without control characters. */
export function shapeErrors(draft: ImportDraft): string[] {
  const errors: string[] = []
  const cells = draft.people.length * draft.skills.length
  if (draft.levels.length !== cells || draft.interest.length !== cells)
    errors.push(`${draft.levels.length}/${draft.interest.length} packed cells for ${cells}`)
  if (draft.levels.some((level) => level > 4 && level !== 255)) errors.push('a level out of range')
  if (draft.interest.some((interest) => interest > 2 && interest !== 255)) errors.push('an interest out of range')
  for (const person of draft.people) {
    // Without a name column people have no names, and the header problem blocks the import.
    if (!person.name.trim() && !draft.headerBlocked) errors.push(`row ${person.row}: blank name`)
    if ([person.name, person.email, person.team, person.title].some(hasControlCharacters))
      errors.push(`row ${person.row}: a control character`)
  }
  for (const skill of draft.skills) {
    // Without a skill column (a long file forced so) skills have no names, and the header problem blocks the import.
    if (!skill.name.trim() && !draft.headerBlocked) errors.push('a skill without a name')
    if (hasControlCharacters(skill.name) || hasControlCharacters(skill.category))
      errors.push(`skill ${skill.name}: a control character`)
  }
  if (draft.problemTotal < draft.problems.length) errors.push('fewer problems counted than listed')
  for (const p of draft.problems) {
    if (Array.from(p.value).length > MAX_PROBLEM_VALUE + 1)
      errors.push(`${where(p)}: a value of ${p.value.length} characters`)
    if (!hasMessage(`importExport.problem.${p.code}`)) errors.push(`${p.code}: no message in EN and RU`)
  }
  return errors
}

/** The content of a workspace as undo must give it back (the slot counter only grows, by design). */
function contentOf(data: WorkspaceData) {
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id))
  return {
    workspace: { ...data.workspace, nextSlot: 0 },
    categories: byId(data.categories),
    skills: byId(data.skills),
    people: byId(data.people),
    roles: byId(data.roles),
    resources: byId(data.resources),
    ratings: [...data.ratings.values()].sort((a, b) => a.personId.localeCompare(b.personId)),
  }
}

/**
 * The domain half of a commit, in both modes: resolving never throws; building the change either
 * refuses with an EditError or gives a change whose result passes the backup validator whole, and
 * whose undo gives the workspace back.
 */
export function checkChange(data: WorkspaceData, draft: ImportDraft) {
  let id = 0
  for (const mode of ['merge', 'replace'] as ImportMode[]) {
    const resolution = timed(`resolve (${mode})`, () => resolveImport(data, draft, mode))
    let change
    try {
      change = timed(`change (${mode})`, () =>
        buildImportChange(data, draft, mode, { newId: () => `fuzz-${++id}`, now: 1, subject: 'fuzz.csv', resolution }),
      )
    } catch (error) {
      if (error instanceof EditError) {
        expect(hasMessage(error.code), `message ${error.code}`).toBe(true)
        continue
      }
      throw error
    }
    const after = applyDelta(data, change.forward, 1)
    const restored = parseBackup(backupJson(after, new Date(0))).data
    expect(restored.people).toHaveLength(after.people.length)
    expect(restored.skills).toHaveLength(after.skills.length)
    expect(contentOf(applyDelta(after, change.backward, 2))).toEqual(contentOf(data))
  }
}

export const REFUSAL_REASONS = [
  'empty',
  'png',
  'jpeg',
  'gif',
  'pdf',
  'binary',
  'xls',
  'encrypted',
  'ods',
  'numbers',
  'zip',
]

export interface PipelineResult {
  kind: FileKind
  draft: ImportDraft | null
}

/**
 * Bytes through the whole pipeline as the app runs it: sniff → decode → parse → detect → draft →
 * resolve → change. Never throws (a refusal is a typed result), never takes long, every problem
 * where it says it is.
 */
export function checkImportBytes(bytes: Uint8Array, choices: WizardChoices, data: WorkspaceData): PipelineResult {
  const kind = timed('sniff', () => sniffFileKind(bytes))
  if (kind.kind === 'refused') {
    expect(REFUSAL_REASONS).toContain(kind.reason)
    expect(hasMessage(`importExport.refused.${kind.reason}`)).toBe(true)
    return { kind, draft: null }
  }
  // Workbooks are read by exceljs in the worker; the store property drives those.
  if (kind.kind === 'xlsx') return { kind, draft: null }
  const session = createImportSession(bytes)
  const draft = timed('draft', () =>
    session.run({ read: choices.read, draft: choices.draft, context: contextOf(data) }),
  )
  const table = readTable(bytes, { encoding: draft.encoding, delimiter: draft.delimiter })
  expect(locationErrors(draft, table.rows).join('\n')).toBe('')
  expect(shapeErrors(draft).join('\n')).toBe('')
  checkChange(data, draft)
  return { kind, draft }
}
