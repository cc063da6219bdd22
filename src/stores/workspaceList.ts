import { acceptHMRUpdate, defineStore } from 'pinia'
import { loadStorage } from '../db/lazyStorage'
import { updateWorkspace } from '../domain/edits'
import { newId } from '../domain/ids'
import type { Id } from '../domain/types'
import { seedDemoWorkspace, seedEmptyWorkspace } from './seeds'
import { useSettingsStore } from './settings'
import { useWorkspaceStore } from './workspace'

/** The list of workspaces (one per team): create, rename, duplicate, delete, switch between them. */
export const useWorkspaceListStore = defineStore('workspaceList', () => {
  const workspace = useWorkspaceStore()
  const settings = useSettingsStore()

  async function readWorkspace(id: Id) {
    const { getDb, loadWorkspace } = await loadStorage()
    return loadWorkspace(getDb(), id)
  }

  async function create(name: string, withDemoTeam: boolean) {
    const trimmed = name.trim()
    await workspace.addWorkspace(
      await (withDemoTeam ? seedDemoWorkspace(trimmed, settings.locale) : seedEmptyWorkspace(trimmed)),
    )
  }

  function rename(name: string): boolean {
    return workspace.edit((data) => updateWorkspace(data, { name }))
  }

  async function duplicate(id: Id, name: string) {
    const source = id === workspace.currentId ? workspace.data : await readWorkspace(id)
    if (!source) return
    await workspace.whenSaved()
    const { cloneWorkspace } = await import('../domain/cloneWorkspace')
    await workspace.addWorkspace(cloneWorkspace(source, { name, now: Date.now(), newId }))
  }

  /** Deletes a workspace; the last one cannot go (start it empty instead). */
  async function remove(id: Id): Promise<boolean> {
    if (workspace.workspaces.length <= 1) return false
    await workspace.whenSaved()
    if (id === workspace.currentId) {
      const next = workspace.workspaces.find((w) => w.id !== id)
      if (next) await workspace.switchTo(next.id)
    }
    const { getDb, deleteWorkspace } = await loadStorage()
    await deleteWorkspace(getDb(), id, workspace.tabId)
    await workspace.refreshList()
    return true
  }

  return { create, rename, duplicate, remove, switchTo: workspace.switchTo }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWorkspaceListStore, import.meta.hot))
