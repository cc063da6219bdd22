import type { GridApi } from 'ag-grid-community'
import { onBeforeUnmount, type ShallowRef } from 'vue'
import { changesColumns, peopleTouched, type Delta } from '../domain/changes'
import { personById } from '../domain/coverage'
import { runToEnd } from '../domain/steps'
import type { WorkspaceData } from '../domain/types'
import { matrixRow, matrixRows, type MatrixRow } from '../grid/matrixRows'
import { nextTask, runInSlices } from '../platform/nextTask'
import { useWorkspaceStore, type WorkspaceEvent } from '../stores/workspace'

type RowTransaction = ReturnType<typeof rowTransaction>

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

/** True when the row still shows what the filter reads (name, team, title, e-mail). */
function sameFilterText(before: MatrixRow | undefined, after: MatrixRow): boolean {
  return (
    before !== undefined &&
    before.name === after.name &&
    before.team === after.team &&
    before.title === after.title &&
    before.email === after.email
  )
}

/** Rows a change may touch for the grid to take it in at once; more go in slices between paints. */
const ROWS_AT_ONCE = 250

/** Swaps rows' data in place, yielding every ROWS_AT_ONCE rows (and stopping if the grid went away). */
function* updatedInPlace(grid: GridApi<MatrixRow>, rows: readonly MatrixRow[]): Generator<void, void> {
  for (const [index, row] of rows.entries()) {
    if (index > 0 && index % ROWS_AT_ONCE === 0) yield
    if (grid.isDestroyed()) return
    grid.getRowNode(row.id)?.updateData(row)
  }
}

/** Rows a big change adds in its first transaction (enough to fill the screen), then per transaction. */
const FIRST_ADDS = 500
const ADDS_PER_STEP = 10_000

/**
 * A transaction whose many new rows go in a few transactions, yielding between them: each re-runs
 * the row model (~45 ms for 5,000 rows added at once, most of it drawing the first screen; 50,000
 * ~100 ms), so the first draws the screen and the others only grow the model (issue 16).
 */
function* transactionSteps(grid: GridApi<MatrixRow>, transaction: RowTransaction): Generator<void, void> {
  const { add, update, remove } = transaction
  grid.applyTransaction({ add: add.slice(0, FIRST_ADDS), update, remove })
  for (let start = FIRST_ADDS; start < add.length; start += ADDS_PER_STEP) {
    yield
    if (grid.isDestroyed()) return
    grid.applyTransaction({ add: add.slice(start, start + ADDS_PER_STEP) })
  }
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

  /** The coverage marks of a big change, in a task after the rows' own (each a few tens of ms at 50,000). */
  async function afterChangeLater(grid: GridApi<MatrixRow>, event: WorkspaceEvent) {
    await nextTask()
    if (!grid.isDestroyed()) afterChange(event)
  }

  const stop = workspace.onChange((event) => {
    const grid = api.value
    const data = workspace.data
    if (!grid || !data) return
    if (event.kind === 'reload' || data.workspace.ratingSource !== builtFor) return loadAll()
    const transaction = rowTransaction(grid, data, event.delta)
    const rows = transaction.add.length + transaction.update.length + transaction.remove.length
    // Rows that stay, with what the filter reads unchanged: nothing can move or hide (nothing sorts,
    // a transaction's update keeps a row in place), so the rows' data is swapped in place, a big
    // change in slices (later events wait for the last). A transaction would re-run the row model
    // over every row (40 ms at 50,000 people; an import of 5,000 into 5,000 ~25 ms more, issue 16).
    if (
      !changesColumns(event.delta) &&
      !transaction.add.length &&
      !transaction.remove.length &&
      transaction.update.every((row) => sameFilterText(grid.getRowNode(row.id)?.data, row))
    ) {
      if (rows > ROWS_AT_ONCE)
        return runInSlices(updatedInPlace(grid, transaction.update)).then(() => afterChangeLater(grid, event))
      runToEnd(updatedInPlace(grid, transaction.update))
    } else if (rows > ROWS_AT_ONCE)
      return runInSlices(transactionSteps(grid, transaction)).then(() => afterChangeLater(grid, event))
    else if (rows) grid.applyTransaction(transaction)
    afterChange(event)
  })
  onBeforeUnmount(stop)

  return { loadAll }
}
