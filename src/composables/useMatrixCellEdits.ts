import type { GridApi } from 'ag-grid-community'
import type { ShallowRef } from 'vue'
import { isLevelChoice } from '../components/matrix/levelChoice'
import { interestAt } from '../domain/ratings'
import type { Skill } from '../domain/types'
import type { PersonField } from '../grid/columns'
import type { CellKeyAction } from '../grid/keys'
import { nextInterest } from '../grid/keys'
import type { MatrixRow } from '../grid/matrixRows'
import { useMatrixStore } from '../stores/matrix'

/** A level cell's keys, its editor's choice and a person's field edited in the grid, as edits of the matrix store. */
export function useMatrixCellEdits(api: ShallowRef<GridApi<MatrixRow> | null>) {
  const matrix = useMatrixStore()
  /** The cell a digit was just typed into: Enter then moves down instead of opening the editor. */
  let typedCell: { rowId: string; colId: string } | null = null

  function onCellKey(row: MatrixRow, skill: Skill, action: CellKeyAction): boolean {
    if (action.kind === 'level') {
      matrix.setLevel(row.id, skill.id, action.level)
      typedCell = { rowId: row.id, colId: skill.id }
      return true
    }
    if (action.kind === 'clear') {
      matrix.setLevel(row.id, skill.id, null)
      return true
    }
    if (action.kind === 'cycleInterest') {
      matrix.setInterest(row.id, skill.id, nextInterest(interestAt(row, skill.slot)))
      return true
    }
    const focused = api.value?.getFocusedCell()
    if (!typedCell || typedCell.rowId !== row.id || typedCell.colId !== skill.id || !focused) return false
    typedCell = null
    api.value?.setFocusedCell(Math.min(focused.rowIndex + 1, api.value.getDisplayedRowCount() - 1), focused.column)
    return true
  }

  function onCellEdited(row: MatrixRow, skill: Skill, value: unknown) {
    if (!isLevelChoice(value)) return
    const level = value.source === 'self' ? { self: value.level } : { level: value.level }
    matrix.setManyCells(
      [{ personId: row.id, slot: skill.slot, ...level, interest: value.interest }],
      `${row.name} · ${skill.name}`,
    )
  }

  function onPersonField(row: MatrixRow, field: PersonField, value: string) {
    matrix.editPerson(row.id, { [field]: value })
  }

  /** Focus moved to another cell (by row id and column): a typed digit no longer makes Enter move down. */
  function onFocusMoved(rowId: string | undefined, colId: string | undefined) {
    if (typedCell && (colId !== typedCell.colId || rowId !== typedCell.rowId)) typedCell = null
  }

  return { onCellKey, onCellEdited, onPersonField, onFocusMoved }
}
