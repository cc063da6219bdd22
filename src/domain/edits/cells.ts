import type { Change, CellWrite } from '../changes'
import { INTEREST_UNSET, NOT_ASSESSED } from '../scale'
import type { WorkspaceData } from '../types'

type Part = 'level' | 'self' | 'interest'
const PARTS: readonly Part[] = ['level', 'self', 'interest']

/**
 * Sets cells (the lead's level, the person's own, interest); the backward delta restores exactly
 * what each cell held. Returns null when nothing would change, so no empty step lands on the undo list.
 */
export function setCells(data: WorkspaceData, cells: readonly CellWrite[], subject: string): Change | null {
  const forward: CellWrite[] = []
  const backward: CellWrite[] = []
  for (const cell of cells) {
    const ratings = data.ratings.get(cell.personId)
    const old: Record<Part, number> = {
      level: ratings?.levels[cell.slot] ?? NOT_ASSESSED,
      self: ratings?.self[cell.slot] ?? NOT_ASSESSED,
      interest: ratings?.interest[cell.slot] ?? INTEREST_UNSET,
    }
    const write: CellWrite = { personId: cell.personId, slot: cell.slot }
    const undo: CellWrite = { personId: cell.personId, slot: cell.slot }
    for (const part of PARTS) {
      const value = cell[part]
      if (value === undefined || value === old[part]) continue
      write[part] = value
      undo[part] = old[part]
    }
    if (Object.keys(write).length === 2) continue
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
