import { greedySelection } from './greedy'
import { modelToLp } from './lp'
import { buildPlanModel, type PlanModel } from './model'
import { finishPlan } from './result'
import { checkSelection, decodeSolution, withoutRedundant } from './selection'
import type { PlannerInput, PlanResult, SolveLp } from './types'

const now = () => globalThis.performance?.now() ?? Date.now()

/** The greedy plan, labelled approximate; `reason` is a message key saying why it was used. */
export function greedyPlan(input: PlannerInput, reason: string | null, model: PlanModel = buildPlanModel(input)): PlanResult {
  const started = now()
  const selection = greedySelection(input, model)
  checkSelection(input, selection)
  return finishPlan(input, model, selection, { engine: 'greedy', proven: false, fallbackReason: reason, stats: { rows: 0, columns: 0, buildMs: 0, solveMs: now() - started } })
}

/**
 * Builds the exactly pruned model, solves it with `solveLp` (HiGHS) and explains the result.
 * If the solver fails, stops early without a solution or returns a plan that breaks a rule, the
 * greedy fallback answers instead (status approximate). A cancelled solve rejects.
 */
export async function planWith(input: PlannerInput, solveLp: SolveLp, isCancel: (error: unknown) => boolean = () => false): Promise<PlanResult> {
  const started = now()
  const model = buildPlanModel(input)
  if (!model.needy.length) {
    return finishPlan(input, model, { trainings: [], hires: [] }, { engine: 'none', proven: true, fallbackReason: null, stats: { rows: 0, columns: 0, buildMs: now() - started, solveMs: 0 } })
  }
  const { text, size } = modelToLp(model)
  const buildMs = now() - started
  let outcome
  try {
    outcome = await solveLp(text)
  } catch (error) {
    if (isCancel(error)) throw error
    return greedyPlan(input, 'plan.fallback.solverFailed', model)
  }
  if (outcome.status === 'failed') return greedyPlan(input, 'plan.fallback.noSolution', model)
  try {
    const selection = withoutRedundant(decodeSolution(model, outcome.values), model.needs)
    checkSelection(input, selection)
    return finishPlan(input, model, selection, {
      engine: 'highs',
      proven: outcome.status === 'optimal',
      fallbackReason: outcome.status === 'optimal' ? null : 'plan.fallback.stoppedEarly',
      stats: { ...size, buildMs, solveMs: outcome.solveMs },
    })
  } catch {
    return greedyPlan(input, 'plan.fallback.invalid', model)
  }
}
