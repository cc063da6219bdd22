import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { bruteForceOptimum } from '../../../src/domain/planner/bruteForce'
import { buildPlanModel, costScaleOf, planWith, scaled, type PlannerInput, type PlanResult, type SolveLp } from '../../../src/domain/planner'
import { tinyInputArb } from '../../fixtures/planner'
import { nodeSolveLp } from './highsNode'

let solveLp: SolveLp

beforeAll(async () => {
  solveLp = await nodeSolveLp()
})

function scaledCostOf(input: PlannerInput, result: PlanResult): number {
  const scale = costScaleOf(input)
  return result.actions.reduce((sum, action) => sum + scaled(action.cost, scale), 0)
}

async function expectSameOptimum(input: PlannerInput) {
  const result = await planWith(input, solveLp)
  const optimum = bruteForceOptimum(input, costScaleOf(input))
  expect(result.proven).toBe(true)
  expect(result.closedNeed).toBe(optimum.closed)
  expect(scaledCostOf(input, result)).toBe(optimum.scaledCost)
  return { result, optimum }
}

describe('planWith (HiGHS) against brute force on tiny instances', () => {
  it('closes as much need as possible at the least cost, without limits', async () => {
    await fc.assert(fc.asyncProperty(tinyInputArb({ limits: false }), async (input) => {
      const { result } = await expectSameOptimum(input)
      // Without limits the only gaps left are those no plan can close.
      expect(result.closedNeed).toBe(result.closableNeed)
      expect(result.status).toBe('optimal')
    }), { numRuns: 150 })
  })

  it('closes as much as the budget and hire limit allow, at the least cost', async () => {
    await fc.assert(fc.asyncProperty(tinyInputArb({ limits: true }), async (input) => {
      const { result } = await expectSameOptimum(input)
      expect(result.status).toBe(result.closedNeed < result.closableNeed ? 'partial' : 'optimal')
      if (input.limits.budget !== null) expect(result.totalCost).toBeLessThanOrEqual(input.limits.budget)
      if (input.limits.maxHires !== null) expect(result.hires).toBeLessThanOrEqual(input.limits.maxHires)
    }), { numRuns: 150 })
  })

  it('agrees with brute force when costs are not whole numbers', async () => {
    await fc.assert(fc.asyncProperty(tinyInputArb({ limits: true, halfCosts: true }), async (input) => {
      await expectSameOptimum(input)
    }), { numRuns: 80 })
  })

  it('agrees with brute force on instances where some skill cannot be closed', async () => {
    let unclosable = 0
    await fc.assert(fc.asyncProperty(tinyInputArb({ limits: false, maxRoles: 1 }), async (input) => {
      const { result } = await expectSameOptimum(input)
      if (result.closableNeed < result.totalNeed) {
        unclosable++
        expect(result.unclosed.length).toBeGreaterThan(0)
        for (const skill of result.unclosed) expect(skill.reasons.length).toBeGreaterThan(0)
      }
    }), { numRuns: 100 })
    // The generator must really produce such cases, or this property proves nothing.
    expect(unclosable).toBeGreaterThan(10)
  })

  it('reports as closable exactly what brute force can close with no limits', async () => {
    await fc.assert(fc.asyncProperty(tinyInputArb({ limits: true }), async (input) => {
      const unlimited = { ...input, limits: { budget: null, maxHires: null } }
      const result = await planWith(input, solveLp)
      expect(result.closableNeed).toBe(bruteForceOptimum(unlimited, costScaleOf(input)).closed)
      expect(buildPlanModel(input).needy.reduce((sum, n) => sum + n.need, 0)).toBe(result.totalNeed)
    }), { numRuns: 80 })
  })
})
