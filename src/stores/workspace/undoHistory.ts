import { computed, shallowRef } from 'vue'
import type { Change, Delta } from '../../domain/changes'

const UNDO_LIMIT = 200

/** Undo and redo stacks of committed changes; `apply` puts a delta in memory and queues its save. */
export function createUndoHistory(apply: (delta: Delta) => void) {
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
    apply(change.backward)
    redoStack.value = [...redoStack.value, change]
  }

  function redo() {
    const change = redoStack.value.at(-1)
    if (!change) return
    redoStack.value = redoStack.value.slice(0, -1)
    apply(change.forward)
    undoStack.value = [...undoStack.value, change]
  }

  function clear() {
    undoStack.value = []
    redoStack.value = []
  }

  return { undoStack, redoStack, canUndo, canRedo, nextUndo, nextRedo, record, undo, redo, clear }
}

export type UndoHistory = ReturnType<typeof createUndoHistory>
