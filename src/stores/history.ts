import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { loadStorage } from '../db/lazyStorage'
import { newId } from '../domain/ids'
import { diffSnapshots, type SnapshotDiff } from '../domain/snapshotDiff'
import {
  currentState,
  restoreSnapshotChange,
  snapshotState,
  snapshotSteps,
  type SnapshotContent,
  type SnapshotKind,
  type SnapshotState,
  type SnapshotSummary,
} from '../domain/snapshots'
import type { Id } from '../domain/types'
import { nextTask, runInSlices } from '../platform/nextTask'
import { useCoverageStore } from './coverage'
import { useNoticeStore } from './notices'
import { useWorkspaceStore } from './workspace'

/** Compare with the workspace as it is now. */
export const NOW = 'now'

/** Local calendar day of a moment: "at most one automatic snapshot a day" is by the user's day. */
function dayOf(time: number): string {
  const date = new Date(time)
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`
}

/** Lets the page run (paint, take input) before the next slice of work. */

/** Contents kept in memory after a read (compare, restore): each is ~1.5 MB for 5,000 × 100. */
const CACHED_CONTENTS = 4

/** Dated snapshots of the open workspace: taken by hand, with every import and once a day when edited. */
export const useHistoryStore = defineStore('history', () => {
  const workspace = useWorkspaceStore()
  const notices = useNoticeStore()
  const coverage = useCoverageStore()

  const snapshots = shallowRef<SnapshotSummary[]>([])
  const unreadable = ref(0)
  const loadedFor = ref<Id | null>(null)
  const saving = ref(false)
  /** Recently read contents, newest last; in memory-only mode the only copy. */
  const contents = new Map<Id, SnapshotContent>()

  function remember(content: SnapshotContent) {
    contents.delete(content.id)
    contents.set(content.id, content)
    if (workspace.inMemoryOnly) return
    for (const id of contents.keys()) if (contents.size > CACHED_CONTENTS) contents.delete(id)
  }

  workspace.onChange((event) => {
    if (event.kind !== 'reload' || workspace.currentId === loadedFor.value) return
    snapshots.value = []
    contents.clear()
    loadedFor.value = null
  })

  // Another tab took or deleted a snapshot of this workspace: read the list again if it is shown.
  workspace.onListChanged((list) => {
    if (list === 'snapshots' && loadedFor.value === workspace.currentId) void load(true)
  })

  /** Reads the list of the open workspace's snapshots (again, when `force`). */
  async function load(force = false) {
    const id = workspace.currentId
    if (!id || workspace.inMemoryOnly || (!force && loadedFor.value === id)) return
    const { getDb, listSnapshots } = await loadStorage()
    const listed = await listSnapshots(getDb(), id)
    if (workspace.currentId !== id) return
    snapshots.value = listed.snapshots
    unreadable.value = listed.unreadable
    loadedFor.value = id
  }

  /**
   * Takes a snapshot of the workspace as saved; null when it could not be stored (a notice says so).
   * With `packNow` (an import, just applied in memory) it is packed at once, while the change is
   * being written, and stored once the write landed — or dropped when the write failed.
   */
  async function save(
    kind: SnapshotKind,
    label = '',
    takenAt = Date.now(),
    options: { packNow?: boolean } = {},
  ): Promise<SnapshotSummary | null> {
    if (!options.packNow) await workspace.whenSaved()
    const data = workspace.data
    if (!data) return null
    saving.value = true
    // The list the new snapshot joins is read meanwhile (other stores than the write's).
    const listed = workspace.inMemoryOnly ? Promise.resolve() : load()
    // Awaited below; a failure before then must not surface as an unhandled rejection.
    listed.catch(() => undefined)
    try {
      // Packed in slices with a task between them: 50,000 × 200 in one go froze the page 0.6 s.
      const steps = snapshotSteps(
        data,
        { id: newId(), takenAt, kind, label: label.trim() },
        coverage.totalsFor(data) ?? undefined,
      )
      // The write this snapshot follows is issued first (its records are cloned on this thread too).
      if (options.packNow) await nextTask()
      const { summary, content } = await runInSlices(steps)
      if (options.packNow) {
        await workspace.whenSaved()
        // Storage does not hold what this snapshot shows: the import says so and offers a retry.
        if (workspace.saveState === 'unsaved' && !workspace.inMemoryOnly) return null
      }
      await listed
      if (!workspace.inMemoryOnly) {
        const { getDb, saveSnapshot } = await loadStorage()
        await saveSnapshot(getDb(), data.workspace.id, summary, content, workspace.tabId)
      }
      remember(content)
      if (workspace.currentId === data.workspace.id)
        snapshots.value = [...snapshots.value, summary].sort((a, b) => a.takenAt - b.takenAt)
      return summary
    } catch (error) {
      console.error('Skillgrid could not store a snapshot:', error)
      notices.show('error', 'history.saveFailed', {}, 15000)
      return null
    } finally {
      saving.value = false
    }
  }

  /**
   * The daily snapshot after an edit made at `editedAt`: skipped when an automatic one was taken
   * today (in any tab), or when the newest snapshot already holds that edit (an import's own).
   */
  async function autoSnapshot(now = Date.now(), editedAt = now): Promise<SnapshotSummary | null> {
    if (!workspace.data || workspace.inMemoryOnly) return null
    await load(true)
    const today = dayOf(now)
    if (snapshots.value.some((s) => s.kind === 'auto' && dayOf(s.takenAt) === today)) return null
    if ((snapshots.value.at(-1)?.takenAt ?? -Infinity) >= editedAt) return null
    return save('auto', '', now)
  }

  async function remove(id: Id) {
    const workspaceId = workspace.currentId
    if (!workspace.inMemoryOnly && workspaceId) {
      const { getDb, deleteSnapshot } = await loadStorage()
      await deleteSnapshot(getDb(), workspaceId, id, workspace.tabId)
    }
    contents.delete(id)
    snapshots.value = snapshots.value.filter((s) => s.id !== id)
  }

  /** A snapshot (or the workspace now) as a comparable state; null when it is gone or unreadable. */
  async function stateOf(id: Id): Promise<SnapshotState | null> {
    const data = workspace.data
    if (id === NOW) return data ? currentState(data) : null
    let content = contents.get(id) ?? null
    if (!content && !workspace.inMemoryOnly) {
      try {
        const { getDb, readSnapshotContent } = await loadStorage()
        content = await readSnapshotContent(getDb(), id)
      } catch (error) {
        console.error('Skillgrid could not read a snapshot:', error)
        notices.show('error', 'history.readFailed', {}, 15000)
        return null
      }
    }
    if (!content) return null
    remember(content)
    return snapshotState(content)
  }

  async function compare(fromId: Id, toId: Id): Promise<SnapshotDiff | null> {
    const [from, to] = await Promise.all([stateOf(fromId), stateOf(toId)])
    return from && to ? diffSnapshots(from, to) : null
  }

  /** Brings a snapshot's matrix back as one undoable change (the caller has asked first). */
  async function restore(id: Id, subject: string): Promise<boolean> {
    const state = await stateOf(id)
    if (!state || id === NOW) return false
    return workspace.edit((data) => restoreSnapshotChange(data, state, subject))
  }

  return { snapshots, unreadable, loadedFor, saving, load, save, autoSnapshot, remove, stateOf, compare, restore }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useHistoryStore, import.meta.hot))
