import { computed, shallowRef } from 'vue'
import { withoutOverwrittenCells, type Change, type Delta } from '../../domain/changes'
import type { WorkspaceData } from '../../domain/types'

const UNDO_LIMIT = 200

/**
 * Undo and redo stacks of committed changes; `apply` puts a delta in memory and queues its save.
 * An undo (or redo) never overwrites a cell another tab changed since: `current` gives the data as
 * it is now, and `skipped` hears how many cells were left alone.
 */
export function createUndoHistory(
  apply: (delta: Delta) => void,
  current: () => WorkspaceData | null = () => null,
  skipped: (cells: number) => void = () => {},
) {
  /** Applies `delta` except the cells that no longer hold what `expected` wrote. */
  function applyGuarded(delta: Delta, expected: Delta) {
    const data = current()
    const guarded = data ? withoutOverwrittenCells(data, delta, expected) : { delta, skipped: 0 }
    if (guarded.skipped > 0) skipped(guarded.skipped)
    if (guarded.delta) apply(guarded.delta)
  }

  const undoStack = shallowRef<Change[]>([])
  const redoStack = shallowRef<Change[]>([])

  const canUndo = computed(() => undoStack.value.length > 0)
  const canRedo = computed(() => redoStack.value.length > 0)
  const nextUndo = computed(() => undoStack.value.at(-1)?.label ?? null)
  const nextRedo = computed(() => redoStack.value.at(-1)?.label ?? null)

  /** A change just committed: it can be undone, and nothing is left to redo. */
  function record(change: Change) {
    undoStack.value = [...undoStack.value.slice(-(UNDO_LIMIT - 1)), change]
    redoStack.value = []
  }

  function undo() {
    const change = undoStack.value.at(-1)
    if (!change) return
    undoStack.value = undoStack.value.slice(0, -1)
    applyGuarded(change.backward, change.forward)
    redoStack.value = [...redoStack.value, change]
  }

  function redo() {
    const change = redoStack.value.at(-1)
    if (!change) return
    redoStack.value = redoStack.value.slice(0, -1)
    applyGuarded(change.forward, change.backward)
    undoStack.value = [...undoStack.value, change]
  }

  function clear() {
    undoStack.value = []
    redoStack.value = []
  }

  return { undoStack, redoStack, canUndo, canRedo, nextUndo, nextRedo, record, undo, redo, clear }
}

export type UndoHistory = ReturnType<typeof createUndoHistory>
