import { ref, shallowRef, type Ref } from 'vue'
import { classifyStorageError, type StorageProblem } from '../../db/errors'
import type { StorageApi } from '../../db/lazyStorage'
import type { JournalNote } from '../../db/tabSync'
import { isLargeChange, peopleTouched, type Delta } from '../../domain/changes'
import type { Id } from '../../domain/types'
import { nextTask } from '../../platform/nextTask'

export type SaveState = 'saved' | 'saving' | 'unsaved'

function isStructural(delta: Delta): boolean {
  return Boolean(delta.workspace || delta.skills || delta.categories || delta.roles || delta.resources)
}

export interface SaveQueueOptions {
  storage: () => Promise<StorageApi>
  /** This tab, in the journal entry written with each change. */
  tabId: string
  /** The open workspace, whose changes are written. */
  workspaceId: () => Id | null
  /** No database: changes stay in memory. */
  inMemoryOnly: Readonly<Ref<boolean>>
  /** Another tab upgraded the database: nothing more is written. */
  outdated: Readonly<Ref<boolean>>
  /** A change joined the queue (after an early read, storage opens at once instead of when idle). */
  onQueued?: () => void
}

/** Changes applied in memory, written in order (one transaction each); a failed one stays pending for a retry. */
export function createSaveQueue(options: SaveQueueOptions) {
  const saveState = ref<SaveState>('saved')
  const storageProblem = ref<StorageProblem | null>(null)
  /** Changes applied in memory but not yet on disk, oldest first. */
  const pending = shallowRef<Delta[]>([])
  let writing: Promise<void> = Promise.resolve()

  function journalNote(delta: Delta): JournalNote {
    return { tab: options.tabId, personIds: [...peopleTouched(delta)], structural: isStructural(delta) }
  }

  async function flush() {
    const workspaceId = options.workspaceId()
    if (!workspaceId) return
    while (pending.value.length) {
      const [delta] = pending.value
      if (!delta) break
      saveState.value = 'saving'
      try {
        if (options.outdated.value)
          throw Object.assign(new Error('A newer Skillgrid is open in another tab'), { name: 'VersionError' })
        const { getDb, writeDelta } = await options.storage()
        // A big change's write starts in a task of its own, not the one that applied it in memory
        // (grouping 50,000 people by block before the transaction is ~25 ms, issue 16).
        if (isLargeChange(delta)) await nextTask()
        await writeDelta(getDb(), workspaceId, delta, Date.now(), journalNote(delta))
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
    if (options.inMemoryOnly.value) return
    options.onQueued?.()
    pending.value = [...pending.value, delta]
    writing = writing.then(flush)
  }

  /** Runs `task` after every write queued so far; writes queued later wait for it. */
  function enqueue(task: () => Promise<void>) {
    writing = writing.then(task)
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

  /** Forgets the pending changes (the workspace was replaced or another one opened). */
  function clearPending() {
    pending.value = []
  }

  return { saveState, storageProblem, pending, persist, enqueue, whenSaved, retrySave, clearPending }
}

export type SaveQueue = ReturnType<typeof createSaveQueue>
