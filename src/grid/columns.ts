import type { ColDef, ColGroupDef, SuppressKeyboardEventParams } from 'ag-grid-community'
import { byOrder } from '../domain/order'
import { interestAt, levelAt } from '../domain/ratings'
import { isLevel } from '../domain/scale'
import { DISCUSS_GAP } from '../domain/sources'
import type { Locale } from '../domain/text'
import { displayName } from '../domain/text'
import type { Category, Skill, WorkspaceData } from '../domain/types'
import type { CellKeyAction } from './keys'
import { skillCellKeyAction } from './keys'
import type { MatrixRow } from './matrixRows'

export const PERSON_COLUMNS = { name: 'person.name', team: 'person.team', title: 'person.title' } as const
export type PersonField = 'name' | 'team' | 'title'

/** Everything the column builder needs from the app: labels in the current language and callbacks. */
export interface MatrixColumnsInput {
  data: WorkspaceData
  locale: Locale
  headers: Record<PersonField, string>
  /** Tooltip of a skill cell. */
  describeCell: (row: MatrixRow, skill: Skill) => string
  /** Short text of a collapsed category ("3 of 10 covered"). */
  categorySummary: (category: Category, skills: Skill[]) => string
  /** Extra classes for a skill cell (coverage marks such as the sole holder). */
  extraCellClasses?: (row: MatrixRow, skill: Skill) => string[]
  /** Header of a skill column: name plus whatever the coverage layer adds. */
  skillHeader?: (skill: Skill) => Partial<ColDef<MatrixRow>>
  /** A skill's cell in the pinned summary row (holders per skill). */
  summaryCell?: (skill: Skill) => SummaryCell | null
  onCellKey: (row: MatrixRow, skill: Skill, action: CellKeyAction) => boolean
  onPersonField: (row: MatrixRow, field: PersonField, value: string) => void
  onCellEdited: (row: MatrixRow, skill: Skill, value: unknown) => void
  levelEditor: unknown
  hiddenSkillIds?: ReadonlySet<string>
  /** False folds Team and Title behind the name (phones): the name's tooltip then gives them. */
  personColumnsShown?: boolean
  /** A column marked for a moment (the first one an import wrote). */
  isSpotlit?: (skillId: string) => boolean
  /** A phone: the pinned name column takes less of the width. */
  narrow?: boolean
}

/** A skill's cell in the pinned summary row. */
export interface SummaryCell {
  text: string
  classes: string[]
  tooltip: string
}

/** How the two sources of a cell relate: shown from the self rating, or both rated and apart (by 2+: to discuss). */
export function sourceClass(row: Pick<MatrixRow, 'lead' | 'self'>, slot: number): string | null {
  const lead = row.lead[slot]
  const self = row.self[slot]
  if (!isLevel(self)) return null
  if (!isLevel(lead)) return 'src-self'
  if (lead === self) return null
  return Math.abs(lead - self) >= DISCUSS_GAP ? 'src-discuss' : 'src-differs'
}

export function levelCellClasses(row: MatrixRow, slot: number): string[] {
  const level = levelAt(row, slot)
  const classes = ['lvl-cell', level === null ? 'lvl-na' : `lvl-${level}`]
  const source = sourceClass(row, slot)
  if (source) classes.push(source)
  const interest = interestAt(row, slot)
  if (interest === 2) classes.push('int-grow')
  else if (interest === 0) classes.push('int-no')
  return classes
}

/** The name's tooltip: the name and e-mail, and team and title while their columns are folded. */
function nameTooltip(input: MatrixColumnsInput, row: MatrixRow): string {
  const folded = input.personColumnsShown === false ? [row.team, row.title] : []
  return [row.name, ...folded, row.email].filter(Boolean).join(' · ')
}

