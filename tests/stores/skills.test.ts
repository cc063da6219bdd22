import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useSkillsStore } from '../../src/stores/skills'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { freshPinia, instrumentedDb, type InstrumentedDb } from './helpers'

let storage: InstrumentedDb

beforeEach(() => {
  freshPinia()
  storage = instrumentedDb()
})

// Let this test's writes land before the next test swaps the database.
afterEach(() => useWorkspaceStore().whenSaved())

async function withSoloCategory() {
  const workspace = useWorkspaceStore()
  await workspace.init()
  const skills = useSkillsStore()
  const categoryId = skills.addNewCategory('Solo')!
  const skillId = skills.addNewSkill('Lonely skill', categoryId)!
  await workspace.whenSaved()
  const has = () => ({
    category: workspace.data!.categories.some((c) => c.id === categoryId),
    skills: workspace.data!.skills.filter((s) => s.categoryId === categoryId).map((s) => s.name),
  })
  return { workspace, skills, categoryId, skillId, has }
}

describe('useSkillsStore.removeWithEmptyCategory', () => {
  it('deletes the last skill and its category in one transaction and one undo step', async () => {
    const { workspace, skills, skillId, has } = await withSoloCategory()
    const undoSteps = workspace.undoStack.length
    storage.resetCounters()
    expect(skills.removeWithEmptyCategory(skillId)).toBe(true)
    await workspace.whenSaved()
    expect(has()).toEqual({ category: false, skills: [] })
    expect(storage.writeTransactions()).toBe(1)
    expect(workspace.undoStack.length).toBe(undoSteps + 1)
    workspace.undo()
    await workspace.whenSaved()
    expect(has()).toEqual({ category: true, skills: ['Lonely skill'] })
  })

  it('deletes only the skill when the category has another one by now (another tab added it)', async () => {
    const { skills, categoryId, skillId, has } = await withSoloCategory()
    skills.addNewSkill('Newcomer', categoryId)
    expect(skills.removeWithEmptyCategory(skillId)).toBe(true)
    expect(has()).toEqual({ category: true, skills: ['Newcomer'] })
  })
})
