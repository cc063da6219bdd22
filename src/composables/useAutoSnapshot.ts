import { onBeforeUnmount } from 'vue'
import { useWorkspaceStore } from '../stores/workspace'

/** Quiet time after an edit before the daily snapshot is taken (so a burst of edits is in it). */
const AFTER_EDITS_MS = 5000

/**
 * The daily automatic snapshot: some seconds after an edit, at most once a day (the history
 * store decides). The history code loads only then, not with the matrix.
 */
export function useAutoSnapshot() {
  const workspace = useWorkspaceStore()
  let timer: ReturnType<typeof setTimeout> | null = null

  const stop = workspace.onChange((event) => {
    if (event.kind !== 'delta' || workspace.inMemoryOnly) return
    const editedAt = Date.now()
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      void import('../stores/history')
        .then(({ useHistoryStore }) => useHistoryStore().autoSnapshot(Date.now(), editedAt))
        .catch((error: unknown) => console.error('Skillgrid could not take the daily snapshot:', error))
    }, AFTER_EDITS_MS)
  })
  onBeforeUnmount(() => {
    stop()
    if (timer) clearTimeout(timer)
  })
}
