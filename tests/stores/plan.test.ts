import { isReactive } from 'vue'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listPlans } from '../../src/db/planRepo'
import { loadWorkspace } from '../../src/db/workspaceRepo'
import type { SolveLp } from '../../src/domain/planner/types'
import { MENTORING_DEFAULTS } from '../../src/domain/types'
import { bundledFramework } from '../../src/stores/framework'
import { useNoticeStore } from '../../src/stores/notices'
import { usePlanStore } from '../../src/stores/plan'
import { useRolesStore } from '../../src/stores/roles'
import { useSkillsStore } from '../../src/stores/skills'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { nodeSolveLp } from '../unit/planner/highsNode'
import { freshPinia, instrumentedDb, type InstrumentedDb } from './helpers'

let storage: InstrumentedDb
let solveLp: SolveLp

beforeEach(async () => {
  freshPinia()
  storage = instrumentedDb()
  localStorage.clear()
  solveLp ??= await nodeSolveLp()
})

// Let each test's writes land before the next one points the app at a fresh database.
afterEach(() => useWorkspaceStore().whenSaved())

async function openedStores() {
  const workspace = useWorkspaceStore()
  await workspace.init()
  const plan = usePlanStore()
  plan.setSolverForTests(solveLp)
  return { workspace, plan }
}

describe('running the planner', () => {
  it('gives a proven optimal plan for the demo team, kept out of deep reactivity', async () => {
    const { plan } = await openedStores()
    const result = await plan.run()
    expect(result?.status).toBe('optimal')
    expect(plan.result?.actions.length).toBeGreaterThan(0)
    expect(isReactive(plan.result)).toBe(false)
    expect(plan.running).toBe(false)
    expect(plan.stale).toBe(false)
  })

  it('marks the result stale after any edit of the workspace', async () => {
    const { workspace, plan } = await openedStores()
    await plan.run()
    plan.setTrainable(workspace.data!.people[0]!.id, false)
    expect(plan.stale).toBe(true)
  })

  it("counts each person's learning actions in the last run (trainings, mentorships, course places) as their load", async () => {
    const { plan } = await openedStores()
    const result = (await plan.run())!
    const learning = result.trainings + result.mentorships + result.attendances
    expect(result.mentorships).toBeGreaterThan(0)
    expect([...plan.learningLoad.values()].reduce((a, b) => a + b, 0)).toBe(learning)
    const mentee = result.actions.find((a) => a.kind === 'mentor')
    if (mentee?.kind !== 'mentor') throw new Error('the demo plan mentors someone')
    expect(plan.learningLoad.get(mentee.personId)).toBeGreaterThanOrEqual(1)
    // Mentoring is not the mentor's own learning.
    const mentorLoad = result.actions.filter((a) =>
      a.kind === 'course'
        ? a.attendees.some((x) => x.personId === mentee.mentorId)
        : a.kind !== 'hire' && a.personId === mentee.mentorId,
    ).length
    expect(plan.learningLoad.get(mentee.mentorId) ?? 0).toBe(mentorLoad)
  })

  it('stops on cancel, keeps the previous result and says so', async () => {
    const { plan } = await openedStores()
    await plan.run()
    const previous = plan.result
    plan.setSolverForTests(() => new Promise(() => undefined))
    const running = plan.run()
    expect(plan.running).toBe(true)
    plan.cancel()
    await expect(running).resolves.toBeNull()
    expect(plan.running).toBe(false)
    expect(plan.result).toBe(previous)
    expect(useNoticeStore().notices.map((n) => n.key)).toContain('plan.cancelled')
  })

  it('answers with the approximate greedy plan when the solver fails', async () => {
    const { plan } = await openedStores()
    plan.setSolverForTests(() => Promise.reject(new Error('wasm blocked')))
    const result = await plan.run()
    expect(result).toMatchObject({
      status: 'approximate',
      engine: 'greedy',
      fallbackReason: 'plan.fallback.solverFailed',
    })
  })

  it('applies the budget and hire limits', async () => {
    const { plan } = await openedStores()
    plan.setLimits({ budget: 10, maxHires: 0 })
    const result = await plan.run()
    expect(result?.status).toBe('partial')
    expect(result!.totalCost).toBeLessThanOrEqual(10)
    expect(result!.hires).toBe(0)
  })
})

