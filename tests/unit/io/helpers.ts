import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createImportSession } from '../../../src/io/importSession'
import { wideCell } from '../../../src/io/exportCsv'
import type { ImportResolution } from '../../../src/domain/imports'
import type { ImportPlan, PlanContext, PlanOptions, ReadOptions } from '../../../src/io/types'

export const NO_WORDS: PlanContext = { levelWords: [], interestWords: [] }

export const fixturePath = (...parts: string[]) => join(import.meta.dirname, '../../fixtures', ...parts)
export const fixtureBytes = (...parts: string[]) => new Uint8Array(readFileSync(fixturePath(...parts)))

/** Plans bytes or text the way the app does (decode → parse → detect → plan). */
export function planOf(input: string | Uint8Array, plan: PlanOptions = {}, read: ReadOptions = {}, context: PlanContext = NO_WORDS): ImportPlan {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  return createImportSession(bytes).run({ read, plan, context })
}

/** A plan in a form a person can read and a JSON file can hold: cells as wide-export texts (`3+`, `?~`). */
export function summarise(plan: ImportPlan) {
  const width = plan.skills.length
  return {
    encoding: plan.encoding,
    bom: plan.bom,
    delimiter: plan.delimiter,
    format: plan.format,
    headerRow: plan.headerRow,
    categoryRow: plan.categoryRow,
    skills: plan.skills.map(({ name, category }) => ({ name, category })),
    people: plan.people.map((person, i) => ({
      ...person,
      cells: Object.fromEntries(
        plan.skills
          .map((skill, k) => [skill.name, wideCell(plan.levels[i * width + k] ?? 255, plan.interest[i * width + k] ?? 255)] as const)
          .filter(([, cell]) => cell !== ''),
      ),
    })),
    problems: plan.problems.map(({ code, severity, row, columnLetter, column, value, otherRow }) => ({
      code,
      severity,
      row,
      column: columnLetter ? `${columnLetter} ${column}` : '',
      value,
      ...(otherRow === undefined ? {} : { otherRow }),
    })),
    problemRows: plan.problemRows,
  }
}

/** What an import of the plan would do to a workspace, in words. */
export function resolutionSummary(resolution: ImportResolution) {
  return {
    matchedSkills: resolution.skills.flatMap((s) => (s.existing ? [`${s.name} = ${s.existing.name}`] : [])),
    newSkills: resolution.skills.flatMap((s) => (s.existing ? [] : [`${s.name} → ${s.categoryName}${s.categoryIsNew ? ' (new category)' : ''}`])),
    added: resolution.people.flatMap((p) => (p.existing ? [] : [p.name])),
    updated: resolution.people.flatMap((p) => (p.existing ? [`${p.name} = ${p.existing.name} (by ${p.matchedBy})`] : [])),
  }
}
