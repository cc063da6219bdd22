import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { classifyStorageError, type StorageProblem } from '../db/errors'
import { META_KEYS, STORAGE_KEYS } from '../db/names'
import { loadStorage, type StorageApi } from '../db/lazyStorage'
import type { JournalNote, ListName, TabMessage } from '../db/tabSync'
import { takeEarlyRead } from '../db/earlyRead'
import { workspaceFromRows, workspaceSummaries, type WorkspaceSummary } from '../db/workspaceRows'
import type { Change, Delta } from '../domain/changes'
import { applyDelta, peopleTouched } from '../domain/changes'
import { EditError } from '../domain/edits/editError'
import { newId } from '../domain/ids'
import { effectiveData } from '../domain/sources'
import type { Id, WorkspaceData } from '../domain/types'
import { whenIdle } from '../platform/whenIdle'
import { useNoticeStore } from './notices'
import { DEMO_NAMES, seedDemoWorkspace, seedEmptyWorkspace } from './seeds'
import { useSettingsStore } from './settings'

export type SaveState = 'saved' | 'saving' | 'unsaved'

/** What happened to the workspace in memory: one delta, or a wholesale reload (reset, switch). */
export type WorkspaceEvent = { kind: 'delta'; delta: Delta } | { kind: 'reload' }
type Listener = (event: WorkspaceEvent) => void

const UNDO_LIMIT = 200
/** People a change touches above which the screen follows the write instead of leading it. */
const LARGE_CHANGE = 1000

function isStructural(delta: Delta): boolean {
  return Boolean(delta.workspace || delta.skills || delta.categories || delta.roles)
}

