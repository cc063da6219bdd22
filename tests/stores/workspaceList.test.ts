import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SkillgridDb, setDbForTests } from '../../src/db/db'
import { levelAt } from '../../src/domain/ratings'
import { useMatrixStore } from '../../src/stores/matrix'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { useHistoryStore } from '../../src/stores/history'
import { useNoticeStore } from '../../src/stores/notices'
import { usePlanStore } from '../../src/stores/plan'
import { useWorkspaceListStore } from '../../src/stores/workspaceList'
import { nodeSolveLp } from '../unit/planner/highsNode'

let name = ''
const opened: ReturnType<typeof useWorkspaceStore>[] = []

/** A "tab": its own Pinia and its own connection to the shared database. */
async function openTab(): Promise<{ pinia: Pinia; workspace: ReturnType<typeof useWorkspaceStore> }> {
  const pinia = createPinia()
  setActivePinia(pinia)
  setDbForTests(new SkillgridDb(name))
  const workspace = useWorkspaceStore()
  await workspace.init()
  opened.push(workspace)
  return { pinia, workspace }
}

beforeEach(() => {
  name = `workspaces-${Math.random()}`
  localStorage.clear()
})

afterEach(() => {
  for (const store of opened.splice(0)) store.dispose()
})

describe('several workspaces', () => {
  it('creates an empty workspace, switches back and forth, and reopens the last used one', async () => {
    const { workspace } = await openTab()
    const demoId = workspace.currentId!
    await useWorkspaceListStore().create('Волонтёры Казани', false)
    expect(workspace.data?.workspace.name).toBe('Волонтёры Казани')
    expect(workspace.data?.people).toHaveLength(0)
    expect(workspace.data?.skills).toHaveLength(48)
    expect(workspace.workspaces.map((w) => w.name)).toEqual(['Demo community team', 'Волонтёры Казани'])
    const newId = workspace.currentId!
    await workspace.switchTo(demoId)
    expect(workspace.data?.people.length).toBeGreaterThan(10)
    await workspace.switchTo(newId)
    const next = await openTab()
    expect(next.workspace.currentId).toBe(newId)
  })

  it('duplicates a workspace into an independent copy', async () => {
    const { workspace } = await openTab()
    const originalId = workspace.currentId!
    await useWorkspaceListStore().duplicate(originalId, 'Copy')
    const copy = workspace.data!
    expect(copy.workspace.id).not.toBe(originalId)
    expect(copy.people).toHaveLength(16)
    // A cell the original holds at a level above 0 (ids, and so load order, are random).
    const person = copy.people.find((p) => p.name === 'Igor Volkov')!
    const skill = copy.skills.find((s) => s.frameworkId === 'technical.platform')!
    useMatrixStore().setLevel(person.id, skill.id, 0)
    await workspace.whenSaved()
    await workspace.switchTo(originalId)
    const originalPerson = workspace.data!.people.find((p) => p.name === person.name)!
    expect(levelAt(workspace.data!.ratings.get(originalPerson.id), skill.slot)).toBe(4)
  })

  it('renames with undo and deletes a workspace, but never the last one', async () => {
    const { workspace } = await openTab()
    const workspaceList = useWorkspaceListStore()
    workspaceList.rename('Core team')
    expect(workspace.workspaces[0]?.name).toBe('Core team')
    workspace.undo()
    expect(workspace.workspaces[0]?.name).toBe('Demo community team')
    expect(await workspaceList.remove(workspace.currentId!)).toBe(false)
    await workspaceList.create('Second', false)
    const secondId = workspace.currentId!
    expect(await workspaceList.remove(secondId)).toBe(true)
    expect(workspace.workspaces.map((w) => w.id)).not.toContain(secondId)
    expect(workspace.currentId).not.toBe(secondId)
    expect(workspace.data?.people.length).toBeGreaterThan(10)
  })
})

