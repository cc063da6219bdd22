import { acceptHMRUpdate, defineStore } from 'pinia'
import { addRole, deleteRole, duplicateRole, renameRole, setHireCost, setRoleRequirement } from '../domain/edits'
import { newId } from '../domain/ids'
import type { Level } from '../domain/scale'
import type { Id } from '../domain/types'
import { useSettingsStore } from './settings'
import { useWorkspaceStore } from './workspace'

/** Role template edits: each one change, one transaction, one undo step. */
export const useRolesStore = defineStore('roles', () => {
  const workspace = useWorkspaceStore()
  const settings = useSettingsStore()

  function add(name: string): Id | null {
    const id = newId()
    return workspace.edit((data) => addRole(data, { name }, id)) ? id : null
  }

  function duplicate(sourceId: Id, name: string): Id | null {
    const id = newId()
    return workspace.edit((data) => duplicateRole(data, sourceId, name, id)) ? id : null
  }

  function rename(id: Id, name: string): boolean {
    return workspace.edit((data) => renameRole(data, id, name, settings.locale))
  }

  function setCost(id: Id, hireCost: number): boolean {
    return workspace.edit((data) => setHireCost(data, id, hireCost))
  }

  function setRequirement(id: Id, skillId: Id, level: Level | null): boolean {
    return workspace.edit((data) => setRoleRequirement(data, id, skillId, level))
  }

  function remove(id: Id): boolean {
    return workspace.edit((data) => deleteRole(data, id))
  }

  return { add, duplicate, rename, setCost, setRequirement, remove }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useRolesStore, import.meta.hot))
