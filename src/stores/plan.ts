import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef, toRaw } from 'vue'
import { loadStorage } from '../db/lazyStorage'
import { updateWorkspace } from '../domain/edits'
import { newId } from '../domain/ids'
import { greedyPlan, planWith } from '../domain/planner/plan'
import { toSavedContent, type SavedPlan } from '../domain/planner/saved'
import { planStaleReasons, type PlanSource, type StaleReason } from '../domain/planner/stale'
import {
  plannerInputOf,
  type PlanLimits,
  type PlannerInput,
  type PlanResult,
  type SolveLp,
} from '../domain/planner/types'
import type { CostModel, Id, Resilience, WorkspaceData } from '../domain/types'
import type { SolverClient } from '../solver/solverClient'
import { defaultCostModel } from './framework'
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
  /** How many holders the next plan aims for (docs/planner.md). */
  const resilience = ref<Resilience>('targets')
  const running = ref(false)
  const elapsedMs = ref(0)
  /** Big and never edited: kept out of Vue's deep reactivity. */
  const result = shallowRef<PlanResult | null>(null)
  /** The workspace data the result was computed from; any later edit makes the result stale. */
  const resultSource = shallowRef<WorkspaceData | null>(null)
  /** The limits and resilience the result was computed with. */
  const resultSettings = shallowRef<Omit<PlanSource, 'data'> | null>(null)
  const saved = shallowRef<SavedPlan[]>([])
  const unreadableSaved = ref(0)

  /** What changed since the shown plan was made: the budget, the resilience, the cost model, … (empty: nothing). */
  const staleReasons = computed<StaleReason[]>(() => {
    const made = resultSource.value
    const settings = resultSettings.value
    const now = workspace.data
    if (!result.value || !made || !settings || !now) return []
    return planStaleReasons(
      { data: made, ...settings },
      { data: now, limits: limits.value, resilience: resilience.value },
    )
  })
  const stale = computed(() => staleReasons.value.length > 0)
  /** Learning actions per person in the last plan run — trainings, mentorships received, courses attended (shown on skill pages). */
  const learningLoad = computed(() => {
    const load = new Map<Id, number>()
    const add = (personId: Id) => load.set(personId, (load.get(personId) ?? 0) + 1)
    for (const action of result.value?.actions ?? []) {
      if (action.kind === 'train' || action.kind === 'mentor') add(action.personId)
      else if (action.kind === 'course') for (const attendee of action.attendees) add(attendee.personId)
    }
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
    resultSettings.value = null
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
    const settings = { limits: { ...toRaw(limits.value) }, resilience: resilience.value }
    const input = plannerInputOf(toRaw(counted), settings.limits, settings.resilience)
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
      resultSettings.value = settings
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

  function setResilience(mode: Resilience) {
    resilience.value = mode
  }

  function setCostModel(patch: Partial<CostModel>): boolean {
    return workspace.edit((data) => updateWorkspace(data, { costModel: patch }))
  }

  function restoreDefaultCostModel(): boolean {
    return setCostModel(defaultCostModel())
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
    resilience,
    running,
    elapsedMs,
    result,
    resultSource,
    resultSettings,
    saved,
    unreadableSaved,
    staleReasons,
    stale,
    learningLoad,
    setSolverForTests,
    run,
    cancel,
    setLimits,
    setResilience,
    setCostModel,
    restoreDefaultCostModel,
    setTrainable,
    loadSaved,
    saveResult,
    removeSaved,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePlanStore, import.meta.hot))
