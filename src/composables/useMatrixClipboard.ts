import type { GridApi } from 'ag-grid-community'
import { onBeforeUnmount, onMounted, type Ref, type ShallowRef } from 'vue'
import type { CellWrite } from '../domain/changes'
import { INTEREST_UNSET } from '../domain/scale'
import type { MatrixRow } from '../grid/matrixRows'
import { useMatrixStore } from '../stores/matrix'
import { useNoticeStore } from '../stores/notices'
import { useWorkspaceStore } from '../stores/workspace'

/**
 * Copy and paste like a spreadsheet (AG Grid Community has no clipboard): Ctrl+C copies the
 * focused cell, Ctrl+V pastes a block from Excel or Sheets from the focused cell on, as one
 * undoable change — or nothing at all when a cell is not a level.
 */
export function useMatrixClipboard(api: ShallowRef<GridApi<MatrixRow> | null>, root: Ref<HTMLElement | null>) {
  const workspace = useWorkspaceStore()
  const matrix = useMatrixStore()
  const notices = useNoticeStore()

  function focusedInGrid(): { api: GridApi<MatrixRow>; rowIndex: number; colIndex: number } | null {
    const grid = api.value
    const focused = grid?.getFocusedCell()
    if (!grid || !focused || focused.rowPinned || grid.getEditingCells().length) return null
    if (!root.value?.contains(document.activeElement)) return null
    const columns = grid.getAllDisplayedColumns()
    const colIndex = columns.findIndex((c) => c.getColId() === focused.column.getColId())
    return colIndex < 0 ? null : { api: grid, rowIndex: focused.rowIndex, colIndex }
  }

  function onPaste(event: ClipboardEvent) {
    const at = focusedInGrid()
    const text = event.clipboardData?.getData('text/plain') ?? ''
    if (!at || !workspace.data || !text) return
    event.preventDefault()
    void pasteBlock(at, text)
  }

  async function pasteBlock(at: NonNullable<ReturnType<typeof focusedInGrid>>, text: string) {
    const block = await matrix.readPasted(text)
    const data = workspace.data
    if (!block || !data) return
    if (block.problem) {
      notices.show(
        'error',
        'matrix.pasteProblem',
        { row: block.problem.row, column: block.problem.column, value: block.problem.value },
        12_000,
      )
      return
    }
    const columns = at.api.getAllDisplayedColumns()
    const skillById = new Map(data.skills.map((s) => [s.id, s]))
    const cells: CellWrite[] = []
    let outside = 0
    block.cells.forEach((row, r) => {
      const node = at.api.getDisplayedRowAtIndex(at.rowIndex + r)
      row.forEach((cell, c) => {
        const skill = skillById.get(columns[at.colIndex + c]?.getColId() ?? '')
        if (!node?.data || node.rowPinned || !skill) return void outside++
        cells.push({
          personId: node.data.id,
          slot: skill.slot,
          level: cell.level,
          ...(cell.interest !== INTEREST_UNSET ? { interest: cell.interest } : {}),
        })
      })
    })
    if (cells.length) matrix.setManyCells(cells, String(cells.length))
    notices.show(outside ? 'info' : 'success', outside ? 'matrix.pastedPartly' : 'matrix.pasted', {
      count: cells.length,
      outside,
    })
  }

  function onCopy(event: ClipboardEvent) {
    const at = focusedInGrid()
    const data = workspace.data
    if (!at || !data) return
    const column = at.api.getAllDisplayedColumns()[at.colIndex]
    const row = at.api.getDisplayedRowAtIndex(at.rowIndex)?.data
    if (!column || !row) return
    const skill = data.skills.find((s) => s.id === column.getColId())
    const personFields: Record<string, string> = {
      'person.name': row.name,
      'person.team': row.team,
      'person.title': row.title,
    }
    let text = personFields[column.getColId()] ?? ''
    if (skill) text = matrix.cellText(row, skill.slot)
    event.clipboardData?.setData('text/plain', text)
    event.preventDefault()
  }

  onMounted(() => {
    document.addEventListener('paste', onPaste)
    document.addEventListener('copy', onCopy)
  })
  onBeforeUnmount(() => {
    document.removeEventListener('paste', onPaste)
    document.removeEventListener('copy', onCopy)
  })
}