describe('resilience', () => {
  it('passes the chosen mode to the planner: no single holder gives every skill that can have one a second', async () => {
    const { workspace, plan } = await openedStores()
    // Targets of one person leave single holders a plan for the targets does not touch.
    useSkillsStore().update(
      workspace.data!.skills.map((s) => s.id),
      { target: { people: 1 } },
    )
    const targets = (await plan.run())!
    expect(targets.resilience).toBe('targets')
    expect(targets.singleHolders.filter((s) => s.canAddSecond).length).toBeGreaterThan(5)

    plan.setResilience('no-single-holder')
    expect(plan.staleReasons).toEqual(['resilience'])
    const safe = (await plan.run())!
    expect(safe.status).toBe('optimal')
    expect(safe.resilience).toBe('no-single-holder')
    expect(safe.singleHolders.filter((s) => s.canAddSecond)).toEqual([])
    expect(safe.totalCost).toBeGreaterThan(targets.totalCost)
    expect(plan.stale).toBe(false)
  })

  it('saves the mode with a scenario, next to the mentorships it planned', async () => {
    const { plan } = await openedStores()
    plan.setResilience('no-single-holder')
    await plan.run()
    const saved = (await plan.saveResult('survive'))!
    expect(saved.content.resilience).toBe('no-single-holder')
    const mentors = saved.content.actions.filter((a) => a.kind === 'mentor')
    expect(mentors.length).toBe(plan.result!.mentorships)
    expect(mentors.every((m) => m.mentor !== undefined && m.who.en !== m.mentor.en)).toBe(true)
    freshPinia()
    const again = await openedStores()
    await again.plan.loadSaved()
    expect(again.plan.saved[0]?.content).toEqual(saved.content)
  }, 30_000)
})

describe('a plan made before a change', () => {
  it.each<[string, (plan: ReturnType<typeof usePlanStore>) => unknown, string[]]>([
    ['the budget', (plan) => plan.setLimits({ budget: 20 }), ['budget']],
    ['the hire limit', (plan) => plan.setLimits({ maxHires: 0 }), ['maxHires']],
    ['the resilience', (plan) => plan.setResilience('survive-departure'), ['resilience']],
    ['the cost model', (plan) => plan.setCostModel({ mentoringStepCost: 2 }), ['costModel']],
    ['the mentees per mentor', (plan) => plan.setCostModel({ menteesPerMentor: 1 }), ['costModel']],
  ])('is stale after a change of %s, and current again once it is made again', async (_, change, reasons) => {
    const { plan } = await openedStores()
    await plan.run()
    expect(plan.stale).toBe(false)
    change(plan)
    expect(plan.staleReasons).toEqual(reasons)
    expect(plan.stale).toBe(true)
    await plan.run()
    expect(plan.stale).toBe(false)
  })

  it('is current again when a limit is set back or a cost model edit is undone', async () => {
    const { workspace, plan } = await openedStores()
    await plan.run()
    plan.setLimits({ budget: 15 })
    plan.setLimits({ budget: null })
    expect(plan.stale).toBe(false)
    plan.setCostModel({ trainStepCost: 4 })
    expect(plan.staleReasons).toEqual(['costModel'])
    workspace.undo()
    expect(plan.staleReasons).toEqual([])
    expect(plan.stale).toBe(false)
  })

  it('names who is available and other data edits apart', async () => {
    const { workspace, plan } = await openedStores()
    await plan.run()
    const person = workspace.data!.people[0]!
    plan.setTrainable(person.id, !person.trainable)
    expect(plan.staleReasons).toEqual(['availability'])
    useRolesStore().setCost(workspace.data!.roles[0]!.id, 99)
    expect(plan.staleReasons).toEqual(['availability', 'data'])
  })
})