function personColumn(input: MatrixColumnsInput, field: PersonField, width: number): ColDef<MatrixRow> {
  return {
    colId: PERSON_COLUMNS[field],
    headerName: input.headers[field],
    valueGetter: (params) => params.data?.[field] ?? '',
    valueSetter: (params) => {
      if (params.data) input.onPersonField(params.data, field, String(params.newValue ?? ''))
      // The store's change event refreshes the row; the grid must not write into frozen row data.
      return false
    },
    editable: (params) => !params.node.rowPinned,
    width,
    hide: field !== 'name' && input.personColumnsShown === false,
    pinned: field === 'name' ? 'left' : undefined,
    lockPinned: field === 'name',
    tooltip: (params) => (field === 'name' && params.data ? nameTooltip(input, params.data) : undefined),
    cellClass: (params) => (params.data && !params.data.active ? ['person-cell', 'inactive'] : ['person-cell']),
  }
}

function skillColumn(input: MatrixColumnsInput, skill: Skill): ColDef<MatrixRow> {
  return {
    colId: skill.id,
    headerName: displayName(skill, input.locale),
    headerTooltip: displayName(skill, input.locale),
    width: 104,
    wrapHeaderText: true,
    autoHeaderHeight: true,
    columnGroupShow: 'open',
    hide: input.hiddenSkillIds?.has(skill.id) ?? false,
    valueGetter: (params) => {
      if (params.node?.rowPinned) return input.summaryCell?.(skill)?.text ?? null
      return params.data ? levelAt(params.data, skill.slot) : null
    },
    valueFormatter: (params) => (params.value === null || params.value === undefined ? '' : String(params.value)),
    tooltip: (params) => {
      if (params.node?.rowPinned) return input.summaryCell?.(skill)?.tooltip
      return params.data ? input.describeCell(params.data, skill) : undefined
    },
    cellClass: (params) => {
      const spotlight = input.isSpotlit?.(skill.id) ? ['col-spotlight'] : []
      if (!params.data || params.node.rowPinned)
        return ['summary-cell', ...(input.summaryCell?.(skill)?.classes ?? []), ...spotlight]
      return [
        ...levelCellClasses(params.data, skill.slot),
        ...(input.extraCellClasses?.(params.data, skill) ?? []),
        ...spotlight,
      ]
    },
    headerClass: () => (input.isSpotlit?.(skill.id) ? 'col-spotlight' : undefined),
    editable: (params) => !params.node.rowPinned,
    cellEditor: input.levelEditor,
    cellEditorPopup: true,
    valueSetter: (params) => {
      if (params.data) input.onCellEdited(params.data, skill, params.newValue)
      return false
    },
    suppressKeyboardEvent: (params: SuppressKeyboardEventParams<MatrixRow>) => {
      if (params.editing || !params.data || params.node.rowPinned) return false
      const action = skillCellKeyAction(params.event)
      if (!action) return false
      // keypress follows keydown for digits: swallow it too, act only once.
      if (params.event.type !== 'keydown') return action.kind !== 'enter'
      return input.onCellKey(params.data, skill, action)
    },
    ...input.skillHeader?.(skill),
  }
}

/** Column definitions: person columns, then one collapsible group of skills per category. */
export function matrixColumns(input: MatrixColumnsInput): (ColDef<MatrixRow> | ColGroupDef<MatrixRow>)[] {
  const skillsByCategory = new Map<string, Skill[]>()
  for (const skill of byOrder(input.data.skills)) {
    skillsByCategory.set(skill.categoryId, [...(skillsByCategory.get(skill.categoryId) ?? []), skill])
  }
  const groups: ColGroupDef<MatrixRow>[] = byOrder(input.data.categories).flatMap((category) => {
    const skills = skillsByCategory.get(category.id) ?? []
    if (!skills.length) return []
    const summary: ColDef<MatrixRow> = {
      colId: `category-summary:${category.id}`,
      headerName: input.categorySummary(category, skills),
      columnGroupShow: 'closed',
      width: 140,
      valueGetter: () => '',
      editable: false,
      suppressNavigable: true,
      cellClass: 'category-summary-cell',
    }
    return [
      {
        groupId: category.id,
        headerName: displayName(category, input.locale),
        openByDefault: true,
        marryChildren: true,
        headerClass: 'category-header',
        children: [summary, ...skills.map((skill) => skillColumn(input, skill))],
      },
    ]
  })
  return [
    personColumn(input, 'name', input.narrow ? 140 : 190),
    personColumn(input, 'team', 110),
    personColumn(input, 'title', 150),
    ...groups,
  ]
}
