import { nameKey } from '../../domain/text'
import type { Layout } from '../detect'
import type { ColumnInfo, ColumnRole, ProblemCode } from '../types'
import { problem, type Problems } from './problems'

const SINGLE_ROLES: readonly ColumnRole[] = [
  'name',
  'email',
  'team',
  'title',
  'category',
  'level',
  'interest',
  'selfLevel',
]
const MISSING_ROLE: Partial<Record<ColumnRole, ProblemCode>> = {
  name: 'noNameColumn',
  skill: 'noSkillColumn',
  level: 'noLevelColumn',
}

/** A role given to two columns, or one skill given two columns; gives the roles and skills seen. */
function duplicateColumns(layout: Layout, columns: ColumnInfo[], problems: Problems, headerRow: number) {
  const seenRoles = new Map<ColumnRole, ColumnInfo>()
  const seenSkills = new Map<string, ColumnInfo>()
  for (const column of columns) {
    if (SINGLE_ROLES.includes(column.role) || (layout.format !== 'wide' && column.role === 'skill')) {
      if (seenRoles.has(column.role))
        problems.add(problem('duplicateRole', { row: headerRow, column, value: column.role, skippable: false }))
      else seenRoles.set(column.role, column)
    } else if (column.role === 'skill' && column.header === '') {
      // A skill needs its name from the header: without one it would be stored nameless.
      problems.add(problem('skillColumnNameless', { row: headerRow, column, skippable: false }))
    } else if (column.role === 'skill') {
      const key = nameKey(column.header)
      const first = seenSkills.get(key)
      if (first)
        problems.add(
          problem('duplicateSkillColumn', { row: headerRow, column, value: column.header, skippable: false }),
        )
      else seenSkills.set(key, column)
    }
  }
  return { seenRoles, seenSkills }
}

/** A wide file needs a name and a skill column, a long one a name, a skill and a level column. */
function missingColumns(
  layout: Layout,
  seen: ReturnType<typeof duplicateColumns>,
  problems: Problems,
  headerRow: number,
) {
  const need: ColumnRole[] = layout.format === 'wide' ? ['name'] : ['name', 'skill', 'level']
  for (const role of need) {
    if (!seen.seenRoles.has(role))
      problems.add(problem(MISSING_ROLE[role] ?? 'noNameColumn', { row: headerRow, skippable: false }))
  }
  if (layout.format === 'wide' && seen.seenSkills.size === 0)
    problems.add(problem('noSkillColumn', { row: headerRow, skippable: false }))
}

/** What detection guessed or left out, for the user to check: a guessed name column, ignored text or nameless columns. */
function detectionWarnings(layout: Layout, columns: ColumnInfo[], problems: Problems, headerRow: number) {
  if (layout.guessedNameColumn !== null && columns[layout.guessedNameColumn]?.role === 'name') {
    problems.add(
      problem('nameColumnGuessed', {
        row: headerRow,
        column: columns[layout.guessedNameColumn],
        severity: 'warning',
        skippable: false,
      }),
    )
  }
  for (const index of layout.textColumns) {
    if (columns[index]?.role === 'ignore')
      problems.add(
        problem('textColumnIgnored', { row: headerRow, column: columns[index], severity: 'warning', skippable: false }),
      )
  }
  for (const index of layout.blankHeaderColumns) {
    if (columns[index]?.role === 'ignore')
      problems.add(
        problem('blankHeaderIgnored', {
          row: headerRow,
          column: columns[index],
          severity: 'warning',
          skippable: false,
        }),
      )
  }
}

/** Problems of the header row and the column mapping: no row skipping gets around them. */
export function headerProblems(layout: Layout, columns: ColumnInfo[], problems: Problems) {
  const headerRow = layout.headerIndex + 1
  missingColumns(layout, duplicateColumns(layout, columns, problems, headerRow), problems, headerRow)
  detectionWarnings(layout, columns, problems, headerRow)
}
