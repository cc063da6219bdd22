import type { GridApi } from 'ag-grid-community'
import { onBeforeUnmount, type ShallowRef } from 'vue'
import { changesColumns, peopleTouched, type Delta } from '../domain/changes'
import { personById } from '../domain/coverage'
import { runToEnd } from '../domain/steps'
import type { Id, Person, WorkspaceData } from '../domain/types'
import { matrixRow, matrixRows, type MatrixRow } from '../grid/matrixRows'
import { nextTask, runInSlices } from '../platform/nextTask'
import { useWorkspaceStore, type WorkspaceEvent } from '../stores/workspace'

interface RowTransaction {
  add: MatrixRow[]
  update: MatrixRow[]
  remove: MatrixRow[]
}

/** Rows a change may touch for the grid to take it in at once; more go in slices between paints. */
const ROWS_AT_ONCE = 250
/** Rows looked at (or people read) between two steps of a big change. */
const ROWS_PER_STEP = 2000

/** The touched people of a big change, found in a pass over the team a slice per step. */
function* touchedPeopleOf(people: readonly Person[], touched: ReadonlySet<Id>): Generator<void, Map<Id, Person>> {
  const found = new Map<Id, Person>()
  for (const [index, person] of people.entries()) {
    if (index > 0 && index % (ROWS_PER_STEP * 5) === 0) yield
    if (touched.has(person.id)) found.set(person.id, person)
  }
  return found
}

/** Rows touched by a delta, as one grid transaction (a single edit updates one row), built in steps. */
function* rowTransactionSteps(
  api: GridApi<MatrixRow>,
  data: WorkspaceData,
  delta: Delta,
): Generator<void, RowTransaction> {
  const touched = peopleTouched(delta)
  const source = data.workspace.ratingSource
  // A cell edit uses the team's index (made once per people list); a big change finds its own people.
  const found = touched.size > ROWS_AT_ONCE ? yield* touchedPeopleOf(data.people, touched) : null
  const transaction: RowTransaction = { add: [], update: [], remove: [] }
  let looked = 0
  for (const id of touched) {
    if (++looked % ROWS_PER_STEP === 0) yield
    const person = found ? found.get(id) : personById(data.people, id)
    const existing = api.getRowNode(id)
    if (!person) {
      if (existing?.data) transaction.remove.push(existing.data)
    } else if (existing) transaction.update.push(matrixRow(person, data.ratings.get(id), source))
    else transaction.add.push(matrixRow(person, data.ratings.get(id), source))
  }
  return transaction
}

/** Rows touched by a delta, as one grid transaction (a single edit updates one row). */
export function rowTransaction(api: GridApi<MatrixRow>, data: WorkspaceData, delta: Delta): RowTransaction {
  return runToEnd(rowTransactionSteps(api, data, delta))
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

/**
 * Rows that stay, with what the filter reads unchanged: nothing can move or hide (nothing sorts, a
 * transaction's update keeps a row in place), so their data can be swapped in place. A transaction
 * would re-run the row model over every row (40 ms at 50,000 people; an import of 5,000 into
 * 5,000 ~25 ms more, issue 16).
 */
function staysInPlace(grid: GridApi<MatrixRow>, delta: Delta, transaction: RowTransaction): boolean {
  return (
    !changesColumns(delta) &&
    !transaction.add.length &&
    !transaction.remove.length &&
    transaction.update.every((row) => sameFilterText(grid.getRowNode(row.id)?.data, row))
  )
}

/** Swaps rows' data in place, yielding every ROWS_AT_ONCE rows (and stopping if the grid went away). */
function* updatedInPlace(grid: GridApi<MatrixRow>, rows: readonly MatrixRow[]): Generator<void, void> {
  for (const [index, row] of rows.entries()) {
    if (index > 0 && index % ROWS_AT_ONCE === 0) yield
    if (grid.isDestroyed()) return
    grid.getRowNode(row.id)?.updateData(row)
  }
}

/**
 * Rows a big change adds per transaction: a few first (drawing the first screen's rows is the
 * costly part: ~40–55 ms for a screenful at once), then the rest of the screen and its buffer,
 * then twice as many each time up to 5,000 (each re-runs the row model over every row: ~25–30 ms
 * at 50,000 rows before any add, so 10,000 adds on top were tasks over 50 ms; and 4,500 added at
 * once was a 31–48 ms task at 5,000 people).
 */
const ADD_STEPS = [12, 500]
const FIRST_GROWN_ADD = 1000
const MAX_ADDS_PER_STEP = 5000

/**
 * A transaction whose many new rows go in a few transactions, yielding between them: each re-runs
 * the row model (~45 ms for 5,000 rows added at once, most of it drawing the first screen; 50,000
 * ~100 ms), so the first ones draw the screen and the others only grow the model (issue 16).
 */
function* transactionSteps(grid: GridApi<MatrixRow>, transaction: RowTransaction): Generator<void, void> {
  const { add, update, remove } = transaction
  let start = ADD_STEPS[0]!
  grid.applyTransaction({ add: add.slice(0, start), update, remove })
  let grown = FIRST_GROWN_ADD / 2
  while (start < add.length) {
    yield
    if (grid.isDestroyed()) return
    const fixed = ADD_STEPS.find((size) => size > start)
    if (fixed === undefined) grown = Math.min(MAX_ADDS_PER_STEP, grown * 2)
    const end = fixed ?? start + grown
    grid.applyTransaction({ add: add.slice(start, end) })
    start = end
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

  /**
   * A big change (an import) in slices between paints: its rows, then the grid taking them, then
   * its coverage marks in a task of their own. Later events wait for it (the promise).
   */
  async function takeBigChange(grid: GridApi<MatrixRow>, data: WorkspaceData, event: { kind: 'delta'; delta: Delta }) {
    const transaction = await runInSlices(rowTransactionSteps(grid, data, event.delta))
    if (grid.isDestroyed()) return
    await runInSlices(
      staysInPlace(grid, event.delta, transaction)
        ? updatedInPlace(grid, transaction.update)
        : transactionSteps(grid, transaction),
    )
    await nextTask()
    if (!grid.isDestroyed()) afterChange(event)
  }

  const stop = workspace.onChange((event) => {
    const grid = api.value
    const data = workspace.data
    if (!grid || !data) return
    if (event.kind === 'reload' || data.workspace.ratingSource !== builtFor) return loadAll()
    if (peopleTouched(event.delta).size > ROWS_AT_ONCE) return takeBigChange(grid, data, event)
    const transaction = rowTransaction(grid, data, event.delta)
    if (staysInPlace(grid, event.delta, transaction)) runToEnd(updatedInPlace(grid, transaction.update))
    else if (transaction.add.length || transaction.update.length || transaction.remove.length)
      grid.applyTransaction(transaction)
    afterChange(event)
  })
  onBeforeUnmount(stop)

  return { loadAll }
}