describe('two tabs on one workspace', () => {
  it('keep in step: an edit in one tab shows in the other, and both tabs editing one person keep both edits', async () => {
    const tabA = await openTab()
    const tabB = await openTab()
    const data = tabA.workspace.data!
    const person = data.people.find((p) => p.name === 'Alex Chen')!
    const [first, second] = data.skills
    setActivePinia(tabA.pinia)
    useMatrixStore().setLevel(person.id, first!.id, 0)
    setActivePinia(tabB.pinia)
    useMatrixStore().setLevel(person.id, second!.id, 4)
    await Promise.all([tabA.workspace.whenSaved(), tabB.workspace.whenSaved()])
    const levels = (tab: typeof tabA) =>
      [first!, second!].map((s) => levelAt(tab.workspace.data!.ratings.get(person.id), s.slot))
    await vi.waitFor(() => {
      expect(levels(tabA)).toEqual([0, 4])
      expect(levels(tabB)).toEqual([0, 4])
    })
  })

  it('reloads the other tab when skills change there', async () => {
    const tabA = await openTab()
    const tabB = await openTab()
    setActivePinia(tabA.pinia)
    const skill = tabA.workspace.data!.skills[0]!
    tabA.workspace.edit(() => ({
      label: { action: 'editSkill', subject: skill.name },
      forward: { skills: { put: [{ ...skill, critical: true }] } },
      backward: { skills: { put: [skill] } },
    }))
    await tabA.workspace.whenSaved()
    await vi.waitFor(() => expect(tabB.workspace.data!.skills.find((s) => s.id === skill.id)?.critical).toBe(true))
    expect(tabA.workspace.data).not.toBeNull()
  })
})

describe('a workspace deleted in another tab', () => {
  it('the tab that had it open moves to another workspace and says why', async () => {
    const tabA = await openTab()
    setActivePinia(tabA.pinia)
    const demoId = tabA.workspace.currentId!
    await useWorkspaceListStore().create('Kazan volunteers', false)
    const doomedId = tabA.workspace.currentId!
    const tabB = await openTab()
    expect(tabB.workspace.currentId).toBe(doomedId)
    setActivePinia(tabB.pinia)
    expect(await useWorkspaceListStore().remove(doomedId)).toBe(true)
    await vi.waitFor(() => expect(tabA.workspace.currentId).toBe(demoId))
    expect(tabA.workspace.data?.people.length).toBeGreaterThan(10)
    expect(tabA.workspace.workspaces.map((w) => w.id)).toEqual([demoId])
    expect(useNoticeStore(tabA.pinia).notices.map((n) => [n.key, n.params])).toEqual([
      ['workspace.deletedElsewhere', { name: 'Kazan volunteers', next: 'Demo community team' }],
    ])
  })
})

describe('snapshots and saved plans across tabs', () => {
  it('a snapshot taken in one tab shows in the other tab’s history, and its deletion too', async () => {
    const tabA = await openTab()
    const tabB = await openTab()
    const historyA = useHistoryStore(tabA.pinia)
    const historyB = useHistoryStore(tabB.pinia)
    await historyB.load()
    expect(historyB.snapshots).toEqual([])
    const taken = await historyA.save('manual', 'Before the retreat')
    await vi.waitFor(() => expect(historyB.snapshots.map((s) => s.label)).toEqual(['Before the retreat']))
    await historyA.remove(taken!.id)
    await vi.waitFor(() => expect(historyB.snapshots).toEqual([]))
  })

  it('a plan saved in one tab is listed in the other, and its deletion too', async () => {
    const tabA = await openTab()
    const tabB = await openTab()
    const planA = usePlanStore(tabA.pinia)
    const planB = usePlanStore(tabB.pinia)
    planA.setSolverForTests(await nodeSolveLp())
    await planB.loadSaved()
    await planA.run()
    const saved = await planA.saveResult('Autumn')
    await vi.waitFor(() => expect(planB.saved.map((p) => p.name)).toEqual(['Autumn']))
    await planA.removeSaved(saved!.id)
    await vi.waitFor(() => expect(planB.saved).toEqual([]))
  })
})
