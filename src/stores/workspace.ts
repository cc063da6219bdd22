import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { WorkspaceSummary } from '../db/workspaceRows'
import type { Change, Delta } from '../domain/changes'
import { applyDelta, applyDeltaSteps, isLargeChange } from '../domain/changes'
import { EditError } from '../domain/edits/editError'
import { newId } from '../domain/ids'
import { effectiveData } from '../domain/sources'
import { runToEnd } from '../domain/steps'
import type { Id, WorkspaceData } from '../domain/types'
import { guardLeaving } from '../platform/leaveGuard'
import { runInSlices } from '../platform/nextTask'
import { useNoticeStore } from './notices'
import { DEMO_NAMES, seedDemoWorkspace, seedEmptyWorkspace } from './seeds'
import { useSettingsStore } from './settings'
import { createChangeEvents } from './workspace/changeEvents'
import { createWorkspaceLoader } from './workspace/loadWorkspace'
import { createSaveQueue } from './workspace/saveQueue'
import { createStorageConnection } from './workspace/storageConnection'
import { createTabFollow } from './workspace/tabFollow'
import { createUndoHistory } from './workspace/undoHistory'

export type { WorkspaceEvent } from './workspace/changeEvents'
export type { SaveState } from './workspace/saveQueue'

/** The open workspace: loading, every change (memory first, then one transaction), undo and redo. */
export const useWorkspaceStore = defineStore('workspace', () => {
  const notices = useNoticeStore()
  const settings = useSettingsStore()

  const data = shallowRef<WorkspaceData | null>(null)
  const workspaces = ref<WorkspaceSummary[]>([])
  /** IndexedDB could not be opened: the app works in memory only. */
  const inMemoryOnly = ref(false)
  /** This tab, in the journal other tabs follow. */
  const tabId = newId()

  const currentId = computed(() => data.value?.workspace.id ?? null)
  /** The data with effective levels (lead's, else self, or one source as the workspace says): what coverage and the planner count. */
  const effective = computed(() => (data.value ? effectiveData(data.value) : null))

  const connection = createStorageConnection()
  const { storage } = connection
  const events = createChangeEvents()
  const queue = createSaveQueue({
    storage,
    tabId,
    workspaceId: () => data.value?.workspace.id ?? null,
    inMemoryOnly,
    outdated: connection.outdated,
    onQueued: () => loader.wake(),
  })
  /** True while a change is only in memory: a reload or close now would lose it, so the page asks first. */
  const hasUnsavedChanges = computed(() => queue.pending.value.length > 0)
  if (typeof window !== 'undefined') guardLeaving(window, () => hasUnsavedChanges.value)
  const undoHistory = createUndoHistory(
    apply,
    () => data.value,
    (cells) => notices.show('info', 'workspace.undoSkipped', { count: cells }),
  )
  const tabs = createTabFollow({
    storage,
    tabId,
    data,
    workspaces,
    pending: queue.pending,
    inMemoryOnly,
    whenSaved: queue.whenSaved,
    events,
    openWorkspace: (id) => loader.openWorkspace(id),
    deletedElsewhere: (name, next) => notices.show('info', 'workspace.deletedElsewhere', { name, next }),
  })
  const loader = createWorkspaceLoader({
    data,
    workspaces,
    inMemoryOnly,
    connection,
    queue,
    tabs,
    events,
    resetHistory,
    demoName: () => DEMO_NAMES[settings.locale],
    demoLocale: () => settings.locale,
  })

  function resetHistory() {
    queue.clearPending()
    undoHistory.clear()
  }

  /** Applies a delta in memory (`next`: the data after it, when already worked out), then writes it. */
  function apply(delta: Delta, next?: WorkspaceData) {
    if (!data.value) return
    data.value = next ?? applyDelta(data.value, delta, Date.now())
    if (delta.workspace) {
      const { id, name, createdAt, updatedAt } = data.value.workspace
      workspaces.value = workspaces.value.map((w) => (w.id === id ? { id, name, createdAt, updatedAt } : w))
    }
    queue.persist(delta)
    // A big change (an import, its undo) is written before the grid and coverage catch up, so the
    // database does not compete with them for the page (measured: letting the grid catch up
    // while the database commits made the import ~40 ms slower); then each catches up in a task
    // of its own. A small edit shows at once.
    if (isLargeChange(delta) && !inMemoryOnly.value) events.emitWhen(queue.whenSaved(), { kind: 'delta', delta }, true)
    else events.emitInOrder({ kind: 'delta', delta })
  }

  function commit(change: Change) {
    commitWith(change)
  }

  /** Commits a change whose data after it may already be worked out (`next`). */
  function commitWith(change: Change, next?: WorkspaceData) {
    apply(change.forward, next)
    undoHistory.record(change)
  }

  /** Builds a change from the current data and commits it; a refused edit becomes a notice. */
  function edit(build: (current: WorkspaceData) => Change | null): boolean {
    const current = data.value
    if (!current) return false
    try {
      commitBuilt(build(current))
      return true
    } catch (error) {
      return refused(error)
    }
  }

  /**
   * `edit` for a change too big to build in one task (an import at 50,000 people): built in slices
   * with the page painting between them, then committed as one change. When the data moved
   * meanwhile (another tab's change came in), it is built again from the data as it is, at once.
   */
  async function editInSteps(build: (current: WorkspaceData) => Generator<void, Change | null>): Promise<boolean> {
    const current = data.value
    if (!current) return false
    try {
      const change = await runInSlices(build(current))
      // The data after it too (an import of 50,000 people is ~60 ms of it), so the commit is short.
      const next = change ? await runInSlices(applyDeltaSteps(current, change.forward, Date.now())) : undefined
      // Another workspace opened meanwhile (this one was deleted in another tab): not for that one.
      if (data.value?.workspace.id !== current.workspace.id) return false
      if (data.value !== current) return edit((now) => runToEnd(build(now)))
      commitBuilt(change, next)
      return true
    } catch (error) {
      return refused(error)
    }
  }

  function commitBuilt(change: Change | null, next?: WorkspaceData) {
    if (!change) return
    commitWith(change, next)
    // Made, but the user should know (control characters removed from a name): once, not on undo.
    for (const warning of change.warnings ?? []) notices.show('warning', warning.code, warning.params)
  }

  /** A refused edit (EditError) as a notice: false. Anything else is a bug and is thrown on. */
  function refused(error: unknown): false {
    if (!(error instanceof EditError)) throw error
    notices.show('error', error.code, error.params)
    return false
  }

  /** Replaces the open workspace's content wholesale (reset to demo, start empty, restore); not undoable. */
  async function replaceContent(next: WorkspaceData) {
    const current = data.value
    if (!current) return
    await queue.whenSaved()
    const replacement: WorkspaceData = {
      ...next,
      workspace: { ...next.workspace, id: current.workspace.id, name: current.workspace.name },
    }
    if (!inMemoryOnly.value) {
      const { getDb, replaceWorkspace } = await storage()
      await replaceWorkspace(getDb(), current.workspace.id, replacement, tabId)
    }
    data.value = replacement
    resetHistory()
    events.emitInOrder({ kind: 'reload' })
  }

  async function resetToDemo() {
    await replaceContent(await seedDemoWorkspace(undefined, settings.locale))
  }

  async function startEmpty() {
    await replaceContent(await seedEmptyWorkspace(''))
  }

  /** Adds a whole workspace (new, duplicated or restored) and opens it. */
  async function addWorkspace(next: WorkspaceData) {
    await queue.whenSaved()
    if (inMemoryOnly.value) {
      data.value = next
      resetHistory()
      events.emitInOrder({ kind: 'reload' })
      return
    }
    const { getDb, createWorkspace, listWorkspaces } = await storage()
    await createWorkspace(getDb(), next, tabId)
    workspaces.value = await listWorkspaces(getDb())
    await loader.openWorkspace(next.workspace.id)
  }

  async function switchTo(id: Id) {
    if (id === currentId.value || inMemoryOnly.value) return
    await queue.whenSaved()
    await loader.openWorkspace(id)
  }

  /** Reloads the list of workspaces after another store deleted one. */
  async function refreshList() {
    if (inMemoryOnly.value) return
    const { getDb, listWorkspaces } = await storage()
    workspaces.value = await listWorkspaces(getDb())
  }

  return {
    status: loader.status,
    data,
    workspaces,
    saveState: queue.saveState,
    storageProblem: queue.storageProblem,
    pending: queue.pending,
    hasUnsavedChanges,
    undoStack: undoHistory.undoStack,
    redoStack: undoHistory.redoStack,
    inMemoryOnly,
    dataWasCleared: loader.dataWasCleared,
    outdated: connection.outdated,
    blocked: connection.blocked,
    canUndo: undoHistory.canUndo,
    canRedo: undoHistory.canRedo,
    nextUndo: undoHistory.nextUndo,
    nextRedo: undoHistory.nextRedo,
    currentId,
    effective,
    init: loader.init,
    screenShown: loader.screenShown,
    onChange: events.onChange,
    onListChanged: events.onListChanged,
    commit,
    edit,
    editInSteps,
    undo: undoHistory.undo,
    redo: undoHistory.redo,
    whenSaved: queue.whenSaved,
    retrySave: queue.retrySave,
    replaceContent,
    resetToDemo,
    startEmpty,
    addWorkspace,
    switchTo,
    refreshList,
    dispose: tabs.dispose,
    tabId,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWorkspaceStore, import.meta.hot))
