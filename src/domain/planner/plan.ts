import { greedySelection } from './greedy'
import { modelToLp, relaxLp, tierValue, tierWeights, type LpSize } from './lp'
import { buildPlanModel, type PlanModel } from './model'
import { finishPlan, selectionTiers } from './result'
import { checkSelection, decodeSolution, withoutRedundant, type PlanSelection } from './selection'
import { NO_LIMITS, type LpOutcome, type PlannerInput, type PlanResult, type PlanTiers, type SolveLp } from './types'

const now = () => globalThis.performance?.now() ?? Date.now()

/** The greedy plan, labelled approximate; `reason` is a message key saying why it was used. */
export function greedyPlan(
  input: PlannerInput,
  reason: string | null,
  model: PlanModel = buildPlanModel(input),
): PlanResult {
  const started = now()
  const selection = greedySelection(input, model)
  checkSelection(input, selection)
  return finishPlan(input, model, selection, {
    engine: 'greedy',
    proven: false,
    fallbackReason: reason,
    closable: null,
    stats: { rows: 0, columns: 0, buildMs: 0, solveMs: now() - started, solves: 0 },
  })
}

export interface ModelSolution {
  selection: PlanSelection
  /** Both solves ended Optimal. */
  proven: boolean
  solves: number
  size: LpSize
  solveMs: number
  /** A solve stopped at the time limit: how far its objective may be from the best (relative), and the limit. */
  gap?: number
  timeLimitSeconds?: number
}

/**
 * How far a solve stopped at its time limit may be from the optimum: its objective against the
 * LP relaxation's (a lower bound), relative. Null when the relaxation gives no bound.
 */
async function gapOf(text: string, outcome: LpOutcome, solveLp: SolveLp): Promise<number | null> {
  const bound = await solveLp(relaxLp(text))
  if (bound.status !== 'optimal') return null
  const gap = (outcome.objective - bound.objective) / Math.max(1, Math.abs(outcome.objective))
  return Math.max(0, gap)
}

export class SolveFailed extends Error {
  constructor(readonly reason: string) {
    super(reason)
    this.name = 'SolveFailed'
  }
}

/**
 * The lexicographic optimum of a model: one HiGHS solve of the first three priorities (critical
 * skills uncovered, skills uncovered, missing holders; whole-number weights proven safe in
 * docs/planner.md), then one of the cost with that tier value held (`tierOnly` stops after the first).
 * Throws SolveFailed (reason = message key) when the solver gives no usable solution.
 */
export async function solveModel(
  input: PlannerInput,
  model: PlanModel,
  solveLp: SolveLp,
  tierOnly = false,
): Promise<ModelSolution> {
  if (!model.needy.length)
    return {
      selection: { trainings: [], hires: [] },
      proven: true,
      solves: 0,
      size: { rows: 0, columns: 0 },
      solveMs: 0,
    }
  // When the greedy plan leaves nothing missing, 0 is the optimum of the first three tiers: no solve needed.
  const greedy = greedySelection(input, model)
  const greedyTiers = selectionTiers(model, greedy)
  let selection = greedy
  let firstProven = true
  let solves = 0
  let solveMs = 0
  let size: LpSize = { rows: 0, columns: 0 }
  /** A solve that stopped at the time limit, and how far from the best it may be. */
  let stopped: { gap: number | null; limit: number | undefined } | null = null
  if (greedyTiers.missing > 0 || greedyTiers.uncovered > 0) {
    const tiers = modelToLp(model, { kind: 'tiers' })
    const first = await solveLp(tiers.text)
    if (first.status === 'failed') throw new SolveFailed('plan.fallback.noSolution')
    if (first.status === 'feasible')
      stopped = { gap: await gapOf(tiers.text, first, solveLp), limit: first.timeLimitSeconds }
    selection = withoutRedundant(decodeSolution(model, first.values), model.needs)
    firstProven = first.status === 'optimal'
    solves++
    solveMs += first.solveMs
    size = tiers.size
  }
  const found = selectionTiers(model, selection)
  const stoppedAt = (): Pick<ModelSolution, 'gap' | 'timeLimitSeconds'> =>
    stopped && stopped.gap !== null
      ? { gap: stopped.gap, ...(stopped.limit === undefined ? {} : { timeLimitSeconds: stopped.limit }) }
      : {}
  if (tierOnly) return { selection, proven: firstProven, solves, size, solveMs, ...stoppedAt() }
  const bound = tierValue(tierWeights(model), found.criticalUncovered, found.uncovered, found.missing)
  const cost = modelToLp(model, { kind: 'cost', tierBound: bound })
  const second = await solveLp(cost.text)
  if (second.status === 'failed') throw new SolveFailed('plan.fallback.noSolution')
  if (second.status === 'feasible') {
    const gap = await gapOf(cost.text, second, solveLp)
    if (gap !== null && (stopped?.gap ?? -1) < gap) stopped = { gap, limit: second.timeLimitSeconds }
    else stopped ??= { gap, limit: second.timeLimitSeconds }
  }
  selection = withoutRedundant(decodeSolution(model, second.values), model.needs)
  return {
    selection,
    proven: firstProven && second.status === 'optimal',
    solves: solves + 1,
    size: { rows: Math.max(size.rows, cost.size.rows), columns: cost.size.columns },
    solveMs: solveMs + second.solveMs,
    ...stoppedAt(),
  }
}

