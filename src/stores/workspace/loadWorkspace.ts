import { ref, type Ref, type ShallowRef } from 'vue'
import { classifyStorageError } from '../../db/errors'
import { takeEarlyRead } from '../../db/earlyRead'
import { META_KEYS, STORAGE_KEYS } from '../../db/names'
import { workspaceFromRows, workspaceSummaries, type WorkspaceSummary } from '../../db/workspaceRows'
import type { Locale } from '../../domain/text'
import type { Id, WorkspaceData } from '../../domain/types'
import { whenIdle } from '../../platform/whenIdle'
import { seedDemoWorkspace } from '../seeds'
import type { ChangeEvents } from './changeEvents'
import type { SaveQueue } from './saveQueue'
import type { StorageConnection } from './storageConnection'
import type { TabFollow } from './tabFollow'

export interface WorkspaceLoaderOptions {
  data: ShallowRef<WorkspaceData | null>
  workspaces: Ref<WorkspaceSummary[]>
  /** Set when IndexedDB cannot be opened: the app then works in memory only. */
  inMemoryOnly: Ref<boolean>
  connection: Pick<StorageConnection, 'storage' | 'blocked'>
  queue: Pick<SaveQueue, 'enqueue' | 'whenSaved' | 'saveState' | 'storageProblem'>
  tabs: Pick<TabFollow, 'startFrom' | 'follow'>
  events: Pick<ChangeEvents, 'emitInOrder'>
  /** Forgets pending changes and undo steps: another workspace (or none) is now open. */
  resetHistory: () => void
  /** The name of a seeded demo workspace, in the user's language. */
  demoName: () => string
  /** Language of a seeded demo team (English when not given). */
  demoLocale?: () => Locale
}

/** Opens the workspace at start (early read, else Dexie, seeding a first one), or another by id. */
export function createWorkspaceLoader(options: WorkspaceLoaderOptions) {
  const { data, workspaces, inMemoryOnly, connection, queue, tabs, events } = options
  const { storage } = connection
  const status = ref<'idle' | 'loading' | 'ready' | 'failed'>('idle')
  /** This browser held data before, but the database is empty now (evicted or cleared). */
  const dataWasCleared = ref(false)
  /** Set while Dexie waits for an idle page after an early read: an edit starts it at once. */
  let wakeStorage: (() => void) | null = null
  /** Set while Dexie waits for the first screen: the matrix calls it once its rows are drawn. */
  let whenShown: (() => void) | null = null

  function markHadData() {
    globalThis.localStorage?.setItem(STORAGE_KEYS.hadData, '1')
  }

  /** Opens Dexie now if it still waits for an idle page (an edit needs it). */
  function wake() {
    wakeStorage?.()
  }

  /** The first screen is drawn: Dexie may load at the next idle moment. */
  function screenShown() {
    whenShown?.()
  }

  /** Reads a workspace and makes it the open, last used one. */
  async function openWorkspace(id: Id) {
    const { getDb, loadWorkspace, writeMeta } = await storage()
    const loaded = await loadWorkspace(getDb(), id)
    if (!loaded) throw new Error(`Workspace ${id} could not be read`)
    data.value = loaded
    options.resetHistory()
    await writeMeta(getDb(), META_KEYS.lastWorkspaceId, id)
    events.emitInOrder({ kind: 'reload' })
  }

  /** The last used workspace as the early reader found it, validated; false to read through Dexie. */
  async function fromEarlyRead(): Promise<boolean> {
    const early = await takeEarlyRead()
    if (!early) return false
    try {
      const loaded = workspaceFromRows(early.rows)
      workspaces.value = workspaceSummaries(early.workspaces)
      data.value = loaded
      tabs.startFrom(early.journalSeq)
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
        options.resetHistory()
        status.value = 'ready'
        events.emitInOrder({ kind: 'reload' })
        // Load and open Dexie once the matrix's rows are drawn and the page idle (upgrades and
        // version clashes show at once), or as soon as an edit needs it; writes queue behind it.
        // Idle alone is not enough: the page idles while the grid's chunk is still being fetched.
        const needed = new Promise<void>((resolve) => {
          wakeStorage = resolve
          const idle = () => whenIdle(resolve, 1000)
          whenShown = idle
          // A route without the grid, or a grid that never draws, still gets its database.
          setTimeout(idle, 4000)
        })
        queue.enqueue(() =>
          needed
            .then(() => {
              wakeStorage = null
              whenShown = null
            })
            .then(storage)
            .then((loaded) => loaded.getDb().open())
            .then(
              () => undefined,
              (error: unknown) => {
                // The data is on screen; without a working connection it cannot be saved, so say so.
                queue.storageProblem.value = classifyStorageError(error)
                queue.saveState.value = 'unsaved'
                console.error('Skillgrid could not open its database for writing:', error)
              },
            ),
        )
      } else {
        const { getDb, journalPosition, listWorkspaces, readMeta, createWorkspace } = await storage()
        const db = getDb()
        tabs.startFrom(await journalPosition(db))
        workspaces.value = await listWorkspaces(db)
        const lastId = await readMeta(db, META_KEYS.lastWorkspaceId)
        let id = workspaces.value.find((w) => w.id === lastId)?.id ?? workspaces.value[0]?.id
        if (!id) {
          dataWasCleared.value = globalThis.localStorage?.getItem(STORAGE_KEYS.hadData) === '1'
          const seeded = await seedDemoWorkspace(options.demoName(), options.demoLocale?.())
          await createWorkspace(db, seeded)
          workspaces.value = await listWorkspaces(db)
          id = seeded.workspace.id
        }
        await openWorkspace(id)
      }
      connection.blocked.value = false
      markHadData()
      // After Dexie has opened (at once on the Dexie path, when idle after an early read).
      void queue.whenSaved().then(tabs.follow)
      status.value = 'ready'
    } catch (error) {
      const problem = classifyStorageError(error)
      queue.storageProblem.value = problem
      if (problem === 'unavailable' || problem === 'unknown') {
        // Keep the app usable: the demo workspace in memory, with a clear warning and export.
        console.warn('Skillgrid storage unavailable, working in memory only:', error)
        inMemoryOnly.value = true
        data.value = await seedDemoWorkspace(options.demoName(), options.demoLocale?.())
        workspaces.value = []
        queue.saveState.value = 'unsaved'
        status.value = 'ready'
        events.emitInOrder({ kind: 'reload' })
      } else {
        status.value = 'failed'
      }
    }
  }

  return { status, dataWasCleared, init, openWorkspace, wake, screenShown }
}

export type WorkspaceLoader = ReturnType<typeof createWorkspaceLoader>