describe('cost model and availability', () => {
  it('edits the cost model as one undoable, saved change and restores the defaults', async () => {
    const { workspace, plan } = await openedStores()
    expect(plan.setCostModel({ trainStepCost: 5 })).toBe(true)
    await workspace.whenSaved()
    expect((await loadWorkspace(storage.db, workspace.data!.workspace.id))?.workspace.costModel.trainStepCost).toBe(5)
    workspace.undo()
    expect(workspace.data!.workspace.costModel.trainStepCost).toBe(bundledFramework().costModel.trainStepCost)
    plan.setCostModel({ maxTrainingsPerPerson: 1, interestDiscount: 0, mentoringStepCost: 3, menteesPerMentor: 5 })
    plan.restoreDefaultCostModel()
    expect(workspace.data!.workspace.costModel).toEqual({ ...MENTORING_DEFAULTS, ...bundledFramework().costModel })
  })

  it('refuses a negative cost with a notice and changes nothing', async () => {
    const { workspace, plan } = await openedStores()
    const before = workspace.data!.workspace.costModel
    expect(plan.setCostModel({ trainStepCost: -1 })).toBe(false)
    expect(workspace.data!.workspace.costModel).toBe(before)
    expect(useNoticeStore().notices.map((n) => n.key)).toContain('edit.costModelValue')
  })

  it('marks a person unavailable for training, which the next plan respects', async () => {
    const { workspace, plan } = await openedStores()
    await plan.run()
    const trainee = plan.result!.actions.find((a) => a.kind === 'train')
    if (trainee?.kind !== 'train') throw new Error('the demo plan trains someone')
    plan.setTrainable(trainee.personId, false)
    await workspace.whenSaved()
    const stored = await loadWorkspace(storage.db, workspace.data!.workspace.id)
    expect(stored?.people.find((p) => p.id === trainee.personId)?.trainable).toBe(false)
    const next = await plan.run()
    expect(next!.actions.some((a) => a.kind === 'train' && a.personId === trainee.personId)).toBe(false)
  })
})

describe('saved scenarios', () => {
  it('saves a plan under a name, lists it after a restart and deletes it', async () => {
    const { workspace, plan } = await openedStores()
    await plan.run()
    const saved = await plan.saveResult('  train first ')
    expect(saved?.name).toBe('train first')
    const id = workspace.data!.workspace.id
    expect((await listPlans(storage.db, id)).plans.map((p) => p.name)).toEqual(['train first'])

    freshPinia()
    const again = await openedStores()
    await again.plan.loadSaved()
    expect(again.plan.saved.map((p) => p.name)).toEqual(['train first'])
    expect(again.plan.saved[0]?.content.totalCost).toBe(plan.result!.totalCost)
    await again.plan.removeSaved(saved!.id)
    expect((await listPlans(storage.db, id)).plans).toEqual([])
  })

  it('skips and counts a stored plan it cannot read', async () => {
    const { workspace, plan } = await openedStores()
    await storage.db.plans.put({
      id: 'bad',
      workspaceId: workspace.data!.workspace.id,
      name: 'broken',
      createdAt: 1,
      content: { version: 1, status: 'great' },
    })
    await plan.loadSaved(true)
    expect(plan.saved).toEqual([])
    expect(plan.unreadableSaved).toBe(1)
  })
})

describe('role edits', () => {
  it('adds, duplicates and deletes roles, each in one transaction and undoable', async () => {
    const { workspace } = await openedStores()
    const roles = useRolesStore()
    const count = workspace.data!.roles.length
    storage.resetCounters()
    const id = roles.add('Analyst')!
    const copy = roles.duplicate(id, 'Analyst (copy)')!
    roles.setCost(copy, 3)
    roles.setRequirement(copy, workspace.data!.skills[0]!.id, 4)
    await workspace.whenSaved()
    expect(storage.writeTransactions()).toBe(4)
    expect(roles.remove(id)).toBe(true)
    await workspace.whenSaved()
    let stored = await loadWorkspace(storage.db, workspace.data!.workspace.id)
    expect(stored?.roles).toHaveLength(count + 1)
    expect(stored?.roles.find((r) => r.id === copy)).toMatchObject({
      name: 'Analyst (copy)',
      hireCost: 3,
      requirements: { [workspace.data!.skills[0]!.id]: 4 },
    })
    workspace.undo()
    await workspace.whenSaved()
    stored = await loadWorkspace(storage.db, workspace.data!.workspace.id)
    expect(stored?.roles).toHaveLength(count + 2)
  })
})
