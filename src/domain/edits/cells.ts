import type { Change, CellWrite } from '../changes'
import { INTEREST_UNSET, NOT_ASSESSED } from '../scale'
import type { WorkspaceData } from '../types'

/**
 * Sets cells; the backward delta restores exactly what each cell held.
 * Returns null when nothing would change, so no empty step lands on the undo list.
 */
export function setCells(data: WorkspaceData, cells: readonly CellWrite[], subject: string): Change | null {
  const forward: CellWrite[] = []
  const backward: CellWrite[] = []
  for (const cell of cells) {
    const ratings = data.ratings.get(cell.personId)
    const oldLevel = ratings?.levels[cell.slot] ?? NOT_ASSESSED
    const oldInterest = ratings?.interest[cell.slot] ?? INTEREST_UNSET
    const levelChanges = cell.level !== undefined && cell.level !== oldLevel
    const interestChanges = cell.interest !== undefined && cell.interest !== oldInterest
    if (!levelChanges && !interestChanges) continue
    const write: CellWrite = { personId: cell.personId, slot: cell.slot }
    const undo: CellWrite = { personId: cell.personId, slot: cell.slot }
    if (levelChanges) {
      write.level = cell.level
      undo.level = oldLevel
    }
    if (interestChanges) {
      write.interest = cell.interest
      undo.interest = oldInterest
    }
    forward.push(write)
    backward.push(undo)
  }
  if (!forward.length) return null
  const action = forward.every((c) => c.interest === undefined) ? 'setLevel' : 'setInterest'
  return {
    label: { action: forward.length > 1 ? 'setCells' : action, subject },
    forward: { ratings: { cells: forward } },
    backward: { ratings: { cells: backward } },
  }
}
