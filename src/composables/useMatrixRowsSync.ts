import type { GridApi } from 'ag-grid-community'
import { onBeforeUnmount, type ShallowRef } from 'vue'
import { peopleTouched, type Delta } from '../domain/changes'
import { personById } from '../domain/coverage'
import type { WorkspaceData } from '../domain/types'
import { matrixRow, matrixRows, type MatrixRow } from '../grid/matrixRows'
import { useWorkspaceStore, type WorkspaceEvent } from '../stores/workspace'

/** Rows touched by a delta, as one grid transaction (a single edit updates one row). */
export function rowTransaction(api: GridApi<MatrixRow>, data: WorkspaceData, delta: Delta) {
  const touched = peopleTouched(delta)
  const source = data.workspace.ratingSource
  const add: MatrixRow[] = []
  const update: MatrixRow[] = []
  const remove: MatrixRow[] = []
  for (const id of touched) {
    const person = personById(data.people, id)
    const existing = api.getRowNode(id)
    if (!person) {
      if (existing?.data) remove.push(existing.data)
    } else if (existing) update.push(matrixRow(person, data.ratings.get(id), source))
    else add.push(matrixRow(person, data.ratings.get(id), source))
  }
  return { add, update, remove }
}

/** True when a delta changes rating records only (no person's name, team, flags, nor the columns). */
function ratingsOnly(delta: Delta): boolean {
  return Object.keys(delta).every((key) => key === 'ratings')
}

/** Keeps the grid's rows in step with the workspace store through transactions, never a full reset per edit. */
export function useMatrixRowsSync(
  api: ShallowRef<GridApi<MatrixRow> | null>,
  afterChange: (event: WorkspaceEvent) => void,
) {
  const workspace = useWorkspaceStore()

  /** The rating source the rows were built with: another one changes every row's shown level. */
  let builtFor = workspace.data?.workspace.ratingSource

  function loadAll() {
    builtFor = workspace.data?.workspace.ratingSource
    if (api.value && workspace.data) api.value.setGridOption('rowData', matrixRows(workspace.data))
    afterChange({ kind: 'reload' })
  }

  const stop = workspace.onChange((event) => {
    const grid = api.value
    const data = workspace.data
    if (!grid || !data) return
    if (event.kind === 'reload' || data.workspace.ratingSource !== builtFor) return loadAll()
    const transaction = rowTransaction(grid, data, event.delta)
    // Only ratings changed, in rows that stay: no order or filter can change (nothing sorts or filters
    // by a level), so the rows' data is swapped in place. A transaction would re-run the row model
    // over every row (40 ms at 50,000 people, issue 16).
    if (
      ratingsOnly(event.delta) &&
      !transaction.add.length &&
      !transaction.remove.length &&
      transaction.update.length <= 1000
    )
      for (const row of transaction.update) grid.getRowNode(row.id)?.updateData(row)
    else if (transaction.add.length || transaction.update.length || transaction.remove.length)
      grid.applyTransaction(transaction)
    afterChange(event)
  })
  onBeforeUnmount(stop)

  return { loadAll }
}
