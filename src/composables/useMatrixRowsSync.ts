import type { GridApi } from 'ag-grid-community'
import { onBeforeUnmount, type ShallowRef } from 'vue'
import { peopleTouched, type Delta } from '../domain/changes'
import type { WorkspaceData } from '../domain/types'
import { matrixRow, matrixRows, type MatrixRow } from '../grid/matrixRows'
import { useWorkspaceStore, type WorkspaceEvent } from '../stores/workspace'

/** Rows touched by a delta, as one grid transaction (a single edit updates one row). */
export function rowTransaction(api: GridApi<MatrixRow>, data: WorkspaceData, delta: Delta) {
  const touched = peopleTouched(delta)
  const people = touched.size > 16 ? new Map(data.people.map((p) => [p.id, p])) : null
  const source = data.workspace.ratingSource
  const add: MatrixRow[] = []
  const update: MatrixRow[] = []
  const remove: MatrixRow[] = []
  for (const id of touched) {
    const person = people ? people.get(id) : data.people.find((p) => p.id === id)
    const existing = api.getRowNode(id)
    if (!person) {
      if (existing?.data) remove.push(existing.data)
    } else if (existing) update.push(matrixRow(person, data.ratings.get(id), source))
    else add.push(matrixRow(person, data.ratings.get(id), source))
  }
  return { add, update, remove }
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
    if (transaction.add.length || transaction.update.length || transaction.remove.length)
      grid.applyTransaction(transaction)
    afterChange(event)
  })
  onBeforeUnmount(stop)

  return { loadAll }
}
