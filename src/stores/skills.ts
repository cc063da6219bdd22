import { acceptHMRUpdate, defineStore } from 'pinia'
import {
  addCategory,
  addSkill,
  deleteCategory,
  deleteSkill,
  moveCategory,
  moveSkill,
  renameCategory,
  renameSkill,
  updateSkills,
  type SkillPatch,
} from '../domain/edits'
import { newId } from '../domain/ids'
import type { Id } from '../domain/types'
import { useSettingsStore } from './settings'
import { useWorkspaceStore } from './workspace'

/** Skill and category edits (structure, targets, critical flags). */
export const useSkillsStore = defineStore('skills', () => {
  const workspace = useWorkspaceStore()
  const settings = useSettingsStore()

  function addNewSkill(name: string, categoryId: Id): Id | null {
    const id = newId()
    return workspace.edit((data) => addSkill(data, { name, categoryId }, id)) ? id : null
  }

  function rename(id: Id, name: string): boolean {
    return workspace.edit((data) => renameSkill(data, id, name, settings.locale))
  }

  function update(ids: Id[], patch: SkillPatch): boolean {
    return workspace.edit((data) => updateSkills(data, ids, patch))
  }

  function move(id: Id, categoryId: Id, index: number): boolean {
    return workspace.edit((data) => moveSkill(data, id, categoryId, index))
  }

  function remove(id: Id): boolean {
    return workspace.edit((data) => deleteSkill(data, id))
  }

  /**
   * Deletes a skill and its category, when the skill is the category's last: one change, one undo
   * step. A category that has other skills by now (another tab added one) keeps them and itself.
   */
  function removeWithEmptyCategory(id: Id): boolean {
    return workspace.edit((data) => {
      const categoryId = data.skills.find((s) => s.id === id)?.categoryId
      const alone = categoryId !== undefined && data.skills.every((s) => s.categoryId !== categoryId || s.id === id)
      return alone ? deleteCategory(data, categoryId) : deleteSkill(data, id)
    })
  }

  function addNewCategory(name: string): Id | null {
    const id = newId()
    return workspace.edit((data) => addCategory(data, name, id)) ? id : null
  }

  function renameCategoryTo(id: Id, name: string): boolean {
    return workspace.edit((data) => renameCategory(data, id, name, settings.locale))
  }

  function moveCategoryTo(id: Id, index: number): boolean {
    return workspace.edit((data) => moveCategory(data, id, index))
  }

  function removeCategory(id: Id): boolean {
    return workspace.edit((data) => deleteCategory(data, id))
  }

  return {
    addNewSkill,
    rename,
    update,
    move,
    remove,
    removeWithEmptyCategory,
    addNewCategory,
    renameCategoryTo,
    moveCategoryTo,
    removeCategory,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSkillsStore, import.meta.hot))