function hasLimits(input: PlannerInput): boolean {
  return input.limits.budget !== null || input.limits.maxHires !== null
}

/**
 * Builds the exactly pruned model, solves it lexicographically with `solveLp` (HiGHS) and explains
 * the result. If the solver fails, stops early without a solution or returns a plan that breaks a
 * rule, the greedy fallback answers instead (status approximate). A cancelled solve rejects.
 */
export async function planWith(
  input: PlannerInput,
  solveLp: SolveLp,
  isCancel: (error: unknown) => boolean = () => false,
): Promise<PlanResult> {
  const started = now()
  const model = buildPlanModel(input)
  if (!model.needy.length) {
    return finishPlan(
      input,
      model,
      { trainings: [], hires: [] },
      {
        engine: 'none',
        proven: true,
        fallbackReason: null,
        closable: null,
        stats: { rows: 0, columns: 0, buildMs: now() - started, solveMs: 0, solves: 0 },
      },
    )
  }
  const buildMs = now() - started
  let solution: ModelSolution
  let closable: PlanTiers | null = null
  let solves = 0
  let solveMs = 0
  try {
    solution = await solveModel(input, model, solveLp)
    solves += solution.solves
    solveMs += solution.solveMs
    if (hasLimits(input)) {
      // What the best plan without a budget or hire limit reaches on the first three tiers.
      const unlimitedModel = buildPlanModel({ ...input, limits: NO_LIMITS })
      const unlimitedInput = { ...input, limits: NO_LIMITS }
      const unlimited = await solveModel(unlimitedInput, unlimitedModel, solveLp, true)
      solves += unlimited.solves
      solveMs += unlimited.solveMs
      closable = selectionTiers(unlimitedModel, unlimited.selection)
    }
  } catch (error) {
    if (isCancel(error)) throw error
    return greedyPlan(input, error instanceof SolveFailed ? error.reason : 'plan.fallback.solverFailed', model)
  }
  try {
    checkSelection(input, solution.selection)
    const { gap, timeLimitSeconds } = solution
    // Too large to prove in time: say how far from the best the plan found may be.
    const stoppedReason = gap === undefined ? 'plan.fallback.stoppedEarly' : 'plan.fallback.tooLarge'
    return finishPlan(input, model, solution.selection, {
      engine: 'highs',
      proven: solution.proven,
      fallbackReason: solution.proven ? null : stoppedReason,
      closable,
      stats: {
        ...solution.size,
        buildMs,
        solveMs,
        solves,
        ...(gap === undefined ? {} : { gap }),
        ...(timeLimitSeconds === undefined ? {} : { timeLimitSeconds }),
      },
    })
  } catch {
    return greedyPlan(input, 'plan.fallback.invalid', model)
  }
}
