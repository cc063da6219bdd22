import type { Ref, ShallowRef } from 'vue'
import type { StorageApi } from '../../db/lazyStorage'
import type { ListName, TabMessage } from '../../db/tabSync'
import type { WorkspaceSummary } from '../../db/workspaceRows'
import { applyDelta, type Delta } from '../../domain/changes'
import type { Id, WorkspaceData } from '../../domain/types'
import type { ChangeEvents } from './changeEvents'

export interface TabFollowOptions {
  storage: () => Promise<StorageApi>
  /** This tab: its own journal entries are skipped. */
  tabId: string
  data: ShallowRef<WorkspaceData | null>
  workspaces: Ref<WorkspaceSummary[]>
  /** This tab's unsaved changes, kept on top of what another tab saved. */
  pending: Readonly<ShallowRef<Delta[]>>
  inMemoryOnly: Readonly<Ref<boolean>>
  whenSaved: () => Promise<void>
  events: Pick<ChangeEvents, 'emitInOrder' | 'emitListChanged'>
  openWorkspace: (id: Id) => Promise<void>
  /** The open workspace was deleted in another tab and `next` opened instead. */
  deletedElsewhere: (name: string, next: string) => void
}

/** Follows the journal other tabs write: reads what they saved back into the open workspace. */
export function createTabFollow(options: TabFollowOptions) {
  const { data, workspaces, pending, events } = options
  let otherTabs: ReturnType<StorageApi['watchOtherTabs']> | null = null
  /** Bumped by dispose(): a watch that was still starting must not outlive it. */
  let watchGeneration = 0
  /** The journal position the loaded data is as new as. */
  let journalSince = 0

  /** Where the loaded data stands in the journal: following starts after it. */
  function startFrom(position: number) {
    journalSince = position
  }

  /** Follows the journal other tabs write, from where the loaded data stands. */
  async function follow() {
    const generation = ++watchGeneration
    try {
      const { getDb, watchOtherTabs } = await options.storage()
      if (generation !== watchGeneration) return
      otherTabs?.close()
      otherTabs = watchOtherTabs(getDb(), options.tabId, journalSince, (message) => void applyRemote(message))
    } catch (error) {
      console.warn('Skillgrid cannot follow other tabs:', error)
    }
  }

  /** Another tab saved a change: read the touched records back, keep our own unsaved edits on top. */
  async function applyRemote(message: TabMessage) {
    const current = data.value
    if (!current || options.inMemoryOnly.value) return
    const { getDb, listWorkspaces, loadWorkspace, readPeopleRecords } = await options.storage()
    // Only a structural entry can add, rename or delete a workspace (a cell edit leaves the list be).
    if (message.structural) workspaces.value = await listWorkspaces(getDb())
    if (message.workspaceId !== null && message.workspaceId !== current.workspace.id) return
    // A list beside the matrix changed; after a gap in the journal, any of them may have.
    const lists: ListName[] = message.lists
      ? [message.lists]
      : message.workspaceId === null
        ? ['snapshots', 'plans']
        : []
    for (const list of lists) events.emitListChanged(list)
    if (message.lists) return
    await options.whenSaved()
    if (message.structural) {
      const reloaded = await loadWorkspace(getDb(), current.workspace.id)
      if (!reloaded) {
        // Deleted in another tab: open another workspace rather than keep editing one that is gone.
        const next = workspaces.value.find((w) => w.id !== current.workspace.id)
        if (!next || data.value?.workspace.id !== current.workspace.id) return
        await options.openWorkspace(next.id)
        options.deletedElsewhere(current.workspace.name, next.name)
        return
      }
      data.value = pending.value.reduce((acc, delta) => applyDelta(acc, delta, Date.now()), reloaded)
      events.emitInOrder({ kind: 'reload' })
      return
    }
    const { people, ratings } = await readPeopleRecords(getDb(), current.workspace.id, message.personIds)
    const found = new Set(people.map((p) => p.id))
    const missing = message.personIds.filter((id) => !found.has(id))
    const remote: Delta = { people: { put: people, delete: missing }, ratings: { put: ratings, delete: missing } }
    data.value = [remote, ...pending.value].reduce(
      (acc, delta) => applyDelta(acc, delta, Date.now()),
      data.value ?? current,
    )
    events.emitInOrder({ kind: 'delta', delta: remote })
  }

  /** Stops listening to other tabs (tests, hot reload). */
  function dispose() {
    watchGeneration++
    otherTabs?.close()
    otherTabs = null
  }

  return { startFrom, follow, applyRemote, dispose }
}

export type TabFollow = ReturnType<typeof createTabFollow>
