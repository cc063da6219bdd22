import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { getDb } from '../db/db'
import { classifyStorageError, type StorageProblem } from '../db/errors'
import { readMeta, writeMeta } from '../db/metaRepo'
import { META_KEYS, STORAGE_KEYS } from '../db/names'
import {
  createWorkspace,
  listWorkspaces,
  loadWorkspace,
  replaceWorkspace,
  writeDelta,
  type WorkspaceSummary,
} from '../db/workspaceRepo'
import type { Change, Delta } from '../domain/changes'
import { applyDelta } from '../domain/changes'
import { EditError } from '../domain/edits/editError'
import { newId } from '../domain/ids'
import { buildSeedWorkspace } from '../domain/seed'
import type { WorkspaceData } from '../domain/types'
import { bundledFramework } from './framework'
import { useNoticeStore } from './notices'

export type SaveState = 'saved' | 'saving' | 'unsaved'

/** What happened to the workspace in memory: one delta, or a wholesale reload (reset, switch). */
export type WorkspaceEvent = { kind: 'delta'; delta: Delta } | { kind: 'reload' }
type Listener = (event: WorkspaceEvent) => void

const UNDO_LIMIT = 200

export function seedDemoWorkspace(name = 'Demo community team'): WorkspaceData {
  return buildSeedWorkspace(bundledFramework(), { name, now: Date.now(), newId, withDemoTeam: true })
}

/** The open workspace: loading, every change (memory first, then one transaction), undo and redo. */
export const useWorkspaceStore = defineStore('workspace', () => {
  const notices = useNoticeStore()

  const status = ref<'idle' | 'loading' | 'ready' | 'failed'>('idle')
  const data = shallowRef<WorkspaceData | null>(null)
  const workspaces = ref<WorkspaceSummary[]>([])
  const saveState = ref<SaveState>('saved')
  const storageProblem = ref<StorageProblem | null>(null)
  /** Changes applied in memory but not yet on disk, oldest first. */
  const pending = shallowRef<Delta[]>([])
  const undoStack = shallowRef<Change[]>([])
  const redoStack = shallowRef<Change[]>([])
  /** IndexedDB could not be opened: the app works in memory only. */
  const inMemoryOnly = ref(false)
  /** This browser held data before, but the database is empty now (evicted or cleared). */
  const dataWasCleared = ref(false)

  const canUndo = computed(() => undoStack.value.length > 0)
  const canRedo = computed(() => redoStack.value.length > 0)
  const nextUndo = computed(() => undoStack.value.at(-1)?.label ?? null)
  const nextRedo = computed(() => redoStack.value.at(-1)?.label ?? null)

  const listeners = new Set<Listener>()
  let writing: Promise<void> = Promise.resolve()

  function onChange(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }

  function emit(event: WorkspaceEvent) {
    for (const listener of listeners) listener(event)
  }

  function markHadData() {
    globalThis.localStorage?.setItem(STORAGE_KEYS.hadData, '1')
  }

  async function init() {
    status.value = 'loading'
    const db = getDb()
    try {
      workspaces.value = await listWorkspaces(db)
      const lastId = await readMeta(db, META_KEYS.lastWorkspaceId)
      let id = workspaces.value.find((w) => w.id === lastId)?.id ?? workspaces.value[0]?.id
      if (!id) {
        dataWasCleared.value = globalThis.localStorage?.getItem(STORAGE_KEYS.hadData) === '1'
        const seeded = seedDemoWorkspace()
        await createWorkspace(db, seeded)
        workspaces.value = await listWorkspaces(db)
        id = seeded.workspace.id
      }
      data.value = await loadWorkspace(db, id)
      if (!data.value) throw new Error(`Workspace ${id} could not be read`)
      markHadData()
      status.value = 'ready'
    } catch (error) {
      const problem = classifyStorageError(error)
      storageProblem.value = problem
      if (problem === 'unavailable' || problem === 'unknown') {
        // Keep the app usable: the demo workspace in memory, with a clear warning and export.
        console.warn('Skillgrid storage unavailable, working in memory only:', error)
        inMemoryOnly.value = true
        data.value = seedDemoWorkspace()
        workspaces.value = []
        saveState.value = 'unsaved'
        status.value = 'ready'
      } else {
        status.value = 'failed'
      }
    }
    emit({ kind: 'reload' })
  }

  async function flush() {
    const current = data.value
    if (!current) return
    while (pending.value.length) {
      const [delta] = pending.value
      if (!delta) break
      saveState.value = 'saving'
      try {
        await writeDelta(getDb(), current.workspace.id, delta, Date.now())
        pending.value = pending.value.slice(1)
        storageProblem.value = null
      } catch (error) {
        storageProblem.value = classifyStorageError(error)
        saveState.value = 'unsaved'
        console.error('Skillgrid could not save a change:', error)
        return
      }
    }
    saveState.value = 'saved'
  }

  function persist(delta: Delta) {
    if (inMemoryOnly.value) return
    pending.value = [...pending.value, delta]
    writing = writing.then(flush)
  }

  /** Resolves when every change so far has been written (or failed to be). */
  function whenSaved(): Promise<void> {
    return writing
  }

  /** Tries the unsaved changes again (after the user freed space, say). */
  function retrySave(): Promise<void> {
    writing = writing.then(flush)
    return writing
  }

  function apply(delta: Delta) {
    if (!data.value) return
    data.value = applyDelta(data.value, delta, Date.now())
    persist(delta)
    emit({ kind: 'delta', delta })
  }

  function commit(change: Change) {
    apply(change.forward)
    undoStack.value = [...undoStack.value.slice(-(UNDO_LIMIT - 1)), change]
    redoStack.value = []
  }

  /** Builds a change from the current data and commits it; a refused edit becomes a notice. */
  function edit(build: (current: WorkspaceData) => Change | null): boolean {
    const current = data.value
    if (!current) return false
    try {
      const change = build(current)
      if (change) commit(change)
      return true
    } catch (error) {
      if (error instanceof EditError) {
        notices.show('error', error.code, error.params)
        return false
      }
      throw error
    }
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

  /** Replaces the open workspace's content wholesale (reset to demo, start empty); not undoable. */
  async function replaceContent(next: WorkspaceData) {
    const current = data.value
    if (!current) return
    await writing
    const replacement: WorkspaceData = { ...next, workspace: { ...next.workspace, id: current.workspace.id, name: current.workspace.name } }
    if (!inMemoryOnly.value) {
      await replaceWorkspace(getDb(), current.workspace.id, replacement)
      await writeMeta(getDb(), META_KEYS.lastWorkspaceId, current.workspace.id)
    }
    data.value = replacement
    pending.value = []
    undoStack.value = []
    redoStack.value = []
    emit({ kind: 'reload' })
  }

  function resetToDemo() {
    return replaceContent(seedDemoWorkspace())
  }

  function startEmpty() {
    return replaceContent(buildSeedWorkspace(bundledFramework(), { name: '', now: Date.now(), newId, withDemoTeam: false }))
  }

  return {
    status,
    data,
    workspaces,
    saveState,
    storageProblem,
    pending,
    undoStack,
    redoStack,
    inMemoryOnly,
    dataWasCleared,
    canUndo,
    canRedo,
    nextUndo,
    nextRedo,
    init,
    onChange,
    commit,
    edit,
    undo,
    redo,
    whenSaved,
    retrySave,
    resetToDemo,
    startEmpty,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWorkspaceStore, import.meta.hot))
