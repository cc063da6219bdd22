import { describe, expect, it } from 'vitest'
import type { Change, Delta } from '../../../src/domain/changes'
import { createUndoHistory } from '../../../src/stores/workspace/undoHistory'

function change(subject: string): Change {
  return {
    label: { action: 'rename', subject },
    forward: { people: { delete: [`${subject}-forward`] } },
    backward: { people: { delete: [`${subject}-backward`] } },
  }
}

function history() {
  const applied: Delta[] = []
  return { undoHistory: createUndoHistory((delta) => applied.push(delta)), applied }
}

describe('undo history', () => {
  it('undoes the last change by applying its backward delta, and redoes it by applying its forward one', () => {
    const { undoHistory, applied } = history()
    const first = change('first')
    const second = change('second')
    undoHistory.record(first)
    undoHistory.record(second)
    expect(undoHistory.nextUndo.value).toEqual(second.label)
    expect(undoHistory.canRedo.value).toBe(false)
    undoHistory.undo()
    expect(applied).toEqual([second.backward])
    expect(undoHistory.undoStack.value).toEqual([first])
    expect(undoHistory.nextRedo.value).toEqual(second.label)
    undoHistory.redo()
    expect(applied).toEqual([second.backward, second.forward])
    expect(undoHistory.undoStack.value).toEqual([first, second])
    expect(undoHistory.canRedo.value).toBe(false)
  })

  it('forgets what could be redone once a new change is recorded', () => {
    const { undoHistory } = history()
    undoHistory.record(change('first'))
    undoHistory.undo()
    expect(undoHistory.canRedo.value).toBe(true)
    undoHistory.record(change('second'))
    expect(undoHistory.redoStack.value).toEqual([])
  })

  it('does nothing when there is nothing to undo or redo', () => {
    const { undoHistory, applied } = history()
    undoHistory.undo()
    undoHistory.redo()
    expect(applied).toEqual([])
    expect(undoHistory.canUndo.value).toBe(false)
    expect(undoHistory.nextUndo.value).toBeNull()
  })

  it('keeps the last 200 steps', () => {
    const { undoHistory } = history()
    for (let i = 0; i < 205; i++) undoHistory.record(change(String(i)))
    expect(undoHistory.undoStack.value).toHaveLength(200)
    expect(undoHistory.undoStack.value[0]?.label.subject).toBe('5')
  })

  it('clears both stacks', () => {
    const { undoHistory } = history()
    undoHistory.record(change('first'))
    undoHistory.record(change('second'))
    undoHistory.undo()
    undoHistory.clear()
    expect([undoHistory.canUndo.value, undoHistory.canRedo.value]).toEqual([false, false])
  })
})
