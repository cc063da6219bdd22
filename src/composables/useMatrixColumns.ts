import type { ColDef, ColGroupDef } from 'ag-grid-community'
import { shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { interestAt, levelAt } from '../domain/ratings'
import { describeLevel, interestLabel, type Level, type LevelDef } from '../domain/scale'
import { DISCUSS_GAP } from '../domain/sources'
import { displayName } from '../domain/text'
import type { Skill } from '../domain/types'
import { matrixColumns, type MatrixColumnsInput } from '../grid/columns'
import type { MatrixRow } from '../grid/matrixRows'
import { useMatrixViewStore } from '../stores/matrixView'
import { useSettingsStore } from '../stores/settings'
import { useWorkspaceStore } from '../stores/workspace'

export type MatrixColumnCallbacks = Pick<
  MatrixColumnsInput,
  'onCellKey' | 'onPersonField' | 'onCellEdited' | 'levelEditor' | 'isSpotlit'
>

/** What the coverage layer adds to the columns (see useMatrixCoverage). */
export interface MatrixCoverageHooks extends Pick<
  MatrixColumnsInput,
  'extraCellClasses' | 'skillHeader' | 'summaryCell'
> {
  /** Skill columns hidden when the columns are built ("Gaps only"). */
  hiddenSkillIds: () => ReadonlySet<string>
  /** An extra tooltip line for a cell ("only holder"). */
  cellNote: (row: MatrixRow, skill: Skill) => string | null
}

/** Column definitions rebuilt only when skills, categories, scale or language change — never per cell edit. */
export function useMatrixColumns(callbacks: MatrixColumnCallbacks, coverage?: MatrixCoverageHooks) {
  const workspace = useWorkspaceStore()
  const settings = useSettingsStore()
  const view = useMatrixViewStore()
  const { t } = useI18n()
  const columnDefs = shallowRef<(ColDef<MatrixRow> | ColGroupDef<MatrixRow>)[]>([])

  function describeCell(row: MatrixRow, skill: Skill): string {
    const data = workspace.data
    if (!data) return ''
    const level = levelAt(row, skill.slot)
    const levelText =
      level === null ? t('matrix.notAssessed') : describeLevel(data.workspace.scale, level, settings.locale)
    const interest = interestAt(row, skill.slot)
    const lines = [
      t('matrix.cellTooltip', { person: row.name, skill: displayName(skill, settings.locale), level: levelText }),
    ]
    if (interest !== null)
      lines.push(
        t('matrix.cellInterest', { interest: interestLabel(data.workspace.interestScale, interest, settings.locale) }),
      )
    lines.push(...sourceLines(row, skill.slot, data.workspace.scale))
    const note = coverage?.cellNote(row, skill)
    if (note) lines.push(note)
    return lines.join('\n')
  }

  /** Both ratings when the person rated themselves; nothing more otherwise. */
  function sourceLines(row: MatrixRow, slot: number, scale: LevelDef[]): string[] {
    const self = levelAt({ levels: row.self }, slot)
    if (self === null) return []
    const lead = levelAt({ levels: row.lead }, slot)
    const text = (level: Level | null) =>
      level === null ? t('matrix.notAssessed') : describeLevel(scale, level, settings.locale)
    const lines = [t('matrix.cellLead', { level: text(lead) }), t('matrix.cellSelf', { level: text(self) })]
    if (lead !== null && Math.abs(lead - self) >= DISCUSS_GAP)
      lines.push(t('matrix.cellDiscuss', { gap: Math.abs(lead - self) }))
    return lines
  }

  function build() {
    const data = workspace.data
    if (!data) return
    columnDefs.value = matrixColumns({
      ...callbacks,
      extraCellClasses: coverage?.extraCellClasses,
      skillHeader: coverage?.skillHeader,
      summaryCell: coverage?.summaryCell,
      hiddenSkillIds: coverage?.hiddenSkillIds(),
      personColumnsShown: view.personColumnsShown,
      narrow: view.narrow,
      data,
      locale: settings.locale,
      headers: { name: t('matrix.columns.name'), team: t('matrix.columns.team'), title: t('matrix.columns.title') },
      describeCell,
      categorySummary: (_category, skills) => t('matrix.categorySummary', { count: skills.length }),
    })
  }

  // One source per part: each keeps its identity across cell edits, so an edit never rebuilds columns.
  watch(
    [
      () => workspace.data?.skills,
      () => workspace.data?.categories,
      () => workspace.data?.workspace.scale,
      () => settings.locale,
      () => view.personColumnsShown,
      () => view.narrow,
    ],
    build,
    {
      immediate: true,
    },
  )

  return { columnDefs, rebuild: build }
}
