import { describe, expect, it } from 'vitest'
import { generatePlannerInput } from '../../../src/domain/planner/generate'
import { buildPlanModel, modelToLp, planWith } from '../../../src/domain/planner'
import { relaxLp } from '../../../src/domain/planner/lp'
import type { SolveLp } from '../../../src/domain/planner/types'
import { nodeSolveLp } from './highsNode'

const team = () => generatePlannerInput({ people: 60, skills: 12, roles: 3, seed: 3 })

describe('a plan too large to prove in time (issue 16)', () => {
  it('bounds the MILP from below with its LP relaxation', async () => {
    const solve = await nodeSolveLp()
    const { text } = modelToLp(buildPlanModel(team()))
    const relaxed = relaxLp(text)
    expect(relaxed).not.toMatch(/^(General|Binary)$/m)
    const [exact, bound] = [await solve(text), await solve(relaxed)]
    expect(exact.status).toBe('optimal')
    expect(bound.status).toBe('optimal')
    expect(bound.objective).toBeLessThanOrEqual(exact.objective + 1e-6)
  })

  it('says how far from the best the plan found before the time limit may be, and the limit', async () => {
    const solve = await nodeSolveLp()
    // The solver stops at its limit on every MILP (with the solution it has); the relaxation solves.
    const stopping: SolveLp = async (lp) => {
      const outcome = await solve(lp)
      return /^(General|Binary)$/m.test(lp)
        ? { ...outcome, status: 'feasible', detail: 'Time limit reached', timeLimitSeconds: 120 }
        : outcome
    }
    const result = await planWith(team(), stopping)
    expect(result).toMatchObject({ status: 'approximate', proven: false, fallbackReason: 'plan.fallback.tooLarge' })
    expect(result.stats.timeLimitSeconds).toBe(120)
    expect(result.stats.gap).toBeGreaterThanOrEqual(0)
    expect(result.stats.gap).toBeLessThan(1)
  })
})
