import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef, toRaw } from 'vue'
import { loadStorage } from '../db/lazyStorage'
import { updateWorkspace } from '../domain/edits'
import { newId } from '../domain/ids'
import { greedyPlan, planWith } from '../domain/planner/plan'
import { toSavedContent, type SavedPlan } from '../domain/planner/saved'
import {
  plannerInputOf,
  type PlanLimits,
  type PlannerInput,
  type PlanResult,
  type SolveLp,
} from '../domain/planner/types'
import type { CostModel, Id, WorkspaceData } from '../domain/types'
import type { SolverClient } from '../solver/solverClient'
import { bundledFramework } from './framework'
import { useMatrixStore } from './matrix'
import { useNoticeStore } from './notices'
import { useWorkspaceStore } from './workspace'

class PlanCancelled extends Error {
  constructor() {
    super('Plan run cancelled')
    this.name = 'PlanCancelled'
  }
}

const isCancel = (error: unknown) =>
  error instanceof PlanCancelled || (error instanceof Error && error.name === 'SolveCancelled')

/** Planner runs and saved scenarios of the open workspace. */
export const usePlanStore = defineStore('plan', () => {
  const workspace = useWorkspaceStore()
  const matrix = useMatrixStore()
  const notices = useNoticeStore()

  const limits = ref<PlanLimits>({ budget: null, maxHires: null })
  const running = ref(false)
  const elapsedMs = ref(0)
  /** Big and never edited: kept out of Vue's deep reactivity. */
  const result = shallowRef<PlanResult | null>(null)
  /** The workspace data the result was computed from; any later edit makes the result stale. */
  const resultSource = shallowRef<WorkspaceData | null>(null)
  const saved = shallowRef<SavedPlan[]>([])
  const unreadableSaved = ref(0)

  const stale = computed(() => result.value !== null && resultSource.value !== workspace.data)
  /** Trainings per person in the last plan run (the "training load" shown on skill pages). */
  const trainingLoad = computed(() => {
    const load = new Map<Id, number>()
    for (const action of result.value?.actions ?? [])
      if (action.kind === 'train') load.set(action.personId, (load.get(action.personId) ?? 0) + 1)
    return load
  })

  let client: SolverClient | null = null
  let injected: SolveLp | null = null
  let cancelRun: (() => void) | null = null
  let loadedFor: Id | null = null

  workspace.onChange((event) => {
    if (event.kind !== 'reload') return
    result.value = null
    resultSource.value = null
    saved.value = []
    loadedFor = null
  })

  /** Tests hand in their own LP solver: the plan is then made on this thread with it. */
  function setSolverForTests(solve: SolveLp | null) {
    injected = solve
  }

  async function solverClient(): Promise<SolverClient> {
    if (!client) {
      const { createSolverClient } = await import('../solver/solverClient')
      client = createSolverClient()
    }
    return client
  }

  /** The whole plan in the worker; if the worker cannot run at all, the greedy plan on this thread. */
  async function makePlan(input: PlannerInput, cancelled: Promise<never>): Promise<PlanResult> {
    const solve = injected
    if (solve) return planWith(input, (lp) => Promise.race([solve(lp), cancelled]), isCancel)
    try {
      const worker = await solverClient()
      return await Promise.race([worker.plan(input), cancelled])
    } catch (error) {
      if (isCancel(error)) throw error
      console.warn('Skillgrid solver unavailable, using the approximate plan:', error)
      return greedyPlan(input, 'plan.fallback.solverFailed')
    }
  }

  async function run(): Promise<PlanResult | null> {
    const data = workspace.data
    const counted = workspace.effective
    if (!data || !counted || running.value) return null
    const input = plannerInputOf(toRaw(counted), toRaw(limits.value))
    running.value = true
    elapsedMs.value = 0
    const started = performance.now()
    const timer = setInterval(() => (elapsedMs.value = performance.now() - started), 100)
    const cancelled = new Promise<never>((_, reject) => {
      cancelRun = () => reject(new PlanCancelled())
    })
    cancelled.catch(() => undefined)
    try {
      const plan = await makePlan(input, cancelled)
      result.value = markRaw(plan)
      resultSource.value = data
      return plan
    } catch (error) {
      if (isCancel(error)) notices.show('info', 'plan.cancelled')
      else {
        console.error('Skillgrid could not make a plan:', error)
        notices.show('error', 'plan.failed')
      }
      return null
    } finally {
      clearInterval(timer)
      elapsedMs.value = performance.now() - started
      running.value = false
      cancelRun = null
    }
  }

  function cancel() {
    cancelRun?.()
    client?.cancel()
  }

  function setLimits(patch: Partial<PlanLimits>) {
    limits.value = { ...limits.value, ...patch }
  }

  function setCostModel(patch: Partial<CostModel>): boolean {
    return workspace.edit((data) => updateWorkspace(data, { costModel: patch }))
  }

  function restoreDefaultCostModel(): boolean {
    return setCostModel({ ...bundledFramework().costModel })
  }

  function setTrainable(personId: Id, trainable: boolean): boolean {
    return matrix.editPerson(personId, { trainable })
  }

  // Another tab saved or deleted a plan of this workspace: read the list again if it is shown.
  workspace.onListChanged((list) => {
    if (list === 'plans' && loadedFor !== null && loadedFor === workspace.currentId) void loadSaved(true)
  })

  async function loadSaved(force = false) {
    const id = workspace.data?.workspace.id
    if (!id || workspace.inMemoryOnly || (loadedFor === id && !force)) return
    const { getDb, listPlans } = await loadStorage()
    const { plans, unreadable } = await listPlans(getDb(), id)
    saved.value = plans
    unreadableSaved.value = unreadable
    loadedFor = id
  }

  async function saveResult(name: string): Promise<SavedPlan | null> {
    const data = workspace.data
    const plan = result.value
    const trimmed = name.trim()
    if (!data || !plan || !trimmed) return null
    const entry: SavedPlan = {
      id: newId(),
      name: trimmed,
      createdAt: Date.now(),
      content: toSavedContent(plan, resultSource.value ?? data),
    }
    if (!workspace.inMemoryOnly) {
      const { getDb, savePlan } = await loadStorage()
      await savePlan(getDb(), data.workspace.id, entry, workspace.tabId)
    }
    saved.value = [...saved.value, entry]
    return entry
  }

  async function removeSaved(id: Id) {
    const workspaceId = workspace.currentId
    if (!workspace.inMemoryOnly && workspaceId) {
      const { getDb, deletePlan } = await loadStorage()
      await deletePlan(getDb(), workspaceId, id, workspace.tabId)
    }
    saved.value = saved.value.filter((p) => p.id !== id)
  }

  return {
    limits,
    running,
    elapsedMs,
    result,
    resultSource,
    saved,
    unreadableSaved,
    stale,
    trainingLoad,
    setSolverForTests,
    run,
    cancel,
    setLimits,
    setCostModel,
    restoreDefaultCostModel,
    setTrainable,
    loadSaved,
    saveResult,
    removeSaved,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePlanStore, import.meta.hot))
