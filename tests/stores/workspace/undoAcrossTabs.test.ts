import { describe, expect, it } from 'vitest'
import { applyDelta, type Delta } from '../../../src/domain/changes'
import { setCells } from '../../../src/domain/edits'
import { levelAt } from '../../../src/domain/ratings'
import type { WorkspaceData } from '../../../src/domain/types'
import { createUndoHistory } from '../../../src/stores/workspace/undoHistory'
import { matrix } from '../../fixtures/builders'

// Issue 14, defect 10: Ctrl+Z in one tab must not destroy a later edit another tab made to the cell.

function tab(start: WorkspaceData) {
  let data = start
  const skipped: number[] = []
  const history = createUndoHistory(
    (delta: Delta) => (data = applyDelta(data, delta, 5)),
    () => data,
    (cells) => skipped.push(cells),
  )
  return {
    get data() {
      return data
    },
    skipped,
    history,
    edit(personIndex: number, slot: number, level: number) {
      const change = setCells(data, [{ personId: data.people[personIndex]!.id, slot, level }], 'edit')!
      data = applyDelta(data, change.forward, 2)
      history.record(change)
    },
    /** What following the journal does when another tab saved a cell. */
    heard(personIndex: number, slot: number, level: number) {
      data = applyDelta(data, { ratings: { cells: [{ personId: data.people[personIndex]!.id, slot, level }] } }, 3)
    },
  }
}

describe('undo across tabs', () => {
  it('skips a cell another tab changed since, keeps the newer value, and says how many were skipped', () => {
    const two = tab(
      matrix([
        [1, 1],
        [2, 2],
      ]),
    )
    two.edit(0, 0, 3)
    two.heard(0, 0, 4) // tab 1 set the same cell later
    two.history.undo()
    expect(levelAt(two.data.ratings.get(two.data.people[0]!.id), 0)).toBe(4)
    expect(two.skipped).toEqual([1])
    // Redo does not bring back this tab's old value over the newer one either.
    two.history.redo()
    expect(levelAt(two.data.ratings.get(two.data.people[0]!.id), 0)).toBe(4)
    expect(two.skipped).toEqual([1, 1])
  })

  it('undoes the cells nobody else changed, even in the same change', () => {
    const two = tab(
      matrix([
        [1, 1],
        [2, 2],
      ]),
    )
    const data = two.data
    const change = setCells(
      data,
      [
        { personId: data.people[0]!.id, slot: 0, level: 3 },
        { personId: data.people[1]!.id, slot: 1, level: 0 },
      ],
      'paste',
    )!
    const after = applyDelta(data, change.forward, 2)
    const guarded = tab(after)
    guarded.history.record(change)
    guarded.heard(1, 1, 4)
    guarded.history.undo()
    expect(levelAt(guarded.data.ratings.get(data.people[0]!.id), 0)).toBe(1)
    expect(levelAt(guarded.data.ratings.get(data.people[1]!.id), 1)).toBe(4)
    expect(guarded.skipped).toEqual([1])
  })

  it('undoes as before when no other tab touched the cell', () => {
    const one = tab(matrix([[1]]))
    one.edit(0, 0, 3)
    one.history.undo()
    expect(levelAt(one.data.ratings.get(one.data.people[0]!.id), 0)).toBe(1)
    expect(one.skipped).toEqual([])
  })
})