/** The open workspace: loading, every change (memory first, then one transaction), undo and redo. */
export const useWorkspaceStore = defineStore('workspace', () => {
  const notices = useNoticeStore()
  const settings = useSettingsStore()

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
  /** Another tab upgraded the database: this tab stops writing until reloaded. */
  const outdated = ref(false)
  /** Our upgrade waits for other tabs to close. */
  const blocked = ref(false)

  const canUndo = computed(() => undoStack.value.length > 0)
  const canRedo = computed(() => redoStack.value.length > 0)
  const nextUndo = computed(() => undoStack.value.at(-1)?.label ?? null)
  const nextRedo = computed(() => redoStack.value.at(-1)?.label ?? null)
  const currentId = computed(() => data.value?.workspace.id ?? null)
  /** The data with effective levels (lead's, else self, or one source as the workspace says): what coverage and the planner count. */
  const effective = computed(() => (data.value ? effectiveData(data.value) : null))

  const listeners = new Set<Listener>()
  let writing: Promise<void> = Promise.resolve()
  /** This tab, in the journal other tabs follow. */
  const tabId = newId()
  let otherTabs: ReturnType<StorageApi['watchOtherTabs']> | null = null
  /** Bumped by dispose(): a watch that was still starting must not outlive it. */
  let watchGeneration = 0
  let storageReady: Promise<StorageApi> | null = null
  /** Set while Dexie waits for an idle page after an early read: an edit starts it at once. */
  let wakeStorage: (() => void) | null = null
  /** The journal position the loaded data is as new as. */
  let journalSince = 0

  /** Dexie, loaded on first use, with this tab watching its connection. */
  function storage(): Promise<StorageApi> {
    storageReady ??= loadStorage().then((loaded) => {
      loaded.watchConnection(loaded.getDb(), {
        onVersionChange: () => {
          outdated.value = true
        },
        onBlocked: () => {
          blocked.value = true
        },
      })
      return loaded
    })
    return storageReady
  }

  const listListeners = new Set<(list: ListName) => void>()

  /** Hears when another tab changed the open workspace's snapshots or saved plans. */
  function onListChanged(listener: (list: ListName) => void): () => void {
    listListeners.add(listener)
    return () => listListeners.delete(listener)
  }

  function onChange(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }

  function emit(event: WorkspaceEvent) {
    for (const listener of listeners) listener(event)
  }

  /** Events held back behind a big change, so that listeners still see every change in order. */
  let heldEvents: Promise<void> | null = null

  function emitWhen(ready: Promise<unknown>, event: WorkspaceEvent) {
    // A listener that threw for an earlier event must not hold back the later ones.
    const before = heldEvents?.catch(() => undefined) ?? Promise.resolve()
    const chain: Promise<void> = before.then(() => ready).then(() => {
      if (heldEvents === chain) heldEvents = null
      emit(event)
    })
    heldEvents = chain
  }

  function emitInOrder(event: WorkspaceEvent) {
    if (heldEvents) emitWhen(Promise.resolve(), event)
    else emit(event)
  }

  function markHadData() {
    globalThis.localStorage?.setItem(STORAGE_KEYS.hadData, '1')
  }

  function resetHistory() {
    pending.value = []
    undoStack.value = []
    redoStack.value = []
  }

  async function openWorkspace(id: Id) {
    const { getDb, loadWorkspace, writeMeta } = await storage()
    const loaded = await loadWorkspace(getDb(), id)
    if (!loaded) throw new Error(`Workspace ${id} could not be read`)
    data.value = loaded
    resetHistory()
    await writeMeta(getDb(), META_KEYS.lastWorkspaceId, id)
    emitInOrder({ kind: 'reload' })
  }

  /** The last used workspace as the early reader found it, validated; null to read through Dexie. */
  async function fromEarlyRead(): Promise<boolean> {
    const early = await takeEarlyRead()
    if (!early) return false
    try {
      const loaded = workspaceFromRows(early.rows)
      workspaces.value = workspaceSummaries(early.workspaces)
      data.value = loaded
      journalSince = early.journalSeq
      return true
    } catch (error) {
      console.warn('Skillgrid reads the workspace again through Dexie:', error)
      return false
    }
  }

  async function init() {
    status.value = 'loading'
    try {
      if (await fromEarlyRead()) {
        resetHistory()
        status.value = 'ready'
        emitInOrder({ kind: 'reload' })
        // Load and open Dexie once the matrix is on screen and the page idle (upgrades and version
        // clashes show at once), or as soon as an edit needs it; writes queue behind it.
        const needed = new Promise<void>((resolve) => {
          wakeStorage = resolve
          whenIdle(resolve, 1000)
        })
        writing = writing.then(() =>
          needed
            .then(() => (wakeStorage = null))
            .then(storage)
            .then((loaded) => loaded.getDb().open())
            .then(
              () => undefined,
              (error: unknown) => {
                // The data is on screen; without a working connection it cannot be saved, so say so.
                storageProblem.value = classifyStorageError(error)
                saveState.value = 'unsaved'
                console.error('Skillgrid could not open its database for writing:', error)
              },
            ),
        )
      } else {
        const { getDb, journalPosition, listWorkspaces, readMeta, createWorkspace } = await storage()
        const db = getDb()
        journalSince = await journalPosition(db)
        workspaces.value = await listWorkspaces(db)
        const lastId = await readMeta(db, META_KEYS.lastWorkspaceId)
        let id = workspaces.value.find((w) => w.id === lastId)?.id ?? workspaces.value[0]?.id
        if (!id) {
          dataWasCleared.value = globalThis.localStorage?.getItem(STORAGE_KEYS.hadData) === '1'
          const seeded = await seedDemoWorkspace(DEMO_NAMES[settings.locale])
          await createWorkspace(db, seeded)
          workspaces.value = await listWorkspaces(db)
          id = seeded.workspace.id
        }
        await openWorkspace(id)
      }
      blocked.value = false
      markHadData()
      // After Dexie has opened (at once on the Dexie path, when idle after an early read).
      void writing.then(followOtherTabs)
      status.value = 'ready'
    } catch (error) {
      const problem = classifyStorageError(error)
      storageProblem.value = problem
      if (problem === 'unavailable' || problem === 'unknown') {
        // Keep the app usable: the demo workspace in memory, with a clear warning and export.
        console.warn('Skillgrid storage unavailable, working in memory only:', error)
        inMemoryOnly.value = true
        data.value = await seedDemoWorkspace(DEMO_NAMES[settings.locale])
        workspaces.value = []
        saveState.value = 'unsaved'
        status.value = 'ready'
        emitInOrder({ kind: 'reload' })
      } else {
        status.value = 'failed'
      }
    }
  }

  /** Follows the journal other tabs write, from where the loaded data stands. */
  async function followOtherTabs() {
    const generation = ++watchGeneration
    try {
      const { getDb, watchOtherTabs } = await storage()
      if (generation !== watchGeneration) return
      otherTabs?.close()
      otherTabs = watchOtherTabs(getDb(), tabId, journalSince, (message) => void applyRemote(message))
    } catch (error) {
      console.warn('Skillgrid cannot follow other tabs:', error)
    }
  }

  function journalNote(delta: Delta): JournalNote {
    return { tab: tabId, personIds: [...peopleTouched(delta)], structural: isStructural(delta) }
  }

  async function flush() {
    const current = data.value
    if (!current) return
    while (pending.value.length) {
      const [delta] = pending.value
      if (!delta) break
      saveState.value = 'saving'
      try {
        if (outdated.value) throw Object.assign(new Error('A newer Skillgrid is open in another tab'), { name: 'VersionError' })
        const { getDb, writeDelta } = await storage()
        await writeDelta(getDb(), current.workspace.id, delta, Date.now(), journalNote(delta))
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
    wakeStorage?.()
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
    if (delta.workspace) {
      const { id, name, createdAt, updatedAt } = data.value.workspace
      workspaces.value = workspaces.value.map((w) => (w.id === id ? { id, name, createdAt, updatedAt } : w))
    }
    persist(delta)
    // A big change (an import, its undo) is written before the grid and coverage catch up, so the
    // database does not compete with them for the page (measured: letting the grid catch up
    // while the database commits made the import ~40 ms slower). A small edit shows at once.
    if (peopleTouched(delta).size > LARGE_CHANGE && !inMemoryOnly.value) emitWhen(writing, { kind: 'delta', delta })
    else emitInOrder({ kind: 'delta', delta })
  }

  /** Another tab saved a change: read the touched records back, keep our own unsaved edits on top. */
  async function applyRemote(message: TabMessage) {
    const current = data.value
    if (!current || inMemoryOnly.value) return
    const { getDb, listWorkspaces, loadWorkspace, readPeopleRecords } = await storage()
    // Only a structural entry can add, rename or delete a workspace (a cell edit leaves the list be).
    if (message.structural) workspaces.value = await listWorkspaces(getDb())
    if (message.workspaceId !== null && message.workspaceId !== current.workspace.id) return
    // A list beside the matrix changed; after a gap in the journal, any of them may have.
    const lists: ListName[] = message.lists ? [message.lists] : message.workspaceId === null ? ['snapshots', 'plans'] : []
    for (const list of lists) for (const listener of listListeners) listener(list)
    if (message.lists) return
    await writing
    if (message.structural) {
      const reloaded = await loadWorkspace(getDb(), current.workspace.id)
      if (!reloaded) {
        // Deleted in another tab: open another workspace rather than keep editing one that is gone.
        const next = workspaces.value.find((w) => w.id !== current.workspace.id)
        if (!next || data.value?.workspace.id !== current.workspace.id) return
        await openWorkspace(next.id)
        notices.show('info', 'workspace.deletedElsewhere', { name: current.workspace.name, next: next.name })
        return
      }
      data.value = pending.value.reduce((acc, delta) => applyDelta(acc, delta, Date.now()), reloaded)
      emitInOrder({ kind: 'reload' })
      return
    }
    const { people, ratings } = await readPeopleRecords(getDb(), current.workspace.id, message.personIds)
    const found = new Set(people.map((p) => p.id))
    const missing = message.personIds.filter((id) => !found.has(id))
    const remote: Delta = { people: { put: people, delete: missing }, ratings: { put: ratings, delete: missing } }
    data.value = [remote, ...pending.value].reduce((acc, delta) => applyDelta(acc, delta, Date.now()), data.value ?? current)
    emitInOrder({ kind: 'delta', delta: remote })
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

  /** Replaces the open workspace's content wholesale (reset to demo, start empty, restore); not undoable. */
  async function replaceContent(next: WorkspaceData) {
    const current = data.value
    if (!current) return
    await writing
    const replacement: WorkspaceData = { ...next, workspace: { ...next.workspace, id: current.workspace.id, name: current.workspace.name } }
    if (!inMemoryOnly.value) {
      const { getDb, replaceWorkspace } = await storage()
      await replaceWorkspace(getDb(), current.workspace.id, replacement, tabId)
    }
    data.value = replacement
    resetHistory()
    emitInOrder({ kind: 'reload' })
  }

  async function resetToDemo() {
    await replaceContent(await seedDemoWorkspace())
  }

  async function startEmpty() {
    await replaceContent(await seedEmptyWorkspace(''))
  }

  /** Adds a whole workspace (new, duplicated or restored) and opens it. */
  async function addWorkspace(next: WorkspaceData) {
    await writing
    if (inMemoryOnly.value) {
      data.value = next
      resetHistory()
      emitInOrder({ kind: 'reload' })
      return
    }
    const { getDb, createWorkspace, listWorkspaces } = await storage()
    await createWorkspace(getDb(), next, tabId)
    workspaces.value = await listWorkspaces(getDb())
    await openWorkspace(next.workspace.id)
  }

  async function switchTo(id: Id) {
    if (id === currentId.value || inMemoryOnly.value) return
    await writing
    await openWorkspace(id)
  }

  /** Stops listening to other tabs (tests, hot reload). */
  function dispose() {
    watchGeneration++
    otherTabs?.close()
    otherTabs = null
  }

  /** Reloads the list of workspaces after another store deleted one. */
  async function refreshList() {
    if (inMemoryOnly.value) return
    const { getDb, listWorkspaces } = await storage()
    workspaces.value = await listWorkspaces(getDb())
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
    outdated,
    blocked,
    canUndo,
    canRedo,
    nextUndo,
    nextRedo,
    currentId,
    effective,
    init,
    onChange,
    onListChanged,
    commit,
    edit,
    undo,
    redo,
    whenSaved,
    retrySave,
    replaceContent,
    resetToDemo,
    startEmpty,
    addWorkspace,
    switchTo,
    refreshList,
    dispose,
    tabId,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWorkspaceStore, import.meta.hot))
