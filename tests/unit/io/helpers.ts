import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createImportSession } from '../../../src/io/importSession'
import { INTEREST_UNSET, NOT_ASSESSED } from '../../../src/domain/scale'
import { MARK_OF_INTEREST, NOT_ASSESSED_MARK } from '../../../src/io/interestMarks'
import type { ImportResolution } from '../../../src/domain/import/resolveImport'
import type { ImportDraft, DraftContext, DraftOptions, ReadOptions } from '../../../src/io/types'

export const NO_WORDS: DraftContext = { levelWords: [], interestWords: [] }

export const fixturePath = (...parts: string[]) => join(import.meta.dirname, '../../fixtures', ...parts)
export const fixtureBytes = (...parts: string[]) => new Uint8Array(readFileSync(fixturePath(...parts)))

/** Drafts the import of bytes or text the way the app does (decode → parse → detect → draft). */
export function draftOf(
  input: string | Uint8Array,
  draft: DraftOptions = {},
  read: ReadOptions = {},
  context: DraftContext = NO_WORDS,
): ImportDraft {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  return createImportSession(bytes).run({ read, draft, context })
}

/** A cell as a short text for fixtures' expectations: `3+` wants to grow, `3~` open, `3-` not interested, `?+` interest only. */
export function markCell(level: number, interest: number): string {
  const mark = interest === INTEREST_UNSET ? '' : (MARK_OF_INTEREST[interest] ?? '')
  if (level === NOT_ASSESSED) return mark ? `${NOT_ASSESSED_MARK}${mark}` : ''
  return `${level}${mark}`
}

/** A draft in a form a person can read and a JSON file can hold: cells as short marks (`3+`, `?~`, see markCell). */
export function summarise(draft: ImportDraft) {
  const width = draft.skills.length
  return {
    encoding: draft.encoding,
    bom: draft.bom,
    delimiter: draft.delimiter,
    format: draft.format,
    headerRow: draft.headerRow,
    categoryRow: draft.categoryRow,
    skills: draft.skills.map(({ name, category }) => ({ name, category })),
    people: draft.people.map((person, i) => ({
      ...person,
      cells: Object.fromEntries(
        draft.skills
          .map(
            (skill, k) =>
              [skill.name, markCell(draft.levels[i * width + k] ?? 255, draft.interest[i * width + k] ?? 255)] as const,
          )
          .filter(([, cell]) => cell !== ''),
      ),
    })),
    problems: draft.problems.map(({ code, severity, row, columnLetter, column, value, otherRow }) => ({
      code,
      severity,
      row,
      column: columnLetter ? `${columnLetter} ${column}` : '',
      value,
      ...(otherRow === undefined ? {} : { otherRow }),
    })),
    problemRows: draft.problemRows,
  }
}

/** What an import of the draft would do to a workspace, in words. */
export function resolutionSummary(resolution: ImportResolution) {
  return {
    matchedSkills: resolution.skills.flatMap((s) => (s.existing ? [`${s.name} = ${s.existing.name}`] : [])),
    newSkills: resolution.skills.flatMap((s) =>
      s.existing ? [] : [`${s.name} → ${s.categoryName}${s.categoryIsNew ? ' (new category)' : ''}`],
    ),
    added: resolution.people.flatMap((p) => (p.existing ? [] : [p.name])),
    updated: resolution.people.flatMap((p) =>
      p.existing ? [`${p.name} = ${p.existing.name} (by ${p.matchedBy})`] : [],
    ),
  }
}
