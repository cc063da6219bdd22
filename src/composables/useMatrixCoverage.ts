import type { ColDef, GridApi, IRowNode } from 'ag-grid-community'
import { computed, markRaw, watch, type Ref, type ShallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { peopleTouched, type Delta } from '../domain/changes'
import { skillsAffectedBy, STATUS_SYMBOL, type SkillCoverage } from '../domain/coverage'
import type { Id, Skill } from '../domain/types'
import type { SummaryCell } from '../grid/columns'
import type { MatrixRow } from '../grid/matrixRows'
import { SkillHeader, SkillHeaderRegistry, type SkillHeaderState } from '../grid/SkillHeader'
import { summaryRow } from '../grid/summaryRow'
import { useCoverageStore } from '../stores/coverage'
import type { WorkspaceEvent } from '../stores/workspace'
import { useWorkspaceStore } from '../stores/workspace'

/** People a change may touch for its refresh to redraw their rows only, not whole columns. */
const FEW_ROWS = 50

/**
 * Coverage in the matrix: header badges, the pinned holders row, sole-holder marks and "Gaps only".
 * The grid shows the actual coverage (no what-if). After a change only what it can affect is
 * refreshed: the touched skills' headers, their cells and the pinned row — never all columns.
 */
export function useMatrixCoverage(api: ShallowRef<GridApi<MatrixRow> | null>, gapsOnly: Ref<boolean>) {
  const workspace = useWorkspaceStore()
  const coverage = useCoverageStore()
  const { t } = useI18n()

  const skillById = computed(() => new Map((workspace.data?.skills ?? []).map((s) => [s.id, s])))

  function explain(skill: Skill, state: SkillCoverage): string {
    const why =
      state.status === 'at-risk'
        ? state.holders < skill.target.people
          ? 'at-risk-short'
          : 'at-risk-single'
        : state.status
    const counts = { holders: state.holders, target: skill.target.people, level: skill.target.level }
    const text = t('coverage.headerTooltip', {
      counts: `${state.holders}/${skill.target.people}`,
      level: skill.target.level,
      status: t(`coverage.status.${state.status}`),
      why: t(`coverage.why.${why}`, counts),
    })
    const selfOnly = coverage.actualSelfOnly.get(skill.id)?.size ?? 0
    return selfOnly ? `${text}\n${t('coverage.selfOnlyTooltip', { count: selfOnly })}` : text
  }

  function stateOf(skillId: Id): SkillHeaderState | null {
    const skill = skillById.value.get(skillId)
    const state = coverage.actual?.bySkill.get(skillId)
    if (!skill || !state) return null
    const word = t(`coverage.status.${state.status}`)
    return {
      status: state.status,
      badge: `${STATUS_SYMBOL[state.status]} ${state.holders}/${skill.target.people} ${word}`,
      tooltip: explain(skill, state),
    }
  }

  const headers = new SkillHeaderRegistry(stateOf)

  function summaryCell(skill: Skill): SummaryCell | null {
    const state = coverage.actual?.bySkill.get(skill.id)
    const current = skillById.value.get(skill.id) ?? skill
    if (!state) return null
    return {
      text: `${STATUS_SYMBOL[state.status]} ${state.holders}/${current.target.people}`,
      classes: [`status-${state.status}`],
      tooltip: explain(current, state),
    }
  }

  function isSoleHolder(row: MatrixRow, skill: Skill): boolean {
    return coverage.actual?.bySkill.get(skill.id)?.soleHolderId === row.id
  }

  // Not-needed skills are no gaps either.
  const isGap = (state: SkillCoverage) => state.status === 'uncovered' || state.status === 'at-risk'

  function coveredSkillIds(): Set<Id> {
    const report = coverage.actual
    return new Set(report ? [...report.bySkill.values()].filter((c) => !isGap(c)).map((c) => c.skillId) : [])
  }

  const columnHooks = {
    extraCellClasses: (row: MatrixRow, skill: Skill) => (isSoleHolder(row, skill) ? ['sole-holder'] : []),
    skillHeader: (skill: Skill): Partial<ColDef<MatrixRow>> => ({
      headerTooltip: undefined,
      headerComponentParams: {
        innerHeaderComponent: SkillHeader,
        innerHeaderComponentParams: { skillId: skill.id, source: headers.source },
      },
    }),
    summaryCell,
    hiddenSkillIds: () => (gapsOnly.value ? coveredSkillIds() : new Set<Id>()),
    cellNote: (row: MatrixRow, skill: Skill) =>
      isSoleHolder(row, skill) ? t('coverage.soleHolderTooltip', { person: row.name }) : null,
  }

  const pinnedRows = computed(() => markRaw([summaryRow(t('coverage.summaryRowLabel'))]))

  /** Shows or hides skill columns for "Gaps only"; only columns whose visibility changes are touched. */
  function applyGapsOnly(skillIds: Iterable<Id> | null) {
    const grid = api.value
    const report = coverage.actual
    if (!grid || !report) return
    const show: Id[] = []
    const hide: Id[] = []
    for (const id of skillIds ?? report.bySkill.keys()) {
      const column = grid.getColumn(id)
      const state = report.bySkill.get(id)
      if (!column || !state) continue
      const visible = !gapsOnly.value || isGap(state)
      if (column.isVisible() !== visible) (visible ? show : hide).push(id)
    }
    if (show.length) grid.setColumnsVisible(show, true)
    if (hide.length) grid.setColumnsVisible(hide, false)
  }

  /** Each skill's sole holder as its column's cells were last drawn (set on every refresh). */
  const drawnSoleHolder = new Map<Id, Id | null>()

  function noteDrawn(skillIds: Iterable<Id> | null) {
    const report = coverage.actual
    if (!skillIds) drawnSoleHolder.clear()
    if (!report) return drawnSoleHolder.clear()
    for (const id of skillIds ?? report.bySkill.keys())
      drawnSoleHolder.set(id, report.bySkill.get(id)?.soleHolderId ?? null)
  }

  /**
   * The rows whose cells a small change can alter in the touched columns: its own people, plus the
   * sole holders before and after where they differ (their mark moves); undefined: every rendered
   * row. Redrawing a whole column per edit was ~35 cells and most of the edit's layout (issue 16).
   */
  function rowsToRedraw(
    grid: GridApi<MatrixRow>,
    delta: Delta,
    touched: ReadonlySet<Id>,
  ): IRowNode<MatrixRow>[] | undefined {
    const people = peopleTouched(delta)
    if (people.size > FEW_ROWS) return undefined
    const ids = new Set(people)
    for (const skillId of touched) {
      if (!drawnSoleHolder.has(skillId)) return undefined
      const before = drawnSoleHolder.get(skillId)
      const now = coverage.actual?.bySkill.get(skillId)?.soleHolderId ?? null
      if (before === now) continue
      if (before) ids.add(before)
      if (now) ids.add(now)
    }
    const rows: IRowNode<MatrixRow>[] = []
    for (const id of ids) {
      const node = grid.getRowNode(id)
      if (node) rows.push(node)
    }
    for (let index = 0; index < grid.getPinnedTopRowCount(); index++) {
      const pinned = grid.getPinnedTopRow(index)
      if (pinned) rows.push(pinned)
    }
    return rows
  }

  function afterChange(event: WorkspaceEvent) {
    const grid = api.value
    const data = workspace.data
    if (!grid || !data) return
    const touched = event.kind === 'delta' ? skillsAffectedBy(event.delta, data.skills) : null
    if (touched && !touched.size) return
    headers.update(touched)
    const columns = touched ? [...touched] : undefined
    // The pinned holders cell and the sole-holder marks, in the touched columns only.
    const rowNodes = event.kind === 'delta' && touched ? rowsToRedraw(grid, event.delta, touched) : undefined
    grid.refreshCells({ rowNodes, columns, force: true })
    noteDrawn(touched)
    applyGapsOnly(touched)
  }

  watch(gapsOnly, () => applyGapsOnly(null))

  return { columnHooks, pinnedRows, afterChange, headers }
}
